import { Injectable } from '@nestjs/common';
import { AppError, decodeCursor, isUuid, TenantDb, toPage, type Actor, type Page } from '@bibliohub/api-core';
import type { Channel } from '@bibliohub/contracts';
import type { LibraryActivityType, PostUsageType, UsageReceiptType } from './dto/feed.type.js';

interface ReceiptRow {
  id: string;
  postId: string;
  tenantId: string;
  channel: Channel;
  url: string;
  publishedAt: Date;
  libraryName?: string | null;
}

const RECEIPT_COLUMNS = `r.id, r.post_id AS "postId", r.tenant_id AS "tenantId", r.channel, r.url, r.published_at AS "publishedAt"`;

/** Which content the network actually uses: receipts from libraries, summaries for central editors. */
@Injectable()
export class UsageService {
  constructor(private readonly db: TenantDb) {}

  /** Idempotent: the same post, channel and url again returns the first receipt. */
  markUsed(
    actor: Actor,
    postId: string,
    channel: Channel,
    url: string | null | undefined,
    publishedAt: Date,
  ): Promise<UsageReceiptType> {
    if (publishedAt.getTime() > Date.now() + 5 * 60_000) {
      throw AppError.badInput('PUBLISHED_IN_FUTURE', 'publishedAt lies in the future', [
        { field: 'publishedAt', reason: 'past', message: 'must not lie in the future' },
      ]);
    }
    return this.db.run(actor, async (db) => {
      // The post must be one the library can see (published); others answer NOT_FOUND.
      const [post] = isUuid(postId)
        ? await db.query<{ id: string }[]>(`SELECT id FROM posts WHERE id = $1 AND status = 'PUBLISHED'`, [
            postId,
          ])
        : [];
      if (!post) throw AppError.notFound('POST_NOT_FOUND', 'No such post in your feed');
      await db.query(
        `INSERT INTO usage_receipts (tenant_id, post_id, channel, url, published_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, post_id, channel, url) DO NOTHING`,
        [actor.tenantId, postId, channel, url ?? '', publishedAt],
      );
      const [row] = await db.query<ReceiptRow[]>(
        `SELECT ${RECEIPT_COLUMNS} FROM usage_receipts r WHERE r.tenant_id = $1 AND r.post_id = $2 AND r.channel = $3 AND r.url = $4`,
        [actor.tenantId, postId, channel, url ?? ''],
      );
      return row;
    });
  }

  /** The calling library's receipts, newest first. */
  mine(actor: Actor, first: number, after?: string | null): Promise<Page<UsageReceiptType>> {
    const cursor = decodeCursor(after, 2);
    return this.db.run(actor, async (db) => {
      const rows = await db.query<(ReceiptRow & { key: string })[]>(
        `SELECT ${RECEIPT_COLUMNS}, to_char(r.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS key
           FROM usage_receipts r WHERE r.tenant_id = $1
            AND ($2::text IS NULL OR (r.published_at, r.id) < (($2::timestamp AT TIME ZONE 'UTC'), $3::uuid))
          ORDER BY r.published_at DESC, r.id DESC LIMIT $4`,
        [actor.tenantId, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
      );
      const page = toPage(rows, first, (r) => [r.key, r.id]);
      return { pageInfo: page.pageInfo, nodes: page.nodes.map(({ key: _key, ...r }) => r) };
    });
  }

  /** Central: how many libraries used a post, where and when. */
  forPost(actor: Actor, postId: string): Promise<PostUsageType> {
    return this.db.run(actor, async (db) => {
      if (!isUuid(postId)) throw AppError.notFound('POST_NOT_FOUND', 'No such post');
      const receipts = await db.query<ReceiptRow[]>(
        `SELECT ${RECEIPT_COLUMNS}, coalesce(t.display_name, t.name) AS "libraryName"
           FROM usage_receipts r JOIN tenants t ON t.id = r.tenant_id WHERE r.post_id = $1 ORDER BY r.published_at DESC LIMIT 1000`,
        [postId],
      );
      return { libraryCount: new Set(receipts.map((r) => r.tenantId)).size, receipts };
    });
  }

  /** Central: active libraries that have used nothing in the last `days` days, longest quiet first. */
  inactiveLibraries(actor: Actor, days: number): Promise<LibraryActivityType[]> {
    return this.db.run(actor, (db) =>
      db.query<LibraryActivityType[]>(
        `SELECT t.id AS "tenantId", t.name, max(r.published_at) AS "lastUsedAt"
           FROM tenants t LEFT JOIN usage_receipts r ON r.tenant_id = t.id
          WHERE t.kind = 'LIBRARY' AND t.active
          GROUP BY t.id, t.name
         HAVING max(r.published_at) IS NULL OR max(r.published_at) < now() - make_interval(days => $1)
          ORDER BY max(r.published_at) ASC NULLS FIRST, t.name`,
        [days],
      ),
    );
  }
}
