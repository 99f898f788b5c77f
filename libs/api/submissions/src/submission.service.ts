import { createHash } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Channel, SUBMISSION_TRANSITIONS, PostSource, SubmissionStatus } from '@bibliohub/contracts';
import {
  AppError,
  AuditService,
  decodeCursor,
  deleteExpired,
  isCentral,
  isUuid,
  JobQueue,
  JobWorker,
  RETENTION_INTERVAL_MS,
  TenantDb,
  toPage,
  type Actor,
  type Page,
} from '@bibliohub/api-core';
import { assertValidPost, PostService, toVariantTypes, variantsFromInput } from '@bibliohub/api-content';
import { AssetService } from '@bibliohub/api-assets';
import type { EntityManager } from 'typeorm';
import type {
  NotificationType,
  SubmissionAssetInput,
  SubmissionEventType,
  SubmissionFiguresType,
  SubmissionInput,
  SubmissionsArgs,
  SubmissionType,
} from './dto/submission.type.js';
import { SubmissionAssetService } from './submission-asset.service.js';
import { SubmissionEntity } from './submission.entity.js';

const notFound = () => AppError.notFound('SUBMISSION_NOT_FOUND', 'No such submission');
const EDITABLE = [SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED];

function assertEditable(s: SubmissionEntity): void {
  if (!EDITABLE.includes(s.status))
    throw AppError.conflict('NOT_EDITABLE', `A ${s.status} submission cannot be edited`, {
      currentStatus: s.status,
    });
}

/** Read notifications are kept this long, then deleted by a daily task. */
export const NOTIFICATION_READ_DAYS = 90;

/** TypeORM answers INSERT/UPDATE … RETURNING either as rows or as [rows, count]. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * The local-to-central flow: libraries draft and submit content, central editors review it, and an
 * approved submission becomes a central post credited to its library ("Bron: …").
 */
@Injectable()
export class SubmissionService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly posts: PostService,
    private readonly jobs: JobQueue,
    private readonly worker: JobWorker,
    private readonly attachments: SubmissionAssetService,
    private readonly assets: AssetService,
  ) {}

  onModuleInit(): void {
    // Libraries cannot write rows of the central tenant; their notices to the editors go through a job.
    this.worker.register('notifications.central', (payload) =>
      this.db.asCentralSystem(async (db) => {
        await db.query(
          `INSERT INTO notifications (tenant_id, kind, message, submission_id)
           SELECT id, $1, $2, $3 FROM tenants WHERE kind = 'CENTRAL'`,
          [payload['kind'], payload['message'], payload['submissionId'] ?? null],
        );
      }),
    );
    this.worker.every('notifications.retention', RETENTION_INTERVAL_MS, () => this.purgeReadNotifications());
  }

  /** Deletes notifications read more than NOTIFICATION_READ_DAYS ago; unread ones stay. Returns how many. */
  purgeReadNotifications(now = new Date()): Promise<number> {
    return deleteExpired(
      this.db,
      'DELETE FROM notifications WHERE read_at < $1::timestamptz - make_interval(days => $2)',
      [now, NOTIFICATION_READ_DAYS],
    );
  }

  /** Creates a draft, or with `submit` creates and submits it; an idempotency key makes retries safe. */
  async create(
    actor: Actor,
    input: SubmissionInput,
    submit: boolean,
    idempotencyKey?: string | null,
  ): Promise<SubmissionType> {
    const variants = variantsFromInput(input.variants);
    assertValidPost({ title: input.title, body: input.body, variants });
    const requestHash = idempotencyKey
      ? createHash('sha256').update(JSON.stringify({ input, submit })).digest('hex')
      : null;
    const id = await this.db.run(actor, async (db) => {
      if (input.themeId) await assertTheme(db, input.themeId);
      const status = submit ? SubmissionStatus.SUBMITTED : SubmissionStatus.DRAFT;
      const inserted = rowsOf<{ id: string }>(
        await db.query(
          `INSERT INTO submissions (tenant_id, title, body, variants, theme_id, target_groups, goal, language, may_share, portrait_consent,
                                    rights_note, local_context, status, idempotency_key, request_hash, submitted_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CASE WHEN $13 = 'SUBMITTED' THEN now() END, $16)
           ON CONFLICT (tenant_id, idempotency_key) DO NOTHING RETURNING id`,
          [
            actor.tenantId,
            input.title.trim(),
            input.body,
            JSON.stringify(variants),
            input.themeId ?? null,
            input.targetGroups,
            input.goal ?? null,
            input.language,
            input.mayShare,
            input.portraitConsent,
            input.rightsNote ?? null,
            input.localContext ?? null,
            status,
            idempotencyKey ?? null,
            requestHash,
            actor.kind === 'USER' ? actor.id : null,
          ],
        ),
      );
      if (!inserted[0]) {
        // The key was used before (possibly by a concurrent retry that just committed).
        const [existing] = await db.query<{ id: string; request_hash: string }[]>(
          'SELECT id, request_hash FROM submissions WHERE tenant_id = $1 AND idempotency_key = $2',
          [actor.tenantId, idempotencyKey],
        );
        if (!existing || existing.request_hash !== requestHash) {
          throw AppError.conflict(
            'IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was already used for a different submission',
          );
        }
        return existing.id;
      }
      const newId = inserted[0].id;
      const attached = input.assets?.length
        ? await this.attachments.replace(db, { id: newId, tenantId: actor.tenantId }, input.assets)
        : null;
      if (attached && submit) await this.attachments.pin(db, newId);
      await this.event(
        db,
        actor,
        newId,
        submit
          ? { from: SubmissionStatus.DRAFT, to: SubmissionStatus.SUBMITTED }
          : { from: null, to: SubmissionStatus.DRAFT },
      );
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: submit ? 'submission.submit' : 'submission.create',
        entityType: 'Submission',
        entityId: newId,
        after: { title: input.title, status, ...(attached ? { assets: attached.after } : {}) },
      });
      if (submit) await this.notifyCentral(db, newId, `Nieuwe inzending: "${input.title.trim()}"`);
      return newId;
    });
    return this.get(actor, id);
  }

  /** Libraries edit their drafts and submissions that need changes. */
  update(actor: Actor, id: string, version: number, input: SubmissionInput): Promise<SubmissionType> {
    const variants = variantsFromInput(input.variants);
    assertValidPost({ title: input.title, body: input.body, variants });
    return this.db.run(actor, async (db) => {
      const current = await this.load(db, id);
      assertEditable(current);
      if (input.themeId) await assertTheme(db, input.themeId);
      await this.cas(db, id, version, EDITABLE, {
        title: input.title.trim(),
        body: input.body,
        variants,
        themeId: input.themeId ?? null,
        targetGroups: input.targetGroups,
        goal: input.goal ?? null,
        language: input.language,
        mayShare: input.mayShare,
        portraitConsent: input.portraitConsent,
        rightsNote: input.rightsNote ?? null,
        localContext: input.localContext ?? null,
      });
      // Omitted: the attachments stay as they are.
      const attached = input.assets ? await this.attachments.replace(db, current, input.assets) : null;
      await this.audit.record(db, actor, {
        tenantId: current.tenantId,
        action: 'submission.update',
        entityType: 'Submission',
        entityId: id,
        before: { title: current.title, ...(attached ? { assets: attached.before } : {}) },
        after: { title: input.title, ...(attached ? { assets: attached.after } : {}) },
      });
      return this.read(db, id);
    });
  }

  /** Replaces the attachments of a draft or of a submission that needs changes (the version moves on). */
  setAssets(
    actor: Actor,
    id: string,
    version: number,
    items: SubmissionAssetInput[],
  ): Promise<SubmissionType> {
    return this.db.run(actor, async (db) => {
      const current = await this.load(db, id);
      assertEditable(current);
      await this.cas(db, id, version, EDITABLE, {});
      const attached = await this.attachments.replace(db, current, items);
      if (attached)
        await this.audit.record(db, actor, {
          tenantId: current.tenantId,
          action: 'submission.setAssets',
          entityType: 'Submission',
          entityId: id,
          before: { assets: attached.before },
          after: { assets: attached.after },
        });
      return this.read(db, id);
    });
  }

  submit(actor: Actor, id: string, version: number): Promise<SubmissionType> {
    return this.move(
      actor,
      id,
      version,
      SubmissionStatus.SUBMITTED,
      null,
      { submittedAt: new Date() },
      async (db, s) => {
        await this.attachments.pin(db, id);
        await this.notifyCentral(
          db,
          id,
          s.status === SubmissionStatus.CHANGES_REQUESTED
            ? `Aangepaste inzending: "${s.title}"`
            : `Nieuwe inzending: "${s.title}"`,
        );
      },
    );
  }

  /** An editor takes a submission into review (and is assigned to it unless someone already is). */
  startReview(actor: Actor, id: string, version: number): Promise<SubmissionType> {
    return this.move(actor, id, version, SubmissionStatus.IN_REVIEW, null, {}, async (db, s) => {
      if (!s.reviewerId)
        await db.query('UPDATE submissions SET reviewer_id = $2 WHERE id = $1', [id, actor.id]);
    });
  }

  requestChanges(
    actor: Actor,
    id: string,
    version: number,
    comment: string | null | undefined,
  ): Promise<SubmissionType> {
    const text = required(comment, 'Tell the library what to change');
    return this.move(actor, id, version, SubmissionStatus.CHANGES_REQUESTED, text, {}, async (db, s) => {
      await this.attachments.unpin(db, id);
      await this.notifyLibrary(
        db,
        s,
        'SUBMISSION_CHANGES_REQUESTED',
        `Wijzigingen gevraagd voor "${s.title}": ${text}`,
      );
    });
  }

  reject(
    actor: Actor,
    id: string,
    version: number,
    reason: string | null | undefined,
  ): Promise<SubmissionType> {
    const text = required(reason, 'Give the library a reason');
    return this.move(
      actor,
      id,
      version,
      SubmissionStatus.REJECTED,
      text,
      { decidedAt: new Date(), decisionReason: text },
      (db, s) =>
        this.notifyLibrary(db, s, 'SUBMISSION_REJECTED', `Inzending "${s.title}" is afgewezen: ${text}`),
    );
  }

  /**
   * Approval creates a central draft post from the submission, credited to the library, with central
   * copies of its attachments, in the same transaction. Objects copied to S3 for an approval that
   * then fails (a lost race, a refusal, a failed commit) are deleted again.
   */
  async approve(actor: Actor, id: string, version: number, comment?: string | null): Promise<SubmissionType> {
    const written: string[] = [];
    try {
      return await this.approveWithin(actor, id, version, comment, written);
    } catch (error) {
      await this.assets.discardObjects(written);
      throw error;
    }
  }

  private approveWithin(
    actor: Actor,
    id: string,
    version: number,
    comment: string | null | undefined,
    written: string[],
  ): Promise<SubmissionType> {
    return this.move(
      actor,
      id,
      version,
      SubmissionStatus.APPROVED,
      comment ?? null,
      { decidedAt: new Date() },
      async (db, s) => {
        const [library] = await db.query<{ name: string }[]>(
          'SELECT coalesce(display_name, name) AS name FROM tenants WHERE id = $1',
          [s.tenantId],
        );
        const post = await this.posts.createWithin(
          db,
          actor,
          {
            title: s.title,
            body: s.body,
            variants: Object.entries(s.variants).map(([channel, v]) => ({
              channel: channel as Channel,
              text: v.text,
              hashtags: v.hashtags,
              link: v.link,
              callToAction: v.callToAction,
            })),
            themeId: s.themeId,
            targetGroups: s.targetGroups,
            goal: s.goal,
            language: s.language,
          },
          {
            source: PostSource.SUBMISSION,
            sourceTenantId: s.tenantId,
            sourceSubmissionId: s.id,
            attribution: `Bron: ${library.name}`,
          },
        );
        await db.query('UPDATE submissions SET post_id = $2 WHERE id = $1', [id, post.id]);
        await this.attachments.republish(db, actor, s, library.name, post.id, written);
        await this.notifyLibrary(
          db,
          s,
          'SUBMISSION_APPROVED',
          `Inzending "${s.title}" is goedgekeurd en wordt landelijk doorgeplaatst.`,
        );
      },
    );
  }

  assign(actor: Actor, id: string, reviewerId: string | null): Promise<SubmissionType> {
    return this.db.run(actor, async (db) => {
      const s = await this.load(db, id);
      if (reviewerId) {
        const [reviewer] = await db.query<{ id: string }[]>(
          `SELECT u.id FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = $1 AND t.kind = 'CENTRAL' AND u.role IN ('CENTRAL_EDITOR', 'CENTRAL_ADMIN') AND u.disabled_at IS NULL`,
          [isUuid(reviewerId) ? reviewerId : null],
        );
        if (!reviewer)
          throw AppError.badInput('NOT_A_REVIEWER', 'Assign to an active central editor', [
            { field: 'reviewerId', reason: 'editor', message: 'not a central editor' },
          ]);
      }
      await db.query(
        'UPDATE submissions SET reviewer_id = $2, version = version + 1, updated_at = now() WHERE id = $1',
        [id, reviewerId],
      );
      await this.audit.record(db, actor, {
        tenantId: s.tenantId,
        action: 'submission.assign',
        entityType: 'Submission',
        entityId: id,
        before: { reviewerId: s.reviewerId },
        after: { reviewerId },
      });
      return this.read(db, id);
    });
  }

  comment(actor: Actor, id: string, text: string): Promise<SubmissionType> {
    const comment = required(text, 'Write a comment');
    return this.db.run(actor, async (db) => {
      const s = await this.load(db, id);
      await this.event(db, actor, id, null, comment);
      if (isCentral(actor))
        await this.notifyLibrary(
          db,
          s,
          'SUBMISSION_COMMENT',
          `Nieuwe opmerking bij "${s.title}": ${comment}`,
        );
      else await this.notifyCentral(db, id, `Opmerking van de bibliotheek bij "${s.title}": ${comment}`);
      return this.read(db, id);
    });
  }

  get(actor: Actor, id: string): Promise<SubmissionType> {
    return this.db.run(actor, (db) => this.read(db, id));
  }

  /** Libraries: their own, newest first. Central: the review queue, longest waiting first. */
  list(actor: Actor, args: SubmissionsArgs): Promise<Page<SubmissionType>> {
    const central = isCentral(actor);
    const after = decodeCursor(args.after, 2);
    return this.db.run(actor, async (db) => {
      const rows = await db.query<(SubmissionEntity & { key: string })[]>(
        `SELECT s.id, to_char(coalesce(s.submitted_at, s.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS key
           FROM submissions s
          WHERE ($1::text[] IS NULL OR s.status = ANY($1))
            AND ($2::uuid IS NULL OR s.tenant_id = $2)
            AND ($3::uuid IS NULL OR s.theme_id = $3)
            AND ($4::int IS NULL OR coalesce(s.submitted_at, s.created_at) <= now() - make_interval(days => $4))
            AND ($5::uuid IS NULL OR s.reviewer_id = $5)
            AND ($6::text IS NULL OR (coalesce(s.submitted_at, s.created_at), s.id) ${central ? '>' : '<'} (($6::timestamp AT TIME ZONE 'UTC'), $7::uuid))
          ORDER BY coalesce(s.submitted_at, s.created_at) ${central ? 'ASC' : 'DESC'}, s.id ${central ? 'ASC' : 'DESC'}
          LIMIT $8`,
        [
          args.statuses?.length ? args.statuses : null,
          central ? (args.tenantId ?? null) : actor.tenantId,
          args.themeId ?? null,
          args.minAgeDays ?? null,
          central ? (args.reviewerId ?? null) : null,
          after?.[0] ?? null,
          after?.[1] ?? null,
          args.first + 1,
        ],
      );
      const page = toPage(rows, args.first, (r) => [r.key, r.id]);
      return {
        pageInfo: page.pageInfo,
        nodes: await this.readMany(
          db,
          page.nodes.map((r) => r.id),
        ),
      };
    });
  }

  notifications(actor: Actor, unreadOnly: boolean): Promise<NotificationType[]> {
    return this.db.run(actor, (db) =>
      db.query<NotificationType[]>(
        `SELECT id, kind, message, submission_id AS "submissionId", created_at AS "createdAt", read_at AS "readAt"
           FROM notifications WHERE tenant_id = $1 AND (NOT $2 OR read_at IS NULL) ORDER BY id DESC LIMIT 100`,
        [actor.tenantId, unreadOnly],
      ),
    );
  }

  async markNotificationsRead(actor: Actor, ids: string[] | null): Promise<number> {
    return this.db.run(actor, async (db) => {
      const result = rowsOf<{ id: string }>(
        await db.query(
          `UPDATE notifications SET read_at = now() WHERE tenant_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2)) RETURNING id`,
          [actor.tenantId, ids],
        ),
      );
      return result.length;
    });
  }

  /** For the national dashboard: volume, approval rate, time to decision and reuse of republished posts. */
  figures(actor: Actor, from: Date, until: Date): Promise<SubmissionFiguresType> {
    return this.db.run(actor, async (db) => {
      const perLibraryMonth = await db.query<SubmissionFiguresType['perLibraryMonth']>(
        `SELECT s.tenant_id AS "tenantId", coalesce(t.display_name, t.name) AS "libraryName", to_char(date_trunc('month', s.submitted_at), 'YYYY-MM') AS month, count(*)::int AS count
           FROM submissions s JOIN tenants t ON t.id = s.tenant_id
          WHERE s.submitted_at >= $1 AND s.submitted_at < $2
          GROUP BY 1, 2, 3 ORDER BY 3, 2`,
        [from, until],
      );
      const [totals] = await db.query<
        { decided: number; approved: number; median: number | null; republished: number }[]
      >(
        `SELECT count(*) FILTER (WHERE decided_at IS NOT NULL)::int AS decided,
                count(*) FILTER (WHERE status IN ('APPROVED', 'REPUBLISHED'))::int AS approved,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 3600) FILTER (WHERE decided_at IS NOT NULL) AS median,
                count(*) FILTER (WHERE status = 'REPUBLISHED')::int AS republished
           FROM submissions WHERE submitted_at >= $1 AND submitted_at < $2`,
        [from, until],
      );
      const [use] = await db.query<{ libraries: number; uses: number }[]>(
        `SELECT count(DISTINCT r.tenant_id)::int AS libraries, count(r.id)::int AS uses
           FROM submissions s JOIN usage_receipts r ON r.post_id = s.post_id
          WHERE s.status = 'REPUBLISHED' AND s.submitted_at >= $1 AND s.submitted_at < $2`,
        [from, until],
      );
      const decided = totals.decided;
      return {
        perLibraryMonth,
        decided,
        approved: totals.approved,
        approvalRate: decided ? totals.approved / decided : 0,
        medianHoursToDecision: totals.median === null ? null : Math.round(Number(totals.median) * 10) / 10,
        republished: totals.republished,
        republishedUsedByLibraries: use.libraries,
        republishedUses: use.uses,
      };
    });
  }

  /** A workflow step: compare-and-set on version and allowed status, so concurrent decisions have one winner. */
  private move(
    actor: Actor,
    id: string,
    version: number,
    to: SubmissionStatus,
    comment: string | null,
    fields: Partial<SubmissionEntity>,
    after: (db: EntityManager, s: SubmissionEntity) => Promise<unknown>,
  ): Promise<SubmissionType> {
    return this.db.run(actor, async (db) => {
      const s = await this.load(db, id);
      const from = (Object.keys(SUBMISSION_TRANSITIONS) as SubmissionStatus[]).filter((f) =>
        SUBMISSION_TRANSITIONS[f].includes(to),
      );
      await this.cas(db, id, version, from, { ...fields, status: to });
      await this.event(db, actor, id, { from: s.status, to }, comment);
      await this.audit.record(db, actor, {
        tenantId: s.tenantId,
        action: `submission.${to.toLowerCase()}`,
        entityType: 'Submission',
        entityId: id,
        before: { status: s.status },
        after: { status: to, comment },
      });
      await after(db, s);
      if (isCentral(actor)) await this.webhook(db, s.tenantId, id, to);
      return this.read(db, id);
    });
  }

  private async cas(
    db: EntityManager,
    id: string,
    version: number,
    from: readonly SubmissionStatus[],
    fields: Partial<SubmissionEntity>,
  ): Promise<void> {
    const result = await db
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version AND status IN (:...from)', { id, version, from })
      .execute();
    if (result.affected === 1) return;
    const current = await db.findOneBy(SubmissionEntity, { id });
    if (!current) throw notFound();
    if (current.version !== version)
      throw AppError.conflict(
        'STALE_VERSION',
        `This submission was changed meanwhile (now version ${current.version}, ${current.status})`,
        { currentVersion: current.version, currentStatus: current.status },
      );
    throw AppError.conflict('INVALID_TRANSITION', `Not possible while the submission is ${current.status}`, {
      currentStatus: current.status,
    });
  }

  private async event(
    db: EntityManager,
    actor: Actor,
    id: string,
    status: { from: SubmissionStatus | null; to: SubmissionStatus } | null,
    comment: string | null = null,
  ): Promise<void> {
    await db.query(
      `INSERT INTO submission_events (tenant_id, submission_id, kind, from_status, to_status, comment, side, actor_id)
       SELECT tenant_id, id, $2, $3, $4, $5, $6, $7 FROM submissions WHERE id = $1`,
      [
        id,
        status ? 'STATUS' : 'COMMENT',
        status?.from ?? null,
        status?.to ?? null,
        comment,
        isCentral(actor) ? 'CENTRAL' : 'LIBRARY',
        actor.kind === 'USER' ? actor.id : null,
      ],
    );
  }

  private notifyLibrary(
    db: EntityManager,
    s: SubmissionEntity,
    kind: string,
    message: string,
  ): Promise<unknown> {
    return db.query(
      'INSERT INTO notifications (tenant_id, kind, message, submission_id) VALUES ($1, $2, $3, $4)',
      [s.tenantId, kind, message, s.id],
    );
  }

  private notifyCentral(db: EntityManager, submissionId: string, message: string): Promise<string> {
    return this.jobs.enqueue(db, 'notifications.central', {
      kind: 'SUBMISSION_ACTIVITY',
      message,
      submissionId,
    });
  }

  /** submission.status_changed for the library's own webhook endpoints. */
  private webhook(
    db: EntityManager,
    tenantId: string,
    submissionId: string,
    status: SubmissionStatus,
  ): Promise<string> {
    return this.jobs.enqueue(
      db,
      'webhooks.fanout',
      { event: 'submission.status_changed', tenantId, data: { submissionId, status } },
      { tenantId },
    );
  }

  private async load(db: EntityManager, id: string): Promise<SubmissionEntity> {
    const s = isUuid(id) ? await db.findOneBy(SubmissionEntity, { id }) : null;
    if (!s) throw notFound();
    return s;
  }

  private async read(db: EntityManager, id: string): Promise<SubmissionType> {
    const [s] = await this.readMany(db, [id]);
    if (!s) throw notFound();
    return s;
  }

  /** Submissions with library name, timeline and attachments in a fixed number of statements, however many. */
  private async readMany(db: EntityManager, ids: string[]): Promise<SubmissionType[]> {
    if (!ids.length) return [];
    const rows = await db
      .createQueryBuilder(SubmissionEntity, 's')
      .addSelect(
        '(SELECT coalesce(t.display_name, t.name) FROM tenants t WHERE t.id = s.tenant_id)',
        'library_name',
      )
      .where('s.id IN (:...ids)', { ids })
      .getRawAndEntities<{ library_name: string | null }>();
    const events = await db.query<(SubmissionEventType & { submissionId: string })[]>(
      `SELECT id, submission_id AS "submissionId", kind, from_status AS "fromStatus", to_status AS "toStatus", comment, side, at
         FROM submission_events WHERE submission_id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    const attachments = await this.attachments.attachmentsOf(db, ids);
    const byId = new Map(
      rows.entities.map((e, i) => [e.id, { entity: e, library: rows.raw[i].library_name ?? '' }]),
    );
    return ids.flatMap((id) => {
      const found = byId.get(id);
      if (!found) return [];
      const s = found.entity;
      return [
        {
          ...s,
          libraryName: found.library,
          variants: toVariantTypes(s.variants),
          timeline: events.filter((e) => e.submissionId === id),
          assets: attachments.get(id) ?? [],
        },
      ];
    });
  }
}

async function assertTheme(db: EntityManager, themeId: string): Promise<void> {
  const [theme] = await db.query<{ id: string }[]>('SELECT id FROM themes WHERE id = $1', [themeId]);
  if (!theme)
    throw AppError.badInput('THEME_NOT_FOUND', 'No such theme or campaign', [
      { field: 'themeId', reason: 'exists', message: 'unknown theme' },
    ]);
}

function required(text: string | null | undefined, message: string): string {
  const value = text?.trim();
  if (!value)
    throw AppError.badInput('COMMENT_REQUIRED', message, [{ field: 'comment', reason: 'required', message }]);
  return value;
}
