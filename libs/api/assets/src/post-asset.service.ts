import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppError, AuditService, isUuid, TenantDb, type Actor } from '@bibliohub/api-core';
import { AssetService } from './asset.service.js';
import { consentEnd, unusableReason, type AssetView } from './asset.mapper.js';
import { needsAltText } from './asset.rules.js';
import { AssetWarningReason } from './dto/asset.type.js';
import type { PostAssetInput } from './dto/asset.input.js';
import { PostAssetEntity } from './post-asset.entity.js';

/** One attachment as loaded for a post; `view` is null when the caller may not see the asset. */
export interface PostAttachment {
  postId: string;
  assetId: string;
  position: number;
  altTextOverride: string | null;
  view: AssetView | null;
}

export interface AttachmentWarning {
  assetId: string;
  title: string | null;
  reason: AssetWarningReason;
  since: Date | null;
}

/** Which assets a post uses, in order; loading them for a whole page of posts at once. */
@Injectable()
export class PostAssetService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly assets: AssetService,
  ) {}

  /**
   * Attachments of many posts in two queries (attachments, then the assets with their current
   * files), whatever the number of posts: the GraphQL field resolvers batch through this.
   */
  attachmentsOf(actor: Actor, postIds: readonly string[]): Promise<Map<string, PostAttachment[]>> {
    return this.db.run(actor, async (db) => {
      const rows = await db.find(PostAssetEntity, {
        where: { postId: In([...new Set(postIds)]) },
        order: { postId: 'ASC', position: 'ASC' },
      });
      const views = await this.assets.loadMany(
        db,
        rows.map((r) => r.assetId),
      );
      const byPost = new Map<string, PostAttachment[]>(postIds.map((id) => [id, []]));
      for (const row of rows) {
        byPost.get(row.postId)?.push({
          postId: row.postId,
          assetId: row.assetId,
          position: row.position,
          altTextOverride: row.altText,
          view: views.get(row.assetId) ?? null,
        });
      }
      return byPost;
    });
  }

  /** Replaces a post's attachments (central editors). Checks the post version when given. */
  set(actor: Actor, postId: string, version: number | undefined, items: PostAssetInput[]): Promise<void> {
    if (!isUuid(postId)) throw AppError.notFound('POST_NOT_FOUND', 'No such post');
    const ids = items.map((i) => i.assetId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      throw AppError.badInput('DUPLICATE_ASSET', 'Each asset can be attached once', [
        {
          field: `assets.${ids.lastIndexOf(duplicate)}.assetId`,
          reason: 'unique',
          message: 'attached twice',
        },
      ]);
    return this.db.run(actor, async (db) => {
      const [post] = await db.query<{ tenant_id: string; version: number }[]>(
        'SELECT tenant_id, version FROM posts WHERE id = $1 FOR UPDATE',
        [postId],
      );
      if (!post) throw AppError.notFound('POST_NOT_FOUND', 'No such post');
      if (version !== undefined && post.version !== version)
        throw AppError.conflict(
          'STALE_VERSION',
          `This post was changed meanwhile; the current version is ${post.version}. Reload and try again`,
          { currentVersion: post.version },
        );
      const views = await this.assets.loadMany(db, ids);
      items.forEach((item, i) => this.assertAttachable(views.get(item.assetId), post.tenant_id, item, i));

      const before = await db.find(PostAssetEntity, { where: { postId }, order: { position: 'ASC' } });
      const after = items.map((item, position) => ({
        assetId: item.assetId,
        position,
        altText: item.altText?.trim() || null,
      }));
      const same =
        before.length === after.length &&
        before.every((b, i) => b.assetId === after[i].assetId && (b.altText ?? null) === after[i].altText);
      if (same) return;
      await db.delete(PostAssetEntity, { postId });
      if (after.length)
        await db.insert(
          PostAssetEntity,
          after.map((a) => ({ ...a, postId, tenantId: post.tenant_id })),
        );
      // Attachments are part of the post: its version moves on, so stale editors are told.
      await db.query('UPDATE posts SET version = version + 1, updated_at = now() WHERE id = $1', [postId]);
      await this.audit.record(db, actor, {
        tenantId: post.tenant_id,
        action: 'post.setAssets',
        entityType: 'Post',
        entityId: postId,
        before: { assets: before.map((b) => ({ assetId: b.assetId, altText: b.altText })) },
        after: { assets: after.map((a) => ({ assetId: a.assetId, altText: a.altText })) },
      });
    });
  }

  private assertAttachable(
    view: AssetView | undefined,
    postTenant: string,
    item: PostAssetInput,
    i: number,
  ): void {
    const { asset } = assertAttachment(view, item, `assets.${i}`, 'No such asset');
    if (asset.tenantId !== postTenant)
      throw AppError.badInput(
        'ASSET_NOT_ATTACHABLE',
        'Only national house-style assets can be attached to shared posts',
        [{ field: `assets.${i}.assetId`, reason: 'owner', message: 'belongs to a library' }],
      );
    if (asset.archivedAt)
      throw AppError.badInput('ASSET_ARCHIVED', `"${asset.title}" is archived`, [
        { field: `assets.${i}.assetId`, reason: 'archived', message: 'archived' },
      ]);
  }
}

/**
 * What every attachment (to a post or a submission) needs: an asset the caller can see (another
 * tenant's is invisible, so it answers like an unknown id) and, for images, an alternative text on the
 * attachment or the asset. Returns the view for the caller's own rules.
 */
export function assertAttachment(
  view: AssetView | undefined,
  item: { altText?: string | null },
  field: string,
  notFound: string,
): AssetView {
  if (!view)
    throw AppError.badInput('ASSET_NOT_FOUND', notFound, [
      { field: `${field}.assetId`, reason: 'exists', message: 'unknown asset' },
    ]);
  if (needsAltText(view.asset.kind, view.file.mimeType) && !item.altText?.trim() && !view.asset.altText)
    throw AppError.badInput('ALT_TEXT_REQUIRED', 'Images need an alternative text', [
      { field: `${field}.altText`, reason: 'required', message: 'required for images' },
    ]);
  return view;
}

/** Problems of a post's attachments: expired, consent ended, archived, or gone from the caller's view. */
export function warningsOf(attachments: PostAttachment[], now = new Date()): AttachmentWarning[] {
  const warnings: AttachmentWarning[] = [];
  for (const a of attachments) {
    if (!a.view) {
      warnings.push({ assetId: a.assetId, title: null, reason: AssetWarningReason.UNAVAILABLE, since: null });
      continue;
    }
    const reason = unusableReason(a.view.asset, now);
    if (!reason) continue;
    const since =
      reason === AssetWarningReason.EXPIRED
        ? a.view.asset.validUntil
        : reason === AssetWarningReason.ARCHIVED
          ? a.view.asset.archivedAt
          : reason === AssetWarningReason.CONSENT_EXPIRED && a.view.asset.portraitConsentUntil
            ? consentEnd(a.view.asset.portraitConsentUntil)
            : null;
    warnings.push({ assetId: a.assetId, title: a.view.asset.title, reason, since });
  }
  return warnings;
}
