import { Injectable } from '@nestjs/common';
import { AppError, AuditService, isUuid, TenantDb, type Actor } from '@bibliohub/api-core';
import { preparePostContent, type PostEntity } from '@bibliohub/api-content';
import type { FieldErrorDetail } from '@bibliohub/contracts';
import type { EntityManager } from 'typeorm';
import type { PostOverrideInput, PostOverrideType, UpstreamDecisionInput } from './dto/override.type.js';
import {
  applyOverrides,
  displayValue,
  parsePath,
  sortPaths,
  upstreamChanges,
  upstreamValue,
  variantPath,
  type OverridableContent,
  type OverrideMap,
  type OverrideValue,
} from './override.fields.js';

interface OverrideRow {
  fields: OverrideMap;
  base: OverrideMap;
  version: number;
  updated_at: Date;
}

const notFound = () => AppError.notFound('POST_NOT_FOUND', 'No such post');

/**
 * A library's local overrides of central posts, field by field. Every change is a change to that
 * library's feed item, so it logs an OVERRIDE feed event (tenant = the library) in the same
 * transaction, which delta sync picks up like any post change. Reads and writes run as the library:
 * row-level security keeps each library to its own overrides, and posts it cannot see (drafts,
 * withdrawn) answer NOT_FOUND.
 */
@Injectable()
export class OverrideService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  get(actor: Actor, postId: string): Promise<PostOverrideType> {
    return this.db.run(actor, async (db) => {
      const post = await this.post(db, postId);
      return view(postId, post, await this.override(db, actor, postId, false));
    });
  }

  /** Overrides the given fields (others stay); the merged copy must pass the post rules. */
  set(actor: Actor, postId: string, input: PostOverrideInput): Promise<PostOverrideType> {
    return this.db.run(actor, async (db) => {
      const post = await this.post(db, postId);
      const current = await this.override(db, actor, postId, true);
      assertVersion(current, input.version);
      const given = givenFields(post, input);
      const fields: OverrideMap = { ...current?.fields };
      const base: OverrideMap = { ...current?.base };
      for (const [path, value] of Object.entries(given)) {
        fields[path] = value;
        // A field overridden for the first time is decided against the central value now; for one
        // already overridden the earlier base stays, so a pending upstream change is not lost by an edit.
        if (!(path in base)) base[path] = upstreamValue(post, path);
      }
      const merged = applyOverrides(post, fields);
      preparePostContent({}, {
        title: merged.title,
        body: merged.body,
        variants: merged.variants,
      } as PostEntity);
      return this.save(db, actor, postId, post, current, fields, base, 'post.override.set');
    });
  }

  /** Drops overrides: `title`, `body`, `variants.X` (the whole variant) or `variants.X.key`; none = all. */
  clear(actor: Actor, postId: string, paths: string[], version?: number | null): Promise<PostOverrideType> {
    return this.db.run(actor, async (db) => {
      const post = await this.post(db, postId);
      const current = await this.override(db, actor, postId, true);
      if (version !== undefined && version !== null) assertVersion(current, version);
      const targets = paths.map((path) => {
        const p = parsePath(path);
        if (!p) throw invalidField(path, 'fields');
        return p;
      });
      const fields: OverrideMap = { ...current?.fields };
      const base: OverrideMap = { ...current?.base };
      for (const path of Object.keys(fields)) {
        const p = parsePath(path);
        const drop =
          !targets.length ||
          targets.some((t) =>
            t.kind === 'channel'
              ? p?.kind === 'variant' && p.channel === t.channel
              : t.kind === 'variant'
                ? path === variantPath(t.channel, t.key)
                : path === t.kind,
          );
        if (drop) {
          delete fields[path];
          delete base[path];
        }
      }
      return this.save(db, actor, postId, post, current, fields, base, 'post.override.clear');
    });
  }

  /**
   * Per overridden field: take the central version (the override goes) or keep the library's own (its
   * value stays; base moves to the central value now, so the field no longer shows as changed).
   * Decisions on fields that are not overridden change nothing, so a retried call is harmless. No
   * content check here: a decision never introduces text the library has not already been shown.
   */
  resolve(
    actor: Actor,
    postId: string,
    decisions: UpstreamDecisionInput[],
    version?: number | null,
  ): Promise<PostOverrideType> {
    return this.db.run(actor, async (db) => {
      const post = await this.post(db, postId);
      const current = await this.override(db, actor, postId, true);
      if (version !== undefined && version !== null) assertVersion(current, version);
      const seen = new Set<string>();
      for (const d of decisions) {
        const p = parsePath(d.field);
        if (!p || p.kind === 'channel') throw invalidField(d.field, 'decisions');
        if (seen.has(d.field))
          throw AppError.badInput('DUPLICATE_DECISION', `Two decisions for ${d.field}`, [
            { field: `decisions.${d.field}`, reason: 'unique', message: 'one decision per field' },
          ]);
        seen.add(d.field);
      }
      const fields: OverrideMap = { ...current?.fields };
      const base: OverrideMap = { ...current?.base };
      for (const d of decisions) {
        if (!(d.field in fields)) continue;
        if (d.take) {
          delete fields[d.field];
          delete base[d.field];
        } else {
          base[d.field] = upstreamValue(post, d.field);
        }
      }
      return this.save(db, actor, postId, post, current, fields, base, 'post.override.resolve');
    });
  }

  /** The central post as this library may see it (published only, by row-level security). */
  private async post(db: EntityManager, postId: string): Promise<OverridableContent> {
    if (!isUuid(postId)) throw notFound();
    const [post] = await db.query<OverridableContent[]>(
      'SELECT title, body, variants FROM posts WHERE id = $1',
      [postId],
    );
    if (!post) throw notFound();
    return post;
  }

  private async override(
    db: EntityManager,
    actor: Actor,
    postId: string,
    lock: boolean,
  ): Promise<OverrideRow | null> {
    const [row] = await db.query<OverrideRow[]>(
      `SELECT fields, base, version, updated_at FROM post_overrides WHERE tenant_id = $1 AND post_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [actor.tenantId, postId],
    );
    return row ?? null;
  }

  /**
   * Writes the new maps when anything changed: insert for a first override, otherwise an update
   * guarded by the version read under lock (a concurrent first insert ends in CONFLICT, not a
   * duplicate). Logs the feed event and the audit entry in the same transaction.
   */
  private async save(
    db: EntityManager,
    actor: Actor,
    postId: string,
    post: OverridableContent,
    current: OverrideRow | null,
    fields: OverrideMap,
    base: OverrideMap,
    action: string,
  ): Promise<PostOverrideType> {
    const unchanged =
      canonical(fields) === canonical(current?.fields ?? {}) &&
      canonical(base) === canonical(current?.base ?? {});
    if (unchanged) return view(postId, post, current);
    const expected = current?.version ?? 0;
    const [row] = await db.query<OverrideRow[]>(
      `INSERT INTO post_overrides (tenant_id, post_id, fields, base) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, post_id) DO UPDATE
          SET fields = EXCLUDED.fields, base = EXCLUDED.base, version = post_overrides.version + 1, updated_at = now()
        WHERE post_overrides.version = $5
       RETURNING fields, base, version, updated_at`,
      [actor.tenantId, postId, JSON.stringify(fields), JSON.stringify(base), expected],
    );
    if (!row) throw staleVersion(expected);
    await db.query(
      `INSERT INTO feed_events (xid, tenant_id, post_id, kind, data)
       VALUES (pg_current_xact_id()::text::bigint, $1, $2, 'OVERRIDE', $3)`,
      [actor.tenantId, postId, JSON.stringify({ overridden: sortPaths(Object.keys(fields)) })],
    );
    await this.audit.record(db, actor, {
      tenantId: actor.tenantId,
      action,
      entityType: 'post_override',
      entityId: postId,
      before: current ? { fields: current.fields, base: current.base } : null,
      after: { fields, base },
    });
    return view(postId, post, row);
  }
}

/** The fields the input names, as stored values; variant fields only for variants the post has. */
function givenFields(post: OverridableContent, input: PostOverrideInput): OverrideMap {
  const out: OverrideMap = {};
  if (input.title !== undefined && input.title !== null) out['title'] = input.title.trim();
  if (input.body !== undefined && input.body !== null) out['body'] = input.body;
  const seen = new Set<string>();
  for (const v of input.variants ?? []) {
    if (seen.has(v.channel))
      throw AppError.badInput('DUPLICATE_CHANNEL', `Two variants for ${v.channel}`, [
        { field: `variants.${v.channel}`, reason: 'unique', message: 'one variant per channel' },
      ]);
    seen.add(v.channel);
    if (!post.variants[v.channel])
      throw AppError.badInput('VARIANT_NOT_FOUND', `This post has no ${v.channel} variant to change`, [
        {
          field: `variants.${v.channel}`,
          reason: 'exists',
          message: 'the post has no variant for this channel',
        },
      ]);
    const values: [keyof typeof v, OverrideValue | undefined][] = [
      ['text', v.text ?? undefined],
      ['hashtags', v.hashtags?.map((h) => h.replace(/^#/, ''))],
      ['link', v.link],
      ['callToAction', v.callToAction],
    ];
    for (const [key, value] of values)
      if (value !== undefined) out[variantPath(v.channel, key as 'text')] = value;
  }
  if (!Object.keys(out).length)
    throw AppError.badInput('NOTHING_TO_OVERRIDE', 'Give at least one field to override', [
      { field: 'input', reason: 'required', message: 'no field given' },
    ]);
  return out;
}

function view(postId: string, post: OverridableContent, row: OverrideRow | null): PostOverrideType {
  const fields = row?.fields ?? {};
  return {
    postId,
    fields: sortPaths(Object.keys(fields)).map((field) => ({
      field,
      local: displayValue(fields[field]),
      upstream: displayValue(upstreamValue(post, field)),
    })),
    upstreamChanges: upstreamChanges(post, fields, row?.base ?? {}).map((c) => ({
      field: c.field,
      before: displayValue(c.before),
      after: displayValue(c.after),
    })),
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

function assertVersion(current: OverrideRow | null, version: number): void {
  const actual = current?.version ?? 0;
  if (actual !== version) throw staleVersion(actual);
}

const staleVersion = (current: number) =>
  AppError.conflict(
    'STALE_VERSION',
    `Your copy of this post was changed meanwhile; the current version is ${current}. Reload and try again`,
    { currentVersion: current },
  );

function invalidField(path: string, field: string): AppError {
  const detail: FieldErrorDetail = {
    field,
    reason: 'fieldPath',
    message: `${path} is not a field: use title, body or variants.<CHANNEL>.<text|hashtags|link|callToAction>`,
  };
  return AppError.badInput('INVALID_FIELD', detail.message, [detail]);
}

/** JSON with sorted keys, for comparing maps regardless of key order (jsonb reorders keys). */
function canonical(map: OverrideMap): string {
  return JSON.stringify(
    Object.keys(map)
      .sort()
      .map((k) => [k, map[k]]),
  );
}
