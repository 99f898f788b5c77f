import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  AuditService,
  decodeCursor,
  isCentral,
  isUuid,
  TenantDb,
  toPage,
  type Actor,
  type Page,
} from '@bibliohub/api-core';
import { EvidenceKind, EvidenceStatus, Role, TenantKind } from '@bibliohub/contracts';
import type {
  ChannelInput,
  HouseStyleInput,
  KpiMeasurementInput,
  PolicyInput,
  ReviewEvidenceInput,
  SaveArgs,
  StrategyInput,
  TrainingInput,
  ValueNetworkInput,
} from './dto/evidence.input.js';
import type {
  ChannelType,
  EvidenceItemType,
  HouseStyleType,
  KpiMeasurementType,
  LibraryEvidenceType,
  PolicyType,
  StrategyType,
  TrainingType,
  ValueNetworkType,
} from './dto/evidence.type.js';
import { EVIDENCE_COMMON, KINDS, type KindSpec } from './evidence.kinds.js';
import { PhaseDerivationService, todayUtc } from './phase-derivation.service.js';
import { addDays } from './phase.rules.js';
import { strategyGaps, type StrategySteps } from './strategy.rules.js';

/** For demo data and imports: the moment the change happened (default now). */
export interface WhenOptions {
  at?: Date;
}

type Row = Record<string, unknown> & {
  id: string;
  tenantId: string;
  status: EvidenceStatus;
  version: number;
};

const notFound = () => AppError.notFound('EVIDENCE_NOT_FOUND', 'Dit bewijsstuk bestaat niet (meer)');
const REVIEWERS: readonly Role[] = [Role.CENTRAL_ADMIN, Role.CENTRAL_EDITOR];

/**
 * Programme evidence: libraries record their own (every change goes back to SUBMITTED, except ending a
 * channel or network), central staff verify or reject it with a comment. Every write and every decision
 * is audited and re-derives the library's phase status in the same transaction.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly derivation: PhaseDerivationService,
  ) {}

  async saveTraining(
    actor: Actor,
    input: TrainingInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<TrainingType> {
    notInFuture('date', input.date, options.at);
    const certificate = input.certificateAssetId ?? null;
    return this.save<TrainingType>(
      actor,
      EvidenceKind.TRAINING,
      args,
      { ...input, certificateAssetId: certificate },
      options,
      undefined,
      // A certificate is one of the library's own files (another library's is invisible anyway).
      async (db) => {
        if (certificate === null) return;
        const own =
          isUuid(certificate) &&
          (await db.query<unknown[]>('SELECT 1 FROM assets WHERE id = $1 AND tenant_id = $2', [
            certificate,
            actor.tenantId,
          ]));
        if (!own || !own.length)
          throw AppError.badInput(
            'CERTIFICATE_NOT_FOUND',
            'Dit certificaat staat niet bij je eigen bestanden',
            [{ field: 'certificateAssetId', reason: 'exists', message: 'no such file of this library' }],
          );
      },
    );
  }

  async savePolicy(
    actor: Actor,
    input: PolicyInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<PolicyType> {
    notInFuture('adoptedOn', input.adoptedOn, options.at);
    if (!input.text.trim() && !input.url)
      throw AppError.badInput('POLICY_EMPTY', 'Geef de tekst van het beleid of een link ernaar', [
        { field: 'text', reason: 'required', message: 'text or url' },
      ]);
    return this.save<PolicyType>(
      actor,
      EvidenceKind.POLICY,
      args,
      { ...input, url: input.url ?? null },
      options,
    );
  }

  async saveHouseStyle(
    actor: Actor,
    input: HouseStyleInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<HouseStyleType> {
    notInFuture('appliedOn', input.appliedOn, options.at);
    return this.save<HouseStyleType>(
      actor,
      EvidenceKind.HOUSE_STYLE,
      args,
      { ...input, note: input.note ?? null },
      options,
    );
  }

  async saveChannel(
    actor: Actor,
    input: ChannelInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<ChannelType> {
    if (input.activeSince) notInFuture('activeSince', input.activeSince, options.at);
    const fields = {
      ...input,
      handle: input.handle.trim(),
      url: input.url ?? null,
      activeSince: input.activeSince ?? null,
    };
    return this.save<ChannelType>(actor, EvidenceKind.CHANNEL, args, fields, options, endingOnly);
  }

  async saveValueNetwork(
    actor: Actor,
    input: ValueNetworkInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<ValueNetworkType> {
    if (input.startedOn) notInFuture('startedOn', input.startedOn, options.at);
    const fields = { ...input, startedOn: input.startedOn ?? null };
    return this.save<ValueNetworkType>(actor, EvidenceKind.VALUE_NETWORK, args, fields, options, endingOnly);
  }

  async saveKpiMeasurement(
    actor: Actor,
    input: KpiMeasurementInput,
    args: SaveArgs = {},
    options: WhenOptions = {},
  ): Promise<KpiMeasurementType> {
    notInFuture('measuredOn', input.measuredOn, options.at);
    return this.save<KpiMeasurementType>(
      actor,
      EvidenceKind.KPI_MEASUREMENT,
      args,
      { ...input },
      options,
      undefined,
      async (db) => {
        // Foreign keys ignore row-level security: check that the channel is the library's own.
        const [channel] = await db.query<unknown[]>('SELECT 1 FROM programme_channels WHERE id = $1', [
          input.channelId,
        ]);
        if (!channel) throw AppError.notFound('CHANNEL_NOT_FOUND', 'Dit kanaal bestaat niet');
      },
    );
  }

  /**
   * Saves the strategy as a new version (the newest is current). `baseVersion`: the version it was
   * based on (0 for the first), so two editors do not overwrite each other.
   */
  async saveStrategy(
    actor: Actor,
    input: StrategyInput,
    baseVersion: number,
    options: WhenOptions = {},
  ): Promise<StrategyType> {
    assertLibrary(actor);
    const steps = normaliseSteps(input);
    const missing = strategyGaps(steps);
    return this.db.run(actor, async (db) => {
      await lockLibrary(db, actor.tenantId);
      const [{ current }] = await db.query<{ current: number }[]>(
        'SELECT coalesce(max(version_no), 0)::int AS current FROM programme_strategies WHERE tenant_id = $1',
        [actor.tenantId],
      );
      if (current !== baseVersion)
        throw AppError.conflict(
          'STRATEGY_CHANGED',
          `De strategie is intussen gewijzigd (nu versie ${current})`,
          {
            currentVersion: current,
          },
        );
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO programme_strategies (tenant_id, version_no, steps, missing_steps, submitted_at, submitted_by)
         VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6) RETURNING id`,
        [actor.tenantId, current + 1, JSON.stringify(steps), missing, options.at ?? null, actor.id],
      );
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'programme.evidence.create',
        entityType: KINDS.STRATEGY.entityType,
        entityId: row.id,
        after: { versionNo: current + 1, missingSteps: missing },
      });
      await this.derivation.derive(db, [actor.tenantId], {
        reason: 'EVIDENCE',
        actorId: actor.id,
        at: options.at,
      });
      return (await selectOne<StrategyType>(db, KINDS.STRATEGY, row.id))!;
    });
  }

  /** Removes evidence that has not been verified (verified evidence stays; end a channel or network instead). */
  async deleteEvidence(actor: Actor, kind: EvidenceKind, id: string, version: number): Promise<boolean> {
    assertLibrary(actor);
    const spec = KINDS[kind];
    return this.db.run(actor, async (db) => {
      await lockLibrary(db, actor.tenantId);
      const existing = isUuid(id) ? await selectOne<Row>(db, spec, id) : undefined;
      if (!existing) throw notFound();
      if (existing.version !== version) throw stale(existing.version);
      if (existing.status === EvidenceStatus.VERIFIED)
        throw AppError.conflict('EVIDENCE_VERIFIED', 'Geverifieerd bewijs kan niet worden verwijderd');
      if (kind === EvidenceKind.CHANNEL) {
        const [verified] = await db.query<unknown[]>(
          `SELECT 1 FROM programme_kpi_measurements WHERE channel_id = $1 AND status = 'VERIFIED' LIMIT 1`,
          [id],
        );
        if (verified)
          throw AppError.conflict(
            'CHANNEL_HAS_VERIFIED_MEASUREMENTS',
            'Dit kanaal heeft geverifieerde KPI-metingen; beëindig het kanaal in plaats van het te verwijderen',
          );
      }
      await db.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
      await this.audit.record(db, actor, {
        tenantId: actor.tenantId,
        action: 'programme.evidence.delete',
        entityType: spec.entityType,
        entityId: id,
        before: existing,
      });
      await this.derivation.derive(db, [actor.tenantId], { reason: 'EVIDENCE', actorId: actor.id });
      return true;
    });
  }

  /** Central staff verify or reject a piece of evidence; a rejection needs a comment. */
  async review(
    actor: Actor,
    input: ReviewEvidenceInput,
    options: WhenOptions = {},
  ): Promise<EvidenceItemType> {
    if (!isCentral(actor) || !actor.role || !REVIEWERS.includes(actor.role))
      throw AppError.forbidden('REVIEW_NOT_ALLOWED', 'Alleen het landelijk bureau beoordeelt bewijs');
    if (input.decision === EvidenceStatus.SUBMITTED)
      throw AppError.badInput('INVALID_DECISION', 'Kies VERIFIED of REJECTED', [
        { field: 'decision', reason: 'isIn', message: 'VERIFIED or REJECTED' },
      ]);
    const comment = input.comment?.trim() || null;
    if (input.decision === EvidenceStatus.REJECTED && !comment)
      throw AppError.badInput('COMMENT_REQUIRED', 'Geef bij afkeuren een toelichting voor de bibliotheek', [
        { field: 'comment', reason: 'required', message: 'required when rejecting' },
      ]);
    const spec = KINDS[input.kind];
    return this.db.run(actor, async (db) => {
      const [target] = isUuid(input.id)
        ? await db.query<{ tenant_id: string }[]>(`SELECT tenant_id FROM ${spec.table} WHERE id = $1`, [
            input.id,
          ])
        : [];
      if (!target) throw notFound();
      await lockLibrary(db, target.tenant_id);
      const existing = (await selectOne<Row>(db, spec, input.id))!;
      if (existing.status === input.decision)
        throw AppError.conflict(
          'EVIDENCE_ALREADY_DECIDED',
          `Dit bewijs is al ${input.decision === EvidenceStatus.VERIFIED ? 'geverifieerd' : 'afgekeurd'}`,
        );
      if (existing.version !== input.version) throw stale(existing.version);
      if (input.kind === EvidenceKind.STRATEGY) {
        const [newer] = await db.query<unknown[]>(
          'SELECT 1 FROM programme_strategies WHERE tenant_id = $1 AND version_no > $2 LIMIT 1',
          [existing.tenantId, existing['versionNo']],
        );
        if (newer)
          throw AppError.conflict(
            'STRATEGY_SUPERSEDED',
            'Er is een nieuwere versie van deze strategie; beoordeel die',
          );
      }
      await db.query(
        `UPDATE ${spec.table} SET status = $2, reviewed_at = coalesce($3::timestamptz, now()), reviewed_by = $4,
                review_comment = $5, version = version + 1
          WHERE id = $1`,
        [input.id, input.decision, options.at ?? null, actor.id, comment],
      );
      await this.audit.record(db, actor, {
        tenantId: existing.tenantId,
        action:
          input.decision === EvidenceStatus.VERIFIED
            ? 'programme.evidence.verify'
            : 'programme.evidence.reject',
        entityType: spec.entityType,
        entityId: input.id,
        before: { status: existing.status, reviewComment: existing.reviewComment },
        after: { status: input.decision, reviewComment: comment },
      });
      await this.derivation.derive(db, [existing.tenantId], {
        reason: 'REVIEW',
        actorId: actor.id,
        at: options.at,
      });
      const [item] = await db.query<EvidenceItemType[]>(`${queueSql([input.kind])} WHERE e.id = $1`, [
        input.id,
      ]);
      return item;
    });
  }

  /** The review queue (oldest first), for central staff and programme viewers. */
  async queue(
    actor: Actor,
    args: {
      status: EvidenceStatus;
      kind?: EvidenceKind | null;
      tenantId?: string | null;
      first: number;
      after?: string | null;
    },
  ): Promise<Page<EvidenceItemType>> {
    const cursor = decodeCursor(args.after, 2);
    if (args.tenantId && !isUuid(args.tenantId)) return Promise.resolve(toPage([], args.first, () => []));
    const kinds = args.kind ? [args.kind] : Object.values(EvidenceKind);
    return this.db.run(actor, async (db) => {
      const rows = await db.query<(EvidenceItemType & { key: string })[]>(
        `SELECT * FROM (${queueSql(kinds)}
                 WHERE e.status = $1 AND ($2::uuid IS NULL OR e."tenantId" = $2)) q
          WHERE $3::text IS NULL OR (q."submittedAt", q.id) > (($3::timestamp AT TIME ZONE 'UTC'), $4::uuid)
          ORDER BY q."submittedAt", q.id LIMIT $5`,
        [args.status, args.tenantId ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, args.first + 1],
      );
      const page = toPage(rows, args.first, (r) => [r.key, r.id]);
      return { pageInfo: page.pageInfo, nodes: page.nodes.map(({ key: _key, ...r }) => r) };
    });
  }

  /** One library's evidence: a library its own, central staff any library's. */
  async libraryEvidence(actor: Actor, tenantId?: string | null): Promise<LibraryEvidenceType> {
    return this.db.run(actor, async (db) => {
      const target = await resolveLibrary(db, actor, tenantId);
      const list = <T>(kind: EvidenceKind) =>
        db.query<T[]>(
          `SELECT ${EVIDENCE_COMMON}, ${KINDS[kind].select} FROM ${KINDS[kind].table} x WHERE x.tenant_id = $1 ORDER BY ${KINDS[kind].order}`,
          [target],
        );
      const strategyVersions = await list<StrategyType>(EvidenceKind.STRATEGY);
      return {
        tenantId: target,
        trainings: await list<TrainingType>(EvidenceKind.TRAINING),
        strategy: strategyVersions[0] ?? null,
        strategyVersions,
        policies: await list<PolicyType>(EvidenceKind.POLICY),
        houseStyles: await list<HouseStyleType>(EvidenceKind.HOUSE_STYLE),
        channels: await list<ChannelType>(EvidenceKind.CHANNEL),
        networks: await list<ValueNetworkType>(EvidenceKind.VALUE_NETWORK),
      };
    });
  }

  /** KPI measurements of a library, newest first, optionally of one channel. */
  async kpiMeasurements(
    actor: Actor,
    args: { tenantId?: string | null; channelId?: string | null; first: number; after?: string | null },
  ): Promise<Page<KpiMeasurementType>> {
    const cursor = decodeCursor(args.after, 2);
    return this.db.run(actor, async (db) => {
      const target = await resolveLibrary(db, actor, args.tenantId);
      if (args.channelId && !isUuid(args.channelId)) return toPage([], args.first, () => []);
      const rows = await db.query<KpiMeasurementType[]>(
        `SELECT ${EVIDENCE_COMMON}, ${KINDS.KPI_MEASUREMENT.select} FROM programme_kpi_measurements x
          WHERE x.tenant_id = $1 AND ($2::uuid IS NULL OR x.channel_id = $2)
            AND ($3::date IS NULL OR (x.measured_on, x.id) < ($3::date, $4::uuid))
          ORDER BY x.measured_on DESC, x.id DESC LIMIT $5`,
        [target, args.channelId ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, args.first + 1],
      );
      return toPage(rows, args.first, (r) => [r.measuredOn, r.id]);
    });
  }

  private save<T>(
    actor: Actor,
    kind: EvidenceKind,
    args: SaveArgs,
    input: Record<string, unknown>,
    options: WhenOptions,
    keepVerified?: (existing: Row, next: Record<string, unknown>) => boolean,
    check?: (db: EntityManager) => Promise<void>,
  ): Promise<T> {
    assertLibrary(actor);
    const spec = KINDS[kind];
    const entries = Object.entries(spec.columns).map(([key, column]) => ({
      key,
      column,
      value: input[key] ?? null,
    }));
    const next = Object.fromEntries(entries.map((e) => [e.key, e.value]));
    const at = options.at ?? null;
    const today = todayUtc(options.at ?? new Date());
    return this.db.run(actor, async (db) => {
      await lockLibrary(db, actor.tenantId);
      await check?.(db);
      let id: string;
      if (args.id) {
        const existing = isUuid(args.id) ? await selectOne<Row>(db, spec, args.id) : undefined;
        if (!existing) throw notFound();
        if (args.version === null || args.version === undefined)
          throw AppError.badInput('VERSION_REQUIRED', 'Geef de versie mee bij het wijzigen', [
            { field: 'version', reason: 'required', message: 'required with id' },
          ]);
        if (existing.version !== args.version) throw stale(existing.version);
        const keep = existing.status === EvidenceStatus.VERIFIED && (keepVerified?.(existing, next) ?? false);
        const params: unknown[] = [args.id];
        const bind = (value: unknown) => `$${params.push(value)}`;
        const sets = entries.map((e) => `${e.column} = ${bind(e.value)}`);
        // Ending (active → false) stamps ended_on; reactivating clears it.
        if ('active' in next)
          sets.push(
            `ended_on = CASE WHEN ${bind(next['active'])}::boolean THEN NULL ELSE coalesce(ended_on, ${bind(today)}::date) END`,
          );
        if (!keep)
          sets.push(`status = 'SUBMITTED', reviewed_at = NULL, reviewed_by = NULL, review_comment = NULL`);
        sets.push(
          `submitted_at = coalesce(${bind(at)}::timestamptz, now())`,
          `submitted_by = ${bind(actor.id)}`,
        );
        await db
          .query(`UPDATE ${spec.table} SET ${sets.join(', ')}, version = version + 1 WHERE id = $1`, params)
          .catch(duplicate(spec));
        id = args.id;
        await this.audit.record(db, actor, {
          tenantId: actor.tenantId,
          action: 'programme.evidence.update',
          entityType: spec.entityType,
          entityId: id,
          before: existing,
          after: { ...next, status: keep ? existing.status : EvidenceStatus.SUBMITTED },
        });
      } else {
        const params: unknown[] = [actor.tenantId];
        const bind = (value: unknown) => `$${params.push(value)}`;
        const columns = entries.map((e) => e.column);
        const values = entries.map((e) => bind(e.value));
        if ('active' in next) {
          columns.push('ended_on');
          values.push(`CASE WHEN ${bind(next['active'])}::boolean THEN NULL ELSE ${bind(today)}::date END`);
        }
        columns.push('submitted_at', 'submitted_by');
        values.push(`coalesce(${bind(at)}::timestamptz, now())`, bind(actor.id));
        const [row] = await db
          .query<{ id: string }[]>(
            `INSERT INTO ${spec.table} (tenant_id, ${columns.join(', ')}) VALUES ($1, ${values.join(', ')}) RETURNING id`,
            params,
          )
          .catch(duplicate(spec));
        id = row.id;
        await this.audit.record(db, actor, {
          tenantId: actor.tenantId,
          action: 'programme.evidence.create',
          entityType: spec.entityType,
          entityId: id,
          after: next,
        });
      }
      await this.derivation.derive(db, [actor.tenantId], {
        reason: 'EVIDENCE',
        actorId: actor.id,
        at: options.at,
      });
      return (await selectOne<T>(db, spec, id))!;
    });
  }
}

/** Ending a verified channel or network keeps it verified: it only reduces what counts. */
function endingOnly(existing: Row, next: Record<string, unknown>): boolean {
  if (!(existing['active'] === true && next['active'] === false)) return false;
  return Object.keys(next)
    .filter((k) => k !== 'active')
    .every((k) => JSON.stringify(existing[k] ?? null) === JSON.stringify(next[k] ?? null));
}

async function selectOne<T>(db: EntityManager, spec: KindSpec, id: string): Promise<T | undefined> {
  const [row] = await db.query<T[]>(
    `SELECT ${EVIDENCE_COMMON}, ${spec.select} FROM ${spec.table} x WHERE x.id = $1`,
    [id],
  );
  return row;
}

/**
 * Serialises changes to one library's evidence (and its derivation): the status row is locked first,
 * so two concurrent changes derive one after the other.
 */
async function lockLibrary(db: EntityManager, tenantId: string): Promise<void> {
  await db.query(
    `INSERT INTO phase_status (tenant_id, province, active) SELECT id, province, active FROM tenants
      WHERE id = $1 AND kind = 'LIBRARY' ON CONFLICT (tenant_id) DO NOTHING`,
    [tenantId],
  );
  await db.query('SELECT 1 FROM phase_status WHERE tenant_id = $1 FOR UPDATE', [tenantId]);
}

/** The library whose data the caller asks for: libraries only their own (others answer NOT_FOUND). */
export async function resolveLibrary(
  db: EntityManager,
  actor: Actor,
  tenantId?: string | null,
): Promise<string> {
  const missing = () => AppError.notFound('LIBRARY_NOT_FOUND', 'Deze bibliotheek bestaat niet');
  if (!isCentral(actor)) {
    if (tenantId && tenantId !== actor.tenantId) throw missing();
    return actor.tenantId;
  }
  if (!tenantId)
    throw AppError.badInput('TENANT_REQUIRED', 'Kies een bibliotheek', [
      { field: 'tenantId', reason: 'required', message: 'required for central staff' },
    ]);
  const [row] = isUuid(tenantId)
    ? await db.query<unknown[]>(`SELECT 1 FROM tenants WHERE id = $1 AND kind = 'LIBRARY'`, [tenantId])
    : [];
  if (!row) throw missing();
  return tenantId;
}

/** A submitted strategy version that a newer version replaced is no longer up for review. */
const CURRENT_OR_DECIDED = `(x.status <> 'SUBMITTED' OR x.version_no = (SELECT max(s.version_no) FROM programme_strategies s WHERE s.tenant_id = x.tenant_id))`;

/** Every kind in the review-queue shape, with the library's name; `key` is the keyset cursor part. */
function queueSql(kinds: readonly EvidenceKind[]): string {
  const parts = kinds.map(
    (
      kind,
    ) => `SELECT '${kind}'::text AS kind, x.id, x.tenant_id AS "tenantId", x.status, ${KINDS[kind].summary} AS summary,
       ${KINDS[kind].attachment ?? 'NULL::text'} AS "attachmentAssetId", x.submitted_at AS "submittedAt", x.reviewed_at AS "reviewedAt", x.review_comment AS "reviewComment", x.version
       FROM ${KINDS[kind].table} x${kind === EvidenceKind.STRATEGY ? ` WHERE ${CURRENT_OR_DECIDED}` : ''}`,
  );
  return `SELECT e.*, coalesce(t.display_name, t.name) AS "libraryName",
                 to_char(e."submittedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS key
            FROM (${parts.join(' UNION ALL ')}) e JOIN tenants t ON t.id = e."tenantId"`;
}

function assertLibrary(actor: Actor): void {
  if (actor.tenantKind !== TenantKind.LIBRARY)
    throw AppError.forbidden('LIBRARY_ONLY', 'Alleen een bibliotheek legt haar eigen bewijs vast');
}

function stale(current: number): AppError {
  return AppError.conflict('STALE_VERSION', `Dit bewijs is intussen gewijzigd (nu versie ${current})`, {
    currentVersion: current,
  });
}

function duplicate(spec: KindSpec) {
  return (error: Error & { code?: string }): never => {
    if (error.code === '23505' && spec.duplicate)
      throw AppError.conflict(spec.duplicate.subCode, spec.duplicate.message);
    throw error;
  };
}

function notInFuture(field: string, date: string, at?: Date): void {
  // One day of slack: a library in the Netherlands is ahead of UTC.
  if (date > addDays(todayUtc(at ?? new Date()), 1))
    throw AppError.badInput('DATE_IN_FUTURE', 'Deze datum ligt in de toekomst', [
      { field, reason: 'notInFuture', message: 'must not lie in the future' },
    ]);
}

function normaliseSteps(input: StrategyInput): StrategySteps {
  const text = (s: string | null | undefined) => (s ?? '').trim();
  return {
    onlineGoals: input.onlineGoals.map(text).filter(Boolean),
    offlineGoals: input.offlineGoals.map(text).filter(Boolean),
    targetGroups: input.targetGroups.map((g) => ({
      group: g.group ?? null,
      description: text(g.description),
      mediaUse: text(g.mediaUse),
    })),
    mission: text(input.mission),
    socialGoals: input.socialGoals.map((g) => ({
      goal: g.goal ?? null,
      description: text(g.description),
      kpis: g.kpis.map((k) => ({ name: text(k.name), metric: k.metric ?? null, target: k.target ?? null })),
    })),
    tactics: input.tactics.map((t) => ({
      description: text(t.description),
      channels: [...new Set(t.channels)],
      measurementMethod: text(t.measurementMethod),
    })),
  };
}
