import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppError,
  decodeCursor,
  encodeCursor,
  prepared,
  queryPrepared,
  TenantDb,
  type Actor,
  type AppConfig,
} from '@bibliohub/api-core';
import {
  Channel,
  renderPlaceholders,
  type Goal,
  type Language,
  type PlaceholderProfile,
  type TargetGroup,
} from '@bibliohub/contracts';
import { toVariantTypes, type PostVariants, type ThemeType } from '@bibliohub/api-content';
import type { EntityManager } from 'typeorm';
import {
  FeedChangeKind,
  FeedRemovalReason,
  type FeedChangesType,
  type FeedChangeType,
  type FeedConnectionType,
  type FeedItemType,
  type FeedLinkType,
  type FeedSubscriptionType,
} from './dto/feed.type.js';
import { FEED_CANDIDATES, FEED_SQL, HORIZON_SQL } from './feed.sql.js';
import { feedToken } from './feed-token.js';
import {
  applyOverrides,
  displayValue,
  sortPaths,
  upstreamChanges,
  type OverrideMap,
} from './override.fields.js';

/** Every feed read (GraphQL, RSS/Atom, delta sync) runs this statement: planned once per connection. */
const FEED_PAGE = prepared(FEED_SQL);

export interface FeedFilter {
  themeIds?: string[];
  channel?: Channel;
  goal?: Goal;
  targetGroup?: TargetGroup;
  language?: Language;
  search?: string;
  first: number;
  after?: string | null;
}

interface FeedRowAsset {
  id: string;
  kind: string;
  title: string;
  altText: string | null;
  mimeType: string;
  width: number | null;
  height: number | null;
  renditions: Record<string, { mimeType: string; width: number; height: number }> | null;
}

interface FeedRow {
  assets: FeedRowAsset[];
  id: string;
  title: string;
  body: string;
  variants: PostVariants;
  targetGroups: TargetGroup[];
  goal: Goal | null;
  language: Language;
  tags: string[];
  publishedAt: Date;
  availableUntil: Date | null;
  attribution: string | null;
  updatedAt: Date;
  version: number;
  channelFilter: Channel[];
  cursorKey: string;
  theme: ThemeType | null;
  profile: PlaceholderProfile;
  /** The library's override of this post (post_overrides.fields / .base), null when none. */
  overrideFields: OverrideMap | null;
  overrideBase: OverrideMap | null;
  horizon: string;
  at: Date;
}

interface SyncCursor {
  /** Snapshot xmin: every event below it was already reflected. */
  h: string;
  /** Clock of the read: time-based changes after it are still to come. */
  t: string;
}

/** Above this many candidate posts a client is better off re-reading the feed. */
export const MAX_CHANGES = 1000;

/** What libraries pull: the personalised feed and its delta sync. */
@Injectable()
export class FeedService {
  private readonly baseUrl: string;

  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Asset download addresses are absolute, so a library's script can fetch them as they are.
    this.baseUrl = config.publicUrl;
  }

  /** One page, newest first; `at` exists for tests (default: the database clock). */
  feed(actor: Actor, filter: FeedFilter, at?: Date): Promise<FeedConnectionType> {
    return this.db.read(actor, (db) => this.page(db, filter, at));
  }

  /** The same page for a library identified by a feed token (RSS/Atom), not by a user or key. */
  feedForTenant(tenantId: string, filter: FeedFilter): Promise<FeedConnectionType> {
    return this.db.readAsTenant(tenantId, (db) => this.page(db, filter));
  }

  private async page(db: EntityManager, filter: FeedFilter, at?: Date): Promise<FeedConnectionType> {
    const after = decodeCursor(filter.after, 2);
    const rows = await this.rows(db, {
      ...filter,
      at,
      afterKey: after?.[0] as string | undefined,
      afterId: after?.[1] as string | undefined,
      limit: filter.first + 1,
    });
    const nodes = rows.slice(0, filter.first);
    const last = nodes[nodes.length - 1];
    const horizon = rows[0] ? { h: rows[0].horizon, t: iso(rows[0].at) } : await this.horizon(db, at);
    return {
      nodes: nodes.map((r) => toItem(r, this.baseUrl)),
      pageInfo: {
        hasNextPage: rows.length > filter.first,
        endCursor: last ? encodeCursor([last.cursorKey, last.id]) : null,
      },
      syncCursor: encodeSync(horizon),
    };
  }

  /**
   * Every change to the library's default feed since a cursor: UPSERT with the rendered item for posts
   * in the feed now, REMOVE with a reason for posts that left it. Candidates are the posts named in
   * the change log between the two snapshot horizons, posts whose window opened or closed between the
   * two clocks, and on a subscription change the posts of every theme involved.
   */
  changes(actor: Actor, since: string, at?: Date): Promise<FeedChangesType> {
    const from = decodeSync(since);
    return this.db.run(actor, async (db) => {
      const to = await this.horizon(db, at);
      const events = await db.query<
        { post_id: string | null; kind: string; data: Record<string, unknown>; at: Date }[]
      >(`SELECT post_id, kind, data, at FROM feed_events WHERE xid >= $1 AND xid < $2 ORDER BY id`, [
        from.h,
        to.h,
      ]);
      const candidates = new Map<string, { at: Date; data?: Record<string, unknown> }>();
      for (const e of events) {
        if (!e.post_id) continue;
        // An OVERRIDE event (this library changed its copy) must not hide the status a POST event logged.
        const data = e.kind === 'OVERRIDE' ? (candidates.get(e.post_id)?.data ?? e.data) : e.data;
        candidates.set(e.post_id, { at: e.at, data });
      }
      const windowed = await db.query<{ id: string; at: Date }[]>(
        `SELECT id, greatest(CASE WHEN available_from > $1 AND available_from <= $2 THEN available_from END,
                             CASE WHEN available_until > $1 AND available_until <= $2 THEN available_until END) AS at
           FROM posts WHERE status = 'PUBLISHED'
            AND ((available_from > $1 AND available_from <= $2) OR (available_until > $1 AND available_until <= $2))`,
        [from.t, to.t],
      );
      for (const w of windowed) if (!candidates.has(w.id)) candidates.set(w.id, { at: w.at });
      // Attached assets whose validity or portrait consent began or ended between the two clocks.
      const assetBoundaries = await db.query<{ post_id: string; at: Date }[]>(
        'SELECT post_id, at FROM feed_asset_boundaries($1, $2)',
        [from.t, to.t],
      );
      for (const b of assetBoundaries)
        if (!candidates.has(b.post_id)) candidates.set(b.post_id, { at: b.at });
      const subscriptionChanges = events.filter((e) => e.kind === 'SUBSCRIPTION');
      if (subscriptionChanges.length) {
        const themes = new Set<string>();
        let channelsChanged = false;
        for (const e of subscriptionChanges) {
          for (const id of [
            ...((e.data['themeIds'] as string[]) ?? []),
            ...((e.data['newThemeIds'] as string[]) ?? []),
          ])
            themes.add(id);
          channelsChanged ||= JSON.stringify(e.data['channels']) !== JSON.stringify(e.data['newChannels']);
          if (!(e.data['themeIds'] as string[]).length || !(e.data['newThemeIds'] as string[]).length)
            channelsChanged = true;
        }
        const affected = await db.query<{ id: string }[]>(
          `SELECT id FROM posts WHERE status = 'PUBLISHED' AND ($1 OR theme_id = ANY($2::uuid[])) LIMIT ${MAX_CHANGES + 1}`,
          [channelsChanged, [...themes]],
        );
        const changedAt = subscriptionChanges[subscriptionChanges.length - 1].at;
        for (const a of affected) if (!candidates.has(a.id)) candidates.set(a.id, { at: changedAt });
      }
      const cursor = encodeSync(to);
      if (candidates.size > MAX_CHANGES) return { changes: [], cursor, resetRequired: true };

      const ids = [...candidates.keys()];
      const members = ids.length ? await this.rows(db, { at: new Date(to.t), ids, limit: ids.length }) : [];
      const inFeed = new Map(members.map((r) => [r.id, r]));
      const leaving = ids.filter((id) => !inFeed.has(id));
      const reasons = await this.removalReasons(db, leaving, new Date(to.t), candidates);
      const changes: (FeedChangeType & { at: number })[] = ids.map((postId) => {
        const row = inFeed.get(postId);
        const at = new Date(candidates.get(postId)!.at).getTime();
        if (row)
          return {
            kind: FeedChangeKind.UPSERT,
            postId,
            item: toItem(row, this.baseUrl),
            reason: null,
            message: null,
            at,
          };
        const { reason, message } = reasons.get(postId)!;
        return { kind: FeedChangeKind.REMOVE, postId, item: null, reason, message, at };
      });
      changes.sort((a, b) => a.at - b.at || a.postId.localeCompare(b.postId));
      return { changes: changes.map(({ at: _at, ...change }) => change), cursor, resetRequired: false };
    });
  }

  async subscription(actor: Actor): Promise<FeedSubscriptionType> {
    return this.db.run(actor, async (db) => {
      const [sub] = await db.query<
        { theme_ids: string[]; channels: Channel[]; last_visit_at: Date | null }[]
      >('SELECT theme_ids, channels, last_visit_at FROM feed_subscriptions WHERE tenant_id = $1', [
        actor.tenantId,
      ]);
      const [count] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${FEED_CANDIDATES}`, [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        10_000,
        sub?.last_visit_at ?? null,
      ]);
      return {
        themeIds: sub?.theme_ids ?? [],
        channels: sub?.channels ?? [],
        lastVisitAt: sub?.last_visit_at ?? null,
        newSinceLastVisit: count.n,
      };
    });
  }

  /** Opt in or out of themes and channels; logs the change so delta sync can replay it. */
  async updateSubscription(
    actor: Actor,
    themeIds: string[],
    channels: Channel[],
  ): Promise<FeedSubscriptionType> {
    await this.db.run(actor, async (db) => {
      const unknown = themeIds.length
        ? await db.query<{ id: string }[]>(
            'SELECT x AS id FROM unnest($1::uuid[]) x WHERE NOT EXISTS (SELECT 1 FROM themes t WHERE t.id = x)',
            [themeIds],
          )
        : [];
      if (unknown.length)
        throw AppError.badInput('THEME_NOT_FOUND', `Unknown theme ${unknown[0].id}`, [
          { field: 'themeIds', reason: 'exists', message: 'unknown theme' },
        ]);
      const [old] = await db.query<{ theme_ids: string[]; channels: string[] }[]>(
        'SELECT theme_ids, channels FROM feed_subscriptions WHERE tenant_id = $1 FOR UPDATE',
        [actor.tenantId],
      );
      const next = { themeIds: [...new Set(themeIds)].sort(), channels: [...new Set(channels)].sort() };
      await db.query(
        `INSERT INTO feed_subscriptions (tenant_id, theme_ids, channels) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id) DO UPDATE SET theme_ids = EXCLUDED.theme_ids, channels = EXCLUDED.channels, updated_at = now()`,
        [actor.tenantId, next.themeIds, next.channels],
      );
      await db.query(
        `INSERT INTO feed_events (xid, tenant_id, kind, data) VALUES (pg_current_xact_id()::text::bigint, $1, 'SUBSCRIPTION', $2)`,
        [
          actor.tenantId,
          JSON.stringify({
            themeIds: old?.theme_ids ?? [],
            channels: old?.channels ?? [],
            newThemeIds: next.themeIds,
            newChannels: next.channels,
          }),
        ],
      );
    });
    return this.subscription(actor);
  }

  /** RSS/Atom links per channel with the library's current read-only token. */
  async links(actor: Actor, secret: string, publicUrl: string): Promise<FeedLinkType[]> {
    const [row] = await this.db.run(actor, (db) =>
      db.query<{ version: number }[]>(
        'SELECT feed_token_version AS version FROM feed_subscriptions WHERE tenant_id = $1',
        [actor.tenantId],
      ),
    );
    const token = feedToken(secret, actor.tenantId, row?.version ?? 1);
    return Object.values(Channel).map((channel) => ({
      channel,
      rss: `${publicUrl}/feeds/${actor.tenantId}/rss?channel=${channel}&token=${token}`,
      atom: `${publicUrl}/feeds/${actor.tenantId}/atom?channel=${channel}&token=${token}`,
    }));
  }

  /** New token: every old RSS/Atom link stops working. */
  async rotateToken(actor: Actor): Promise<void> {
    await this.db.run(actor, (db) =>
      db.query(
        `INSERT INTO feed_subscriptions (tenant_id, feed_token_version) VALUES ($1, 2)
         ON CONFLICT (tenant_id) DO UPDATE SET feed_token_version = feed_subscriptions.feed_token_version + 1`,
        [actor.tenantId],
      ),
    );
  }

  async markVisited(actor: Actor): Promise<FeedSubscriptionType> {
    await this.db.run(actor, (db) =>
      db.query(
        `INSERT INTO feed_subscriptions (tenant_id, last_visit_at) VALUES ($1, now())
         ON CONFLICT (tenant_id) DO UPDATE SET last_visit_at = now()`,
        [actor.tenantId],
      ),
    );
    return this.subscription(actor);
  }

  private rows(
    db: EntityManager,
    q: Omit<FeedFilter, 'first' | 'after'> & {
      at?: Date;
      ids?: string[];
      afterKey?: string;
      afterId?: string;
      limit: number;
    },
  ): Promise<FeedRow[]> {
    return queryPrepared<FeedRow>(db, FEED_PAGE, [
      q.at ?? null,
      q.themeIds ?? null,
      q.channel ? [q.channel] : null,
      q.goal ?? null,
      q.targetGroup ?? null,
      q.language ?? null,
      q.search ?? null,
      q.ids ?? null,
      q.afterKey ?? null,
      q.afterId ?? null,
      q.limit,
      null,
    ]);
  }

  private async horizon(db: EntityManager, at?: Date): Promise<SyncCursor> {
    const [row] = await db.query<{ horizon: string; now: Date }[]>(HORIZON_SQL);
    return { h: row.horizon, t: iso(at ?? row.now) };
  }

  /** Why each post is not (or no longer) in the feed. Withdrawn posts are invisible now, so the log says why. */
  private async removalReasons(
    db: EntityManager,
    ids: string[],
    at: Date,
    candidates: Map<string, { data?: Record<string, unknown> }>,
  ) {
    const out = new Map<string, { reason: FeedRemovalReason; message: string | null }>();
    if (!ids.length) return out;
    const visible = await db.query<
      { id: string; available_from: Date | null; available_until: Date | null; asset_gone: boolean }[]
    >(
      `SELECT p.id, p.available_from, p.available_until,
              EXISTS (SELECT 1 FROM post_assets pa WHERE pa.post_id = p.id AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.id = pa.asset_id)) AS asset_gone
         FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    const published = new Map(visible.map((v) => [v.id, v]));
    for (const id of ids) {
      const post = published.get(id);
      const logged = candidates.get(id)?.data;
      if (!post) {
        const status = logged?.['status'];
        if (status === 'WITHDRAWN')
          out.set(id, {
            reason: FeedRemovalReason.WITHDRAWN,
            message: (logged?.['reason'] as string) ?? null,
          });
        else if (status === 'ARCHIVED') out.set(id, { reason: FeedRemovalReason.ARCHIVED, message: null });
        else out.set(id, { reason: FeedRemovalReason.UNPUBLISHED, message: null });
      } else if (post.available_until && post.available_until <= at)
        out.set(id, { reason: FeedRemovalReason.EXPIRED, message: null });
      else if (post.available_from && post.available_from > at)
        out.set(id, { reason: FeedRemovalReason.NOT_YET_AVAILABLE, message: null });
      else if (post.asset_gone) out.set(id, { reason: FeedRemovalReason.ASSET_UNAVAILABLE, message: null });
      else out.set(id, { reason: FeedRemovalReason.UNSUBSCRIBED, message: null });
    }
    return out;
  }
}

/** The item as the library sees it: its overrides applied first, then its placeholders filled in. */
function toItem(row: FeedRow, baseUrl: string): FeedItemType {
  const render = (text: string) => renderPlaceholders(text, row.profile);
  const content = applyOverrides(row, row.overrideFields);
  const variants = toVariantTypes(content.variants, render).filter(
    (v) => !row.channelFilter.length || row.channelFilter.includes(v.channel),
  );
  return {
    id: row.id,
    title: render(content.title),
    body: render(content.body),
    variants,
    overridden: sortPaths(Object.keys(row.overrideFields ?? {})),
    upstreamChanges: upstreamChanges(row, row.overrideFields, row.overrideBase).map((c) => ({
      field: c.field,
      before: displayValue(c.before, render),
      after: displayValue(c.after, render),
    })),
    theme: row.theme,
    targetGroups: row.targetGroups,
    goal: row.goal,
    language: row.language,
    tags: row.tags,
    publishedAt: row.publishedAt,
    availableUntil: row.availableUntil,
    attribution: row.attribution,
    assets: row.assets.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: render(a.title),
      altText: a.altText && render(a.altText),
      files: [
        {
          rendition: 'original',
          url: `${baseUrl}/files/assets/${a.id}/original`,
          mimeType: a.mimeType,
          width: a.width,
          height: a.height,
        },
        ...Object.entries(a.renditions ?? {}).map(([rendition, file]) => ({
          rendition,
          url: `${baseUrl}/files/assets/${a.id}/${rendition}`,
          mimeType: file.mimeType,
          width: file.width,
          height: file.height,
        })),
      ],
    })),
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

const iso = (d: Date | string) => new Date(d).toISOString();

function encodeSync(c: SyncCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeSync(cursor: string): SyncCursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as SyncCursor;
    if (/^\d+$/.test(c.h) && !Number.isNaN(Date.parse(c.t))) return c;
  } catch {
    // fall through
  }
  throw AppError.badInput(
    'INVALID_SYNC_CURSOR',
    'The sync cursor is not valid; read the feed again to get a new one',
  );
}
