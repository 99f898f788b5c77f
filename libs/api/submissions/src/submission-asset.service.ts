import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AppError, type Actor } from '@bibliohub/api-core';
import {
  AssetService,
  AssetVersionEntity,
  AssetWarningReason,
  assertAttachment,
  PostAssetEntity,
  toAssetType,
  toVersionType,
  unusableReason,
  type AssetView,
} from '@bibliohub/api-assets';
import type { SubmissionAssetInput, SubmissionAssetType } from './dto/submission.type.js';
import { SubmissionAssetEntity } from './submission-asset.entity.js';
import type { SubmissionEntity } from './submission.entity.js';

/** What the audit log keeps of a submission's attachments. */
export interface AttachmentChange {
  before: { assetId: string; altText: string | null }[];
  after: { assetId: string; altText: string | null }[];
}

/** Reasons an asset may not travel with a submission: nobody may publish it any more. */
const BLOCKING: readonly AssetWarningReason[] = [
  AssetWarningReason.ARCHIVED,
  AssetWarningReason.EXPIRED,
  AssetWarningReason.CONSENT_EXPIRED,
];

/**
 * A submission's attachments: the library's own uploads, checked and replaced inside the submission's
 * transaction, loaded for a page of submissions at once, and on approval copied into the central
 * space and attached to the republished post.
 */
@Injectable()
export class SubmissionAssetService {
  constructor(private readonly assets: AssetService) {}

  /** Attachments of many submissions in three queries at most, as the caller may see the assets. */
  async attachmentsOf(
    db: EntityManager,
    submissionIds: readonly string[],
  ): Promise<Map<string, SubmissionAssetType[]>> {
    const byId = new Map<string, SubmissionAssetType[]>(submissionIds.map((id) => [id, []]));
    if (!submissionIds.length) return byId;
    const rows = await db.find(SubmissionAssetEntity, {
      where: { submissionId: In([...new Set(submissionIds)]) },
      order: { submissionId: 'ASC', position: 'ASC' },
    });
    const found = await this.attachedFiles(db, rows);
    for (const row of rows) {
      const attached = found.get(row);
      if (!attached) continue;
      byId.get(row.submissionId)?.push({
        position: row.position,
        altText: row.altText ?? attached.view.asset.altText,
        altTextOverride: row.altText,
        asset: toAssetType(attached.view),
        file: toVersionType(attached.file),
        centralAssetId: row.centralAssetId,
      });
    }
    return byId;
  }

  /**
   * Submitting pins each attachment to its asset's current file, so the editors review (and approval
   * copies) exactly what was submitted, even if the library replaces the file afterwards.
   */
  async pin(db: EntityManager, submissionId: string): Promise<void> {
    await db.query(
      `UPDATE submission_assets sa SET file_version = a.current_version
         FROM assets a WHERE a.id = sa.asset_id AND sa.submission_id = $1`,
      [submissionId],
    );
  }

  /** Editable again (changes requested): attachments follow their assets' current files until resubmitted. */
  async unpin(db: EntityManager, submissionId: string): Promise<void> {
    await db.query('UPDATE submission_assets SET file_version = NULL WHERE submission_id = $1', [
      submissionId,
    ]);
  }

  /** Each attachment's asset (with its current file) and the file it refers to (pinned or current). */
  private async attachedFiles(
    db: EntityManager,
    rows: SubmissionAssetEntity[],
  ): Promise<Map<SubmissionAssetEntity, { view: AssetView; file: AssetVersionEntity }>> {
    const views = await this.assets.loadMany(
      db,
      rows.map((r) => r.assetId),
    );
    const older = rows.filter((r) => {
      const current = views.get(r.assetId)?.asset.currentVersion;
      return r.fileVersion !== null && current !== undefined && r.fileVersion !== current;
    });
    const versions = older.length
      ? await db.find(AssetVersionEntity, {
          where: older.map((r) => ({ assetId: r.assetId, number: r.fileVersion! })),
        })
      : [];
    const out = new Map<SubmissionAssetEntity, { view: AssetView; file: AssetVersionEntity }>();
    for (const row of rows) {
      const view = views.get(row.assetId);
      if (!view) continue;
      const pinned = versions.find((v) => v.assetId === row.assetId && v.number === row.fileVersion);
      out.set(row, { view, file: pinned ?? view.file });
    }
    return out;
  }

  /**
   * Checks every item, then replaces the attachments (inside the caller's transaction, so a refusal
   * leaves nothing half-written). Returns null when nothing changed.
   */
  async replace(
    db: EntityManager,
    submission: Pick<SubmissionEntity, 'id' | 'tenantId'>,
    items: SubmissionAssetInput[],
  ): Promise<AttachmentChange | null> {
    const ids = items.map((i) => i.assetId);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0)
      throw AppError.badInput('DUPLICATE_ASSET', 'Each asset can be attached once', [
        { field: `assets.${duplicate}.assetId`, reason: 'unique', message: 'attached twice' },
      ]);
    const views = await this.assets.loadMany(db, ids);
    items.forEach((item, i) => assertAttachable(views.get(item.assetId), submission.tenantId, item, i));

    const before = await db.find(SubmissionAssetEntity, {
      where: { submissionId: submission.id },
      order: { position: 'ASC' },
    });
    const after = items.map((item, position) => ({
      assetId: item.assetId,
      position,
      altText: item.altText?.trim() || null,
    }));
    const same =
      before.length === after.length &&
      before.every((b, i) => b.assetId === after[i].assetId && b.altText === after[i].altText);
    if (same) return null;
    await db.delete(SubmissionAssetEntity, { submissionId: submission.id });
    if (after.length)
      await db.insert(
        SubmissionAssetEntity,
        after.map((a) => ({ ...a, submissionId: submission.id, tenantId: submission.tenantId })),
      );
    return {
      before: before.map((b) => ({ assetId: b.assetId, altText: b.altText })),
      after: after.map((a) => ({ assetId: a.assetId, altText: a.altText })),
    };
  }

  /**
   * On approval (central editor, inside the approval's transaction): each attachment (its pinned
   * file) becomes a new central asset (objects copied, see AssetService.copyWithin) with the
   * library's rights statement carried over and credited "Bron: <library>", attached to the new post
   * in the same order. Keys written to S3 are pushed onto `written` so the caller can remove them if
   * the approval fails.
   */
  async republish(
    db: EntityManager,
    actor: Actor,
    s: SubmissionEntity,
    libraryName: string,
    postId: string,
    written: string[],
  ): Promise<number> {
    const rows = await db.find(SubmissionAssetEntity, {
      where: { submissionId: s.id },
      order: { position: 'ASC' },
    });
    if (!rows.length) return 0;
    if (!s.mayShare)
      throw AppError.conflict(
        'SHARING_NOT_ALLOWED',
        'The library has not stated that its content may be shared; ask it for changes before approving',
        { currentStatus: s.status },
      );
    const found = await this.attachedFiles(db, rows);
    for (const row of rows) {
      const view = found.get(row)?.view;
      const reason = view ? unusableReason(view.asset) : AssetWarningReason.UNAVAILABLE;
      if (!view || (reason && BLOCKING.includes(reason)))
        throw AppError.conflict(
          'ATTACHMENT_UNUSABLE',
          `An attached file may not be published (${reason}); ask the library for changes`,
          { assetId: row.assetId, reason },
        );
    }
    for (const row of rows) {
      const { view, file } = found.get(row)!;
      const copy = await this.assets.copyWithin(
        db,
        actor,
        { asset: view.asset, file },
        actor.tenantId,
        centralFields(view, s, libraryName),
        written,
      );
      await db.insert(PostAssetEntity, {
        postId,
        assetId: copy.asset.id,
        tenantId: actor.tenantId,
        position: row.position,
        altText: row.altText,
      });
      await db.update(
        SubmissionAssetEntity,
        { submissionId: s.id, assetId: row.assetId },
        { centralAssetId: copy.asset.id },
      );
    }
    return rows.length;
  }
}

/**
 * The central copy's rights: the asset's own facts where the library gave them, else the submission's
 * rights statement; credit always names the library; consent is claimed only where the library
 * declared it, and a consent end date travels along (so the copy leaves every feed when it ends).
 */
function centralFields(view: AssetView, s: SubmissionEntity, libraryName: string) {
  const { asset } = view;
  const source = `Bron: ${libraryName}`;
  return {
    description: asset.description || `Uit de inzending "${s.title}" van ${libraryName}`,
    owner: asset.owner ?? libraryName,
    licence: asset.licence ?? s.rightsNote,
    creditLine: asset.creditLine
      ? asset.creditLine.includes(source)
        ? asset.creditLine
        : `${asset.creditLine} · ${source}`
      : source,
    portraitConsent: asset.portraitConsent || s.portraitConsent,
    portraitConsentUntil: asset.portraitConsentUntil,
  };
}

function assertAttachable(
  view: AssetView | undefined,
  tenantId: string,
  item: SubmissionAssetInput,
  i: number,
): void {
  const field = `assets.${i}`;
  const { asset } = assertAttachment(view, item, field, 'No such asset among your uploads');
  if (asset.tenantId !== tenantId)
    throw AppError.badInput(
      'ASSET_NOT_ATTACHABLE',
      'Attach your own uploads; the national house-style assets are already available centrally',
      [{ field: `${field}.assetId`, reason: 'owner', message: 'not one of your uploads' }],
    );
  const reason = unusableReason(asset);
  if (reason && BLOCKING.includes(reason))
    throw AppError.badInput(
      reason === AssetWarningReason.ARCHIVED ? 'ASSET_ARCHIVED' : 'ASSET_UNUSABLE',
      `"${asset.title}" may not be used any more (${reason})`,
      [{ field: `${field}.assetId`, reason: reason.toLowerCase(), message: reason }],
    );
}
