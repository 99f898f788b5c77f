import { Injectable } from '@nestjs/common';
import {
  Language,
  POST_TRANSITIONS,
  PostSource,
  PostStatus,
  ThemeKind,
  type PlaceholderProfile,
} from '@bibliohub/contracts';
import {
  AppError,
  AuditService,
  decodeCursor,
  isCentral,
  TenantDb,
  toPage,
  type Actor,
  type Page,
} from '@bibliohub/api-core';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  PostSort,
  type CreatePostInput,
  type PostContentInput,
  type PostsArgs,
  type PostVariantInput,
} from './dto/post.input.js';
import type { CalendarEntryType, PostPreviewType, PostRevisionType, PostType } from './dto/post.type.js';
import type { ThemeType } from './dto/theme.type.js';
import { PostRevisionEntity } from './post-revision.entity.js';
import { PostEntity, type PostVariants } from './post.entity.js';
import { renderForLibrary, snapshotOf, toPostType } from './post.mapper.js';
import { assertValidPost } from './post.rules.js';
import { dutchSearch, RANK_SQL } from './post.search.js';
import { ThemeEntity } from './theme.entity.js';
import { projectCampaign } from './theme.service.js';

const notFound = () => AppError.notFound('POST_NOT_FOUND', 'No such post');

export function variantsFromInput(list: PostVariantInput[]): PostVariants {
  const variants: PostVariants = {};
  for (const v of list) {
    if (variants[v.channel])
      throw AppError.badInput('DUPLICATE_CHANNEL', `Two variants for ${v.channel}`, [
        { field: `variants.${v.channel}`, reason: 'unique', message: 'one variant per channel' },
      ]);
    variants[v.channel] = {
      text: v.text,
      hashtags: v.hashtags.map((h) => h.replace(/^#/, '')),
      link: v.link ?? null,
      callToAction: v.callToAction ?? null,
    };
  }
  return variants;
}

/** The stored content of a post (what revisions snapshot), as built from API or import input. */
export type PostContent = Partial<PostEntity> & { variants: PostVariants };

type ContentField =
  | 'title'
  | 'body'
  | 'variants'
  | 'themeId'
  | 'targetGroups'
  | 'goal'
  | 'language'
  | 'tags'
  | 'availableFrom'
  | 'availableUntil'
  | 'suggestedPublishAt';
type FullContent = Pick<PostEntity, ContentField>;

/**
 * Turns API-shaped input (already through class-validator) into stored content and checks it against
 * the post rules (placeholders, channel limits, window). Create, update and the import all use it, so a
 * post is held to the same rules whichever way it arrives. Throws BAD_USER_INPUT with field details.
 */
export function preparePostContent(input: PostContentInput, current?: PostEntity): PostContent {
  const fields = contentFields(input);
  const variants = input.variants ? variantsFromInput(input.variants) : (current?.variants ?? {});
  assertValidPost({ ...current, ...fields, variants });
  return { ...fields, variants };
}

/** A post from an import source, identified by its stable external id; `content` is prepared. */
export interface ExternalPost {
  externalId: string;
  content: PostContent;
}

/**
 * What `upsertExternal` did (or, in a dry run, would do) with each post: created as a draft, updated,
 * left as it was because nothing changed, or refused because the existing post is archived.
 */
export type ExternalPostOutcome = 'created' | 'updated' | 'unchanged' | 'archived';

interface PostChange {
  post: PostEntity;
  action: string;
  before: Record<string, unknown> | null;
}

/** Central content: writing, the editorial workflow, revisions, search and the calendar. */
@Injectable()
export class PostService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  get(actor: Actor, id: string): Promise<PostType> {
    return this.db.run(actor, async (db) => toPostType(await this.load(db, id)));
  }

  async list(actor: Actor, args: PostsArgs): Promise<Page<PostType>> {
    return this.db.run(actor, async (db) => {
      const qb = db.createQueryBuilder(PostEntity, 'p').leftJoinAndSelect('p.theme', 't');
      await this.applyFilters(db, qb, args, actor);
      const sort = args.sort ?? (args.search ? PostSort.RELEVANCE : PostSort.UPDATED_DESC);
      let key: string;
      let direction: '<' | '>';
      if (sort === PostSort.RELEVANCE) {
        if (!args.search)
          throw AppError.badInput('SEARCH_REQUIRED', 'Sorting by relevance needs a search text');
        key = 'p_rank';
        direction = '<';
      } else if (sort === PostSort.SUGGESTED_ASC) {
        qb.addSelect(
          `to_char(coalesce(p.suggested_publish_at, 'infinity'::timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
          'p_key',
        );
        key = `coalesce(p.suggested_publish_at, 'infinity'::timestamptz)`;
        direction = '>';
      } else if (sort === PostSort.TITLE_ASC) {
        qb.addSelect('p.title', 'p_key');
        key = 'p.title';
        direction = '>';
      } else {
        qb.addSelect(`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'p_key');
        key = 'p.updated_at';
        direction = '<';
      }
      const order = direction === '<' ? 'DESC' : 'ASC';
      const after = decodeCursor(args.after, 2);
      if (sort === PostSort.RELEVANCE) {
        qb.orderBy('p_rank', 'DESC').addOrderBy('p.id', 'DESC');
        if (after) qb.andWhere(`(${RANK_SQL}, p.id) < (:k::real, :i)`, { k: after[0], i: after[1] });
      } else {
        const cast = key === 'p.title' ? '' : `(:k::timestamp AT TIME ZONE 'UTC')`;
        qb.orderBy(key, order).addOrderBy('p.id', order);
        if (after)
          qb.andWhere(`(${key}, p.id) ${direction} (${cast || ':k'}, :i)`, { k: after[0], i: after[1] });
      }
      // limit, not take: the theme join is many-to-one, and take() would rewrite the query around the ordering.
      qb.limit(args.first + 1);
      const { entities, raw } = await qb.getRawAndEntities<{ p_key?: string; p_rank?: number }>();
      const keys = new Map(
        entities.map((e, i) => [e.id, sort === PostSort.RELEVANCE ? raw[i].p_rank! : raw[i].p_key!]),
      );
      const page = toPage(entities, args.first, (p) => [keys.get(p.id)!, p.id]);
      return { pageInfo: page.pageInfo, nodes: page.nodes.map(toPostType) };
    });
  }

  create(actor: Actor, input: CreatePostInput, extra: Partial<PostEntity> = {}): Promise<PostType> {
    return this.db.run(actor, (db) => this.createWithin(db, actor, input, extra));
  }

  /** Creates a draft inside the caller's transaction (approving a submission creates its post atomically). */
  async createWithin(
    db: EntityManager,
    actor: Actor,
    input: CreatePostInput,
    extra: Partial<PostEntity> = {},
  ): Promise<PostType> {
    const content = preparePostContent({ ...input, variants: input.variants ?? [] });
    if (input.themeId) await this.assertTheme(db, input.themeId);
    const post = db.create(PostEntity, {
      ...content,
      tenantId: actor.tenantId,
      status: PostStatus.DRAFT,
      source: PostSource.CENTRAL,
      createdBy: actor.id,
      updatedBy: actor.id,
      ...extra,
    });
    const saved = await db.save(post).catch((error: Error & { code?: string }) => {
      throw error.code === '23505'
        ? AppError.conflict('EXTERNAL_ID_TAKEN', 'A post with this external id exists')
        : error;
    });
    await this.record(db, actor, saved, 'create', null);
    return toPostType(await this.load(db, saved.id));
  }

  update(actor: Actor, id: string, version: number, input: PostContentInput): Promise<PostType> {
    return this.db.run(actor, async (db) => {
      const post = await this.load(db, id);
      assertVersion(post, version);
      if (post.status === PostStatus.ARCHIVED)
        throw AppError.conflict(
          'POST_ARCHIVED',
          'An archived post cannot be edited; restore it to a draft first',
          { currentStatus: post.status },
        );
      const before = snapshotOf(post);
      const content = preparePostContent(input, post);
      if (input.themeId) await this.assertTheme(db, input.themeId);
      await this.write(db, id, version, { ...content, updatedBy: actor.id });
      const saved = await this.load(db, id);
      await this.record(db, actor, saved, 'update', before);
      return toPostType(saved);
    });
  }

  publish(actor: Actor, id: string, version: number): Promise<PostType> {
    return this.transition(actor, id, version, PostStatus.PUBLISHED, 'publish', () => ({
      publishedAt: new Date(),
      scheduledAt: null,
      withdrawnAt: null,
      withdrawalReason: null,
    }));
  }

  schedule(actor: Actor, id: string, version: number, at: Date): Promise<PostType> {
    if (at.getTime() <= Date.now())
      throw AppError.badInput('SCHEDULE_IN_PAST', 'Choose a moment in the future, or publish now', [
        { field: 'at', reason: 'future', message: 'must be in the future' },
      ]);
    return this.transition(actor, id, version, PostStatus.SCHEDULED, 'schedule', () => ({ scheduledAt: at }));
  }

  unschedule(actor: Actor, id: string, version: number): Promise<PostType> {
    return this.transition(
      actor,
      id,
      version,
      PostStatus.DRAFT,
      'unschedule',
      () => ({ scheduledAt: null }),
      [PostStatus.SCHEDULED],
    );
  }

  withdraw(actor: Actor, id: string, version: number, reason: string): Promise<PostType> {
    return this.transition(actor, id, version, PostStatus.WITHDRAWN, 'withdraw', () => ({
      withdrawnAt: new Date(),
      withdrawalReason: reason.trim(),
    }));
  }

  archive(actor: Actor, id: string, version: number): Promise<PostType> {
    return this.transition(actor, id, version, PostStatus.ARCHIVED, 'archive', () => ({
      archivedAt: new Date(),
      scheduledAt: null,
    }));
  }

  restoreToDraft(actor: Actor, id: string, version: number): Promise<PostType> {
    return this.transition(actor, id, version, PostStatus.DRAFT, 'unarchive', () => ({ archivedAt: null }), [
      PostStatus.ARCHIVED,
    ]);
  }

  duplicate(actor: Actor, id: string): Promise<PostType> {
    return this.db.run(actor, async (db) => {
      const source = await this.load(db, id);
      const copy = db.create(PostEntity, {
        ...snapshotOf(source),
        title: `${source.title} (kopie)`.slice(0, 200),
        tenantId: actor.tenantId,
        status: PostStatus.DRAFT,
        source: PostSource.CENTRAL,
        createdBy: actor.id,
        updatedBy: actor.id,
      } as Partial<PostEntity>);
      const saved = await db.save(copy);
      await this.record(db, actor, saved, `duplicate:${id}`, null);
      return toPostType(await this.load(db, saved.id));
    });
  }

  revisions(actor: Actor, postId: string): Promise<PostRevisionType[]> {
    return this.db.run(actor, async (db) => {
      await this.load(db, postId);
      const rows = await db.find(PostRevisionEntity, { where: { postId }, order: { number: 'DESC' } });
      return rows.map((r) => ({
        number: r.number,
        action: r.action,
        createdBy: r.createdBy,
        createdAt: r.createdAt,
        title: String(r.snapshot['title']),
        status: r.snapshot['status'] as PostStatus,
      }));
    });
  }

  /** Brings back the content of an earlier revision as a new revision (the status stays). */
  restoreRevision(actor: Actor, postId: string, version: number, number: number): Promise<PostType> {
    return this.db.run(actor, async (db) => {
      const post = await this.load(db, postId);
      assertVersion(post, version);
      const revision = await db.findOneBy(PostRevisionEntity, { postId, number });
      if (!revision) throw AppError.notFound('REVISION_NOT_FOUND', `Post has no revision ${number}`);
      const { status: _status, ...content } = revision.snapshot as Partial<PostEntity> & {
        status: PostStatus;
      };
      const fields = {
        ...content,
        availableFrom: toDate(content.availableFrom),
        availableUntil: toDate(content.availableUntil),
        suggestedPublishAt: toDate(content.suggestedPublishAt),
      };
      const before = snapshotOf(post);
      await this.write(db, postId, version, { ...fields, updatedBy: actor.id });
      const saved = await this.load(db, postId);
      await this.record(db, actor, saved, `restore:${number}`, before);
      return toPostType(saved);
    });
  }

  /** The post as `tenantId` will see it. Libraries may only preview as themselves. */
  preview(actor: Actor, postId: string, tenantId: string): Promise<PostPreviewType> {
    return this.db.run(actor, async (db) => {
      const post = await this.load(db, postId);
      const [profile] = await db.query<PlaceholderProfile[]>(
        `SELECT name, display_name AS "displayName", city, website, opening_hours_url AS "openingHoursUrl",
                catalogue_url AS "catalogueUrl", phone, contact_email AS "contactEmail" FROM tenants WHERE id = $1`,
        [isCentral(actor) ? tenantId : actor.tenantId === tenantId ? tenantId : null],
      );
      if (!profile) throw AppError.notFound('TENANT_NOT_FOUND', 'No such library');
      return renderForLibrary(post, tenantId, profile);
    });
  }

  calendar(actor: Actor, from: Date, until: Date): Promise<CalendarEntryType> {
    if (until <= from) throw AppError.badInput('INVALID_RANGE', '`until` must lie after `from`');
    if (until.getTime() - from.getTime() > 400 * 86_400_000)
      throw AppError.badInput('RANGE_TOO_LONG', 'The calendar shows at most 400 days at once');
    return this.db.run(actor, async (db) => {
      const posts = await db
        .createQueryBuilder(PostEntity, 'p')
        .leftJoinAndSelect('p.theme', 't')
        .where('p.suggested_publish_at >= :from AND p.suggested_publish_at < :until', { from, until })
        .andWhere('p.status <> :archived', { archived: PostStatus.ARCHIVED })
        .orderBy('p.suggested_publish_at', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(2000)
        .getMany();
      const campaigns = await db.find(ThemeEntity, {
        where: { kind: ThemeKind.CAMPAIGN, active: true },
        order: { name: 'ASC' },
      });
      const projected: ThemeType[] = campaigns.flatMap((c) => projectCampaign(c, from, until));
      return { posts: posts.map(toPostType), campaigns: projected };
    });
  }

  /** Publishes every scheduled post whose time has come; safe with many API replicas (SKIP LOCKED). */
  async publishDue(now = new Date()): Promise<string[]> {
    return this.db.asCentralSystem(async (db) => {
      const due = await db.query<{ id: string }[]>(
        `SELECT id FROM posts WHERE status = 'SCHEDULED' AND scheduled_at <= $1 ORDER BY scheduled_at LIMIT 200 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      for (const { id } of due) {
        const post = await this.load(db, id);
        const before = snapshotOf(post);
        await this.write(db, id, post.version, {
          status: PostStatus.PUBLISHED,
          publishedAt: post.scheduledAt ?? now,
          scheduledAt: null,
        });
        await this.record(db, null, await this.load(db, id), 'publish:scheduled', before);
      }
      return due.map((d) => d.id);
    });
  }

  /**
   * Creates or updates central posts by external id, for the bulk import: new ones become drafts of
   * `tenantId` (the central tenant), existing ones get the new content and keep their status, unchanged
   * ones are not touched and archived ones are refused ('archived'; restore them first, as in the API).
   * One multi-row INSERT … ON CONFLICT (external_id) DO UPDATE for the whole batch, plus a revision and
   * an audit entry per written post, all in one transaction. `dryRun` only classifies. The content must
   * come from `preparePostContent`; external ids must be unique within the batch.
   */
  upsertExternal(
    tenantId: string,
    posts: readonly ExternalPost[],
    options: { actor?: Actor | null; dryRun?: boolean } = {},
  ): Promise<ExternalPostOutcome[]> {
    const actor = options.actor ?? null;
    const work = async (db: EntityManager): Promise<ExternalPostOutcome[]> => {
      if (!posts.length) return [];
      const existing = await db.find(PostEntity, {
        where: { externalId: In(posts.map((p) => p.externalId)) },
        ...(options.dryRun ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      });
      const byExternalId = new Map(existing.map((p) => [p.externalId!, p]));
      const outcomes: ExternalPostOutcome[] = [];
      const writes: { externalId: string; content: FullContent }[] = [];
      for (const post of posts) {
        const content = { ...EMPTY_CONTENT, ...post.content } as FullContent;
        const current = byExternalId.get(post.externalId);
        const outcome: ExternalPostOutcome = !current
          ? 'created'
          : current.status === PostStatus.ARCHIVED
            ? 'archived'
            : sameContent(current, content)
              ? 'unchanged'
              : 'updated';
        outcomes.push(outcome);
        if (outcome === 'created' || outcome === 'updated')
          writes.push({ externalId: post.externalId, content });
      }
      if (options.dryRun || !writes.length) return outcomes;

      const params: unknown[] = [tenantId, actor?.id ?? null];
      const values = writes.map(({ externalId, content: c }) => {
        const row = [
          externalId,
          c.title,
          c.body,
          JSON.stringify(c.variants),
          c.themeId,
          c.targetGroups,
          c.goal,
          c.language,
          c.tags,
          c.availableFrom,
          c.availableUntil,
          c.suggestedPublishAt,
        ];
        const first = params.length + 1;
        params.push(...row);
        return `($1::uuid, ${UPSERT_CASTS.map((cast, i) => `$${first + i}::${cast}`).join(', ')}, 'DRAFT', 'CENTRAL', $2::uuid, $2::uuid)`;
      });
      const returned = await db.query<
        { id: string; externalId: string; status: PostStatus; inserted: boolean }[]
      >(
        `INSERT INTO posts (tenant_id, external_id, title, body, variants, theme_id, target_groups, goal, language, tags,
                            available_from, available_until, suggested_publish_at, status, source, created_by, updated_by)
         VALUES ${values.join(',\n')}
         ON CONFLICT (external_id) DO UPDATE SET
           title = EXCLUDED.title, body = EXCLUDED.body, variants = EXCLUDED.variants, theme_id = EXCLUDED.theme_id,
           target_groups = EXCLUDED.target_groups, goal = EXCLUDED.goal, language = EXCLUDED.language,
           tags = EXCLUDED.tags, available_from = EXCLUDED.available_from,
           available_until = EXCLUDED.available_until, suggested_publish_at = EXCLUDED.suggested_publish_at,
           updated_by = EXCLUDED.updated_by, updated_at = now(), version = posts.version + 1
         RETURNING id, external_id AS "externalId", status, (xmax = 0) AS inserted`,
        params,
      );
      const contentOf = new Map(writes.map((w) => [w.externalId, w.content]));
      const changes = returned.map((row): PostChange => {
        const current = byExternalId.get(row.externalId);
        const post = { ...contentOf.get(row.externalId)!, id: row.id, tenantId, status: row.status };
        return {
          post: post as PostEntity,
          action: row.inserted ? 'import' : 'import:update',
          before: current && !row.inserted ? snapshotOf(current) : null,
        };
      });
      await this.recordMany(db, actor, changes);
      return outcomes;
    };
    return actor ? this.db.run(actor, work) : this.db.asCentralSystem(work);
  }

  private async transition(
    actor: Actor,
    id: string,
    version: number,
    target: PostStatus,
    action: string,
    fields: (post: PostEntity) => Partial<PostEntity>,
    from: readonly PostStatus[] = Object.values(PostStatus).filter((s) =>
      POST_TRANSITIONS[s].includes(target),
    ),
  ): Promise<PostType> {
    return this.db.run(actor, async (db) => {
      const post = await this.load(db, id);
      assertVersion(post, version);
      if (!from.includes(post.status) || !POST_TRANSITIONS[post.status].includes(target)) {
        throw AppError.conflict('INVALID_TRANSITION', `A ${post.status} post cannot become ${target}`, {
          currentStatus: post.status,
        });
      }
      const before = snapshotOf(post);
      await this.write(db, id, version, { status: target, updatedBy: actor.id, ...fields(post) });
      const saved = await this.load(db, id);
      await this.record(db, actor, saved, action, before);
      return toPostType(saved);
    });
  }

  /** Optimistic concurrency: the UPDATE only matches the version the caller saw. */
  private async write(
    db: EntityManager,
    id: string,
    version: number,
    fields: Partial<PostEntity>,
  ): Promise<void> {
    const result = await db
      .createQueryBuilder()
      .update(PostEntity)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) {
      const current = await db.findOneBy(PostEntity, { id });
      throw staleVersion(current?.version ?? version);
    }
  }

  private record(
    db: EntityManager,
    actor: Actor | null,
    post: PostEntity,
    action: string,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.recordMany(db, actor, [{ post, action, before }]);
  }

  /**
   * A revision (the post's content after the change) and an audit entry (before/after) for each change,
   * one statement each however many posts changed. Every write of post content goes through here.
   */
  private async recordMany(db: EntityManager, actor: Actor | null, changes: PostChange[]): Promise<void> {
    if (!changes.length) return;
    const afters = changes.map((c) => snapshotOf(c.post));
    await db.query(
      `INSERT INTO post_revisions (tenant_id, post_id, number, action, snapshot, created_by)
       SELECT c.tenant_id, c.post_id,
              coalesce((SELECT max(r.number) FROM post_revisions r WHERE r.post_id = c.post_id), 0) + 1,
              c.action, c.snapshot, $1
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::jsonb[]) AS c(tenant_id, post_id, action, snapshot)`,
      [
        actor?.id ?? null,
        changes.map((c) => c.post.tenantId),
        changes.map((c) => c.post.id),
        changes.map((c) => c.action),
        afters.map((a) => JSON.stringify(a)),
      ],
    );
    await this.audit.recordMany(
      db,
      actor,
      changes.map((c, i) => ({
        tenantId: c.post.tenantId,
        action: `post.${c.action.split(':')[0]}`,
        entityType: 'Post',
        entityId: c.post.id,
        before: c.before,
        after: afters[i],
      })),
    );
  }

  private async load(db: EntityManager, id: string): Promise<PostEntity> {
    const post = await db.findOne(PostEntity, { where: { id }, relations: { theme: true } });
    if (!post) throw notFound();
    return post;
  }

  private async assertTheme(db: EntityManager, themeId: string): Promise<void> {
    if (!(await db.existsBy(ThemeEntity, { id: themeId }))) {
      throw AppError.badInput('THEME_NOT_FOUND', 'No such theme or campaign', [
        { field: 'themeId', reason: 'exists', message: 'unknown theme' },
      ]);
    }
  }

  private async applyFilters(
    db: EntityManager,
    qb: SelectQueryBuilder<PostEntity>,
    args: PostsArgs,
    actor: Actor,
  ): Promise<void> {
    if (args.themeIds?.length) qb.andWhere('p.theme_id IN (:...themeIds)', { themeIds: args.themeIds });
    if (args.channel) qb.andWhere('p.channels @> ARRAY[:channel]::text[]', { channel: args.channel });
    if (args.goal) qb.andWhere('p.goal = :goal', { goal: args.goal });
    if (args.targetGroup)
      qb.andWhere('p.target_groups @> ARRAY[:targetGroup]', { targetGroup: args.targetGroup });
    if (args.language) qb.andWhere('p.language = :language', { language: args.language });
    if (args.from) qb.andWhere('p.suggested_publish_at >= :from', { from: args.from });
    if (args.until) qb.andWhere('p.suggested_publish_at < :until', { until: args.until });
    // Libraries only ever see published posts (row-level security enforces it too).
    const statuses = isCentral(actor) ? args.statuses : [PostStatus.PUBLISHED];
    if (statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses });
    if (args.search) await dutchSearch(db, qb, args.search);
  }
}

/** Every content field, for import rows: a field the source leaves out is cleared, not kept. */
const EMPTY_CONTENT: Omit<FullContent, 'title' | 'body'> = {
  variants: {},
  themeId: null,
  targetGroups: [],
  goal: null,
  language: Language.NL,
  tags: [],
  availableFrom: null,
  availableUntil: null,
  suggestedPublishAt: null,
};

/** Casts of the per-row columns of the import upsert, in the order `upsertExternal` passes them. */
const UPSERT_CASTS = [
  'text',
  'text',
  'text',
  'jsonb',
  'uuid',
  'text[]',
  'text',
  'text',
  'text[]',
  'timestamptz',
  'timestamptz',
  'timestamptz',
];

/** Whether the stored post already has exactly this content (key order and Date vs string aside). */
function sameContent(current: PostEntity, content: PostContent): boolean {
  const canonical = (snapshot: Record<string, unknown>) =>
    JSON.stringify(snapshot, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    );
  const next = { ...current, ...content };
  return canonical(snapshotOf(current)) === canonical(snapshotOf(next));
}

const staleVersion = (current: number) =>
  AppError.conflict(
    'STALE_VERSION',
    `This post was changed meanwhile; the current version is ${current}. Reload and try again`,
    { currentVersion: current },
  );

function assertVersion(post: PostEntity, version: number): void {
  if (post.version !== version) throw staleVersion(post.version);
}

function toDate(value: unknown): Date | null {
  return value ? new Date(value as string) : null;
}

function contentFields(input: PostContentInput): Partial<PostEntity> {
  const out: Partial<PostEntity> = {};
  if (input.title !== undefined) out.title = input.title.trim();
  if (input.body !== undefined) out.body = input.body;
  if (input.themeId !== undefined) out.themeId = input.themeId;
  if (input.targetGroups !== undefined) out.targetGroups = [...new Set(input.targetGroups)];
  if (input.goal !== undefined) out.goal = input.goal;
  if (input.language !== undefined) out.language = input.language;
  if (input.tags !== undefined)
    out.tags = [...new Set(input.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (input.availableFrom !== undefined) out.availableFrom = input.availableFrom;
  if (input.availableUntil !== undefined) out.availableUntil = input.availableUntil;
  if (input.suggestedPublishAt !== undefined) out.suggestedPublishAt = input.suggestedPublishAt;
  return out;
}
