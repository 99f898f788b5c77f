import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ErrorCode, RenditionStatus, type AssetKind } from '@bibliohub/contracts';
import {
  APP_CONFIG,
  AppError,
  AuditService,
  dbRoleOf,
  decodeCursor,
  isUuid,
  JobQueue,
  JobWorker,
  LOGGER,
  StorageService,
  TenantDb,
  toPage,
  type Actor,
  type AppConfig,
  type Page,
} from '@bibliohub/api-core';
import { ThemeEntity } from '@bibliohub/api-content';
import { AssetVersionEntity, type RenditionFile, type Renditions } from './asset-version.entity.js';
import { AssetEntity } from './asset.entity.js';
import { assetPrefix, originalKey, versionPrefix } from './asset-keys.js';
import { snapshotOf, type AssetView } from './asset.mapper.js';
import { needsAltText, rendersAsImage } from './asset.rules.js';
import { BrandKitAssetEntity } from './brand-kit.entity.js';
import { AssetRendition, type AssetUsageType } from './dto/asset.type.js';
import {
  AssetScope,
  type AssetFieldsInput,
  type AssetsArgs,
  type ExpiringAssetsArgs,
  type FinalizeAssetUploadInput,
} from './dto/asset.input.js';
import { PostAssetEntity } from './post-asset.entity.js';
import { uploadTokenKey, verifyUploadToken, type UploadFacts } from './upload-token.js';

export const RENDITIONS_JOB = 'asset.renditions';
export const PURGE_OBJECTS_JOB = 'asset.purge-objects';

/** A file to stream to a caller. */
export interface LocatedFile {
  key: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** Name for Content-Disposition. */
  filename: string;
  disposition: 'attachment' | 'inline';
}

const notFound = () => AppError.notFound('ASSET_NOT_FOUND', 'No such asset');
const storageFailed = () =>
  new AppError(ErrorCode.INTERNAL, 'STORAGE_FAILED', 'The file could not be stored; try again later');
const uploadGone = () =>
  AppError.badInput(
    'UPLOAD_NOT_FOUND',
    'The uploaded file is no longer there (already used, or removed after 24 hours); upload it again',
    [{ field: 'uploadToken', reason: 'gone', message: 'staged file not found' }],
  );
const staleVersion = (current: number) =>
  AppError.conflict(
    'STALE_VERSION',
    `This asset was changed meanwhile; the current version is ${current}. Reload and try again`,
    { currentVersion: current },
  );

/**
 * The asset library: finalising uploads into assets, new file versions, descriptive edits, archive and
 * delete, usage, expiry lists and locating files for download. Every S3 step happens before the rows
 * that point at it are committed, and is undone when the commit fails.
 */
@Injectable()
export class AssetService implements OnModuleInit {
  private readonly tokenKey: Buffer;

  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly worker: JobWorker,
    private readonly storage: StorageService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.tokenKey = uploadTokenKey(config.secrets.JWT_SECRET);
  }

  onModuleInit(): void {
    this.worker.register(PURGE_OBJECTS_JOB, async (payload) => {
      await this.purgeObjects(String(payload['tenantId']), String(payload['assetId']));
    });
  }

  get(actor: Actor, id: string): Promise<AssetView> {
    if (!isUuid(id)) throw notFound();
    return this.db.run(actor, (db) => this.load(db, id));
  }

  list(actor: Actor, args: AssetsArgs): Promise<Page<AssetView>> {
    return this.db.run(actor, async (db) => {
      const qb = this.query(db).addSelect(
        `to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
        'a_key',
      );
      if (args.kinds?.length) qb.andWhere('a.kind IN (:...kinds)', { kinds: args.kinds });
      if (args.search)
        qb.andWhere(
          `(a.title ILIKE :search OR a.description ILIKE :search OR array_to_string(a.tags, ' ') ILIKE :search)`,
          { search: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
        );
      if (args.tag) qb.andWhere(':tag = ANY(a.tags)', { tag: args.tag.trim().toLowerCase() });
      if (args.themeId) qb.andWhere(':themeId = ANY(a.theme_ids)', { themeId: args.themeId });
      if (!args.includeArchived) qb.andWhere('a.archived_at IS NULL');
      if (args.scope === AssetScope.OWN) qb.andWhere('a.tenant_id = :tenantId', { tenantId: actor.tenantId });
      if (args.scope === AssetScope.CENTRAL)
        qb.andWhere('a.tenant_id = ANY ((SELECT app_central_tenant_ids())::uuid[])');
      const after = decodeCursor(args.after, 2);
      if (after)
        qb.andWhere(`(a.created_at, a.id) < (:k::timestamp AT TIME ZONE 'UTC', :i)`, {
          k: after[0],
          i: after[1],
        });
      qb.orderBy('a.created_at', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .limit(args.first + 1);
      const { entities, raw } = await qb.getRawAndEntities<{ a_key: string }>();
      const keys = new Map(entities.map((e, i) => [e.id, raw[i].a_key]));
      const page = toPage(entities, args.first, (a) => [keys.get(a.id)!, a.id]);
      return { pageInfo: page.pageInfo, nodes: page.nodes.map(viewOf) };
    });
  }

  /** Assets by id with their current file, in one query, as the caller may see them (for loaders). */
  async loadMany(db: EntityManager, ids: readonly string[]): Promise<Map<string, AssetView>> {
    if (!ids.length) return new Map();
    const rows = await this.query(db)
      .where('a.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((a) => [a.id, viewOf(a)]));
  }

  /** Every version of each asset, newest first (one query for all). */
  versionsOf(actor: Actor, assetIds: readonly string[]): Promise<Map<string, AssetVersionEntity[]>> {
    return this.db.run(actor, async (db) => {
      const rows = await db.find(AssetVersionEntity, {
        where: { assetId: In([...new Set(assetIds)]) },
        order: { number: 'DESC' },
      });
      const byAsset = new Map<string, AssetVersionEntity[]>(assetIds.map((id) => [id, []]));
      for (const row of rows) byAsset.get(row.assetId)?.push(row);
      return byAsset;
    });
  }

  /** Turns a staged upload into a new asset (version 1). */
  async finalize(actor: Actor, input: FinalizeAssetUploadInput): Promise<AssetView> {
    const facts = verifyUploadToken(this.tokenKey, input.uploadToken, actor.tenantId);
    const fields = fieldsOf(input);
    assertAssetRules(facts.kind, facts.mimeType, { ...EMPTY_FIELDS, ...fields });
    if (fields.themeIds?.length) await this.db.run(actor, (db) => assertThemes(db, fields.themeIds!));
    await this.assertStaged(facts);

    const assetId = randomUUID();
    const key = originalKey(actor.tenantId, assetId, 1);
    await this.copyToFinal(facts, key);
    try {
      const view = await this.db.run(actor, async (db) => {
        await db.insert(AssetEntity, {
          ...EMPTY_FIELDS,
          ...fields,
          id: assetId,
          tenantId: actor.tenantId,
          kind: facts.kind,
          currentVersion: 1,
          lastVersionNumber: 1,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        await this.insertVersion(db, actor, assetId, 1, key, facts);
        const saved = await this.load(db, assetId);
        await this.audit.record(db, actor, {
          tenantId: actor.tenantId,
          action: 'asset.create',
          entityType: 'Asset',
          entityId: assetId,
          after: snapshotOf(saved.asset, saved.file),
        });
        return saved;
      });
      await this.discardStaged(facts.key);
      return view;
    } catch (error) {
      await this.deleteQuietly(key);
      throw error;
    }
  }

  /**
   * Copies an asset's file (`source.file`: the current or a pinned version, with its renditions when
   * made) into another tenant's space as a new asset with version 1, inside the caller's transaction
   * (approving a submission republishes a library's upload centrally). `fields` override the source's
   * descriptive and rights fields.
   *
   * The objects are copied (server-side, no bytes through the API), never shared: everything under
   * `assets/<tenant>/<asset>/` belongs to that one asset, so the owner deleting or replacing its file
   * (which purges or adds objects under that prefix) can never break the copy. Every key written is
   * pushed onto `written` before the copy starts, so the caller can delete them if its transaction
   * does not commit.
   */
  async copyWithin(
    db: EntityManager,
    actor: Actor,
    source: AssetView,
    tenantId: string,
    fields: AssetFields,
    written: string[],
  ): Promise<AssetView> {
    const assetId = randomUUID();
    const prefix = versionPrefix(tenantId, assetId, 1);
    const file = source.file;
    const copy = async (from: string, to: string, contentType: string) => {
      written.push(to);
      try {
        await this.storage.copy(from, to, { contentType });
      } catch (error) {
        this.logger.error({ err: error, from, to }, 'S3 copy of an asset failed');
        throw storageFailed();
      }
    };
    const key = originalKey(tenantId, assetId, 1);
    await copy(file.objectKey, key, file.mimeType);
    const ready = file.renditionsStatus === RenditionStatus.READY;
    const renditions: Renditions = {};
    if (ready) {
      for (const [name, made] of Object.entries(file.renditions ?? {}) as [
        keyof Renditions,
        RenditionFile,
      ][]) {
        const target = `${prefix}${made.key.slice(made.key.lastIndexOf('/') + 1)}`;
        await copy(made.key, target, made.mimeType);
        renditions[name] = { ...made, key: target };
      }
    }
    const { asset } = source;
    await db.insert(AssetEntity, {
      title: asset.title,
      description: asset.description,
      altText: asset.altText,
      tags: asset.tags,
      themeIds: asset.themeIds,
      owner: asset.owner,
      licence: asset.licence,
      creditLine: asset.creditLine,
      portraitConsent: asset.portraitConsent,
      portraitConsentUntil: asset.portraitConsentUntil,
      validFrom: asset.validFrom,
      validUntil: asset.validUntil,
      ...fields,
      id: assetId,
      tenantId,
      kind: asset.kind,
      currentVersion: 1,
      lastVersionNumber: 1,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    const status = ready
      ? RenditionStatus.READY
      : rendersAsImage(file.mimeType)
        ? RenditionStatus.PENDING
        : RenditionStatus.NONE;
    await db.insert(AssetVersionEntity, {
      tenantId,
      assetId,
      number: 1,
      objectKey: key,
      originalName: file.originalName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      width: file.width,
      height: file.height,
      renditions,
      renditionsStatus: status,
      createdBy: actor.id,
    });
    if (status === RenditionStatus.PENDING)
      await this.jobs.enqueue(db, RENDITIONS_JOB, { assetId, number: 1 }, { tenantId, maxAttempts: 4 });
    const saved = await this.load(db, assetId);
    await this.audit.record(db, actor, {
      tenantId,
      action: 'asset.copy',
      entityType: 'Asset',
      entityId: assetId,
      after: { ...snapshotOf(saved.asset, saved.file), copiedFrom: asset.id },
    });
    return saved;
  }

  /** Deletes objects written for a transaction that then failed (see copyWithin). */
  async discardObjects(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.deleteQuietly(key);
  }

  /** A new file for an existing asset: same id, version n + 1, older versions kept. */
  async replaceFile(actor: Actor, assetId: string, token: string, version: number): Promise<AssetView> {
    const facts = verifyUploadToken(this.tokenKey, token, actor.tenantId);
    if (!isUuid(assetId)) throw notFound();
    // Reserve the next version number (committed at once, never reused), so the object key is ours alone.
    const { number, ownerTenant } = await this.db.run(actor, async (db) => {
      const { asset } = await this.load(db, assetId);
      assertWritable(actor, asset);
      if (asset.version !== version) throw staleVersion(asset.version);
      if (facts.kind !== asset.kind)
        throw AppError.badInput(
          'KIND_MISMATCH',
          `The upload was made for ${facts.kind}; this asset is a ${asset.kind}. Upload again with kind=${asset.kind}`,
          [{ field: 'uploadToken', reason: 'kind', message: `expected ${asset.kind}` }],
        );
      assertAssetRules(asset.kind, facts.mimeType, asset);
      // UPDATE … RETURNING through TypeORM answers [rows, rowCount].
      const [rows] = await db.query<[{ n: number }[], number]>(
        `UPDATE assets SET last_version_number = last_version_number + 1 WHERE id = $1 AND version = $2
         RETURNING last_version_number AS n`,
        [assetId, version],
      );
      if (!rows[0]) throw staleVersion(asset.version);
      return { number: rows[0].n, ownerTenant: asset.tenantId };
    });
    await this.assertStaged(facts);
    const key = originalKey(ownerTenant, assetId, number);
    await this.copyToFinal(facts, key);
    try {
      const view = await this.db.run(actor, async (db) => {
        const before = await this.load(db, assetId);
        await this.insertVersion(db, actor, assetId, number, key, facts, ownerTenant);
        await this.write(db, assetId, version, { currentVersion: number, updatedBy: actor.id });
        const saved = await this.load(db, assetId);
        await this.audit.record(db, actor, {
          tenantId: ownerTenant,
          action: 'asset.replaceFile',
          entityType: 'Asset',
          entityId: assetId,
          before: snapshotOf(before.asset, before.file),
          after: snapshotOf(saved.asset, saved.file),
        });
        return saved;
      });
      await this.discardStaged(facts.key);
      return view;
    } catch (error) {
      await this.deleteQuietly(key);
      throw error;
    }
  }

  update(actor: Actor, id: string, version: number, input: AssetFieldsInput): Promise<AssetView> {
    if (!isUuid(id)) throw notFound();
    const fields = fieldsOf(input);
    return this.db.run(actor, async (db) => {
      const current = await this.load(db, id);
      assertWritable(actor, current.asset);
      if (current.asset.version !== version) throw staleVersion(current.asset.version);
      assertAssetRules(current.asset.kind, current.file.mimeType, { ...current.asset, ...fields });
      if (fields.themeIds?.length) await assertThemes(db, fields.themeIds);
      await this.write(db, id, version, { ...fields, updatedBy: actor.id });
      const saved = await this.load(db, id);
      await this.audit.record(db, actor, {
        tenantId: saved.asset.tenantId,
        action: 'asset.update',
        entityType: 'Asset',
        entityId: id,
        before: snapshotOf(current.asset),
        after: snapshotOf(saved.asset),
      });
      return saved;
    });
  }

  setArchived(actor: Actor, id: string, version: number, archived: boolean): Promise<AssetView> {
    if (!isUuid(id)) throw notFound();
    return this.db.run(actor, async (db) => {
      const current = await this.load(db, id);
      assertWritable(actor, current.asset);
      if (current.asset.version !== version) throw staleVersion(current.asset.version);
      await this.write(db, id, version, { archivedAt: archived ? new Date() : null, updatedBy: actor.id });
      const saved = await this.load(db, id);
      await this.audit.record(db, actor, {
        tenantId: saved.asset.tenantId,
        action: archived ? 'asset.archive' : 'asset.unarchive',
        entityType: 'Asset',
        entityId: id,
        before: snapshotOf(current.asset),
        after: snapshotOf(saved.asset),
      });
      return saved;
    });
  }

  /**
   * Deletes an unused asset: rows first (with a purge job in the same transaction), then every object
   * under its prefix (all versions and renditions). In use → CONFLICT ASSET_IN_USE; archive it instead.
   */
  async delete(actor: Actor, id: string, version: number): Promise<boolean> {
    if (!isUuid(id)) throw notFound();
    const tenantId = await this.db.run(actor, async (db) => {
      const current = await this.load(db, id);
      assertWritable(actor, current.asset);
      if (current.asset.version !== version) throw staleVersion(current.asset.version);
      await this.assertUnused(db, id);
      // A savepoint, so the transaction can still answer after a foreign-key refusal.
      await db.query('SAVEPOINT asset_delete');
      try {
        const result = await db
          .createQueryBuilder()
          .delete()
          .from(AssetEntity)
          .where('id = :id AND version = :version', { id, version })
          .execute();
        if (result.affected !== 1) throw staleVersion(current.asset.version);
      } catch (error) {
        // 23001 restrict_violation (ON DELETE RESTRICT), 23503 foreign_key_violation: attached
        // meanwhile, or referenced where the checks above do not look (a submission's attachments).
        if (!['23001', '23503'].includes((error as { code?: string }).code ?? '')) throw error;
        await db.query('ROLLBACK TO SAVEPOINT asset_delete');
        await this.assertUnused(db, id);
        throw AppError.conflict(
          'ASSET_IN_USE',
          'The asset is attached to a submission or a post; detach it first or archive it instead',
          { postIds: [], inBrandKit: false },
        );
      }
      await this.jobs.enqueue(
        db,
        PURGE_OBJECTS_JOB,
        { tenantId: current.asset.tenantId, assetId: id },
        { tenantId: current.asset.tenantId, runAt: new Date(Date.now() + 60_000) },
      );
      await this.audit.record(db, actor, {
        tenantId: current.asset.tenantId,
        action: 'asset.delete',
        entityType: 'Asset',
        entityId: id,
        before: snapshotOf(current.asset, current.file),
      });
      return current.asset.tenantId;
    });
    // The purge job retries this if S3 is unavailable now.
    await this.purgeObjects(tenantId, id).catch((error: unknown) =>
      this.logger.warn({ err: error, assetId: id }, 'deleting asset objects failed; the purge job retries'),
    );
    return true;
  }

  /** Posts that use an asset (as far as the caller can see them). */
  usage(actor: Actor, id: string): Promise<AssetUsageType[]> {
    if (!isUuid(id)) throw notFound();
    return this.db.run(actor, async (db) => {
      await this.load(db, id);
      return this.usageIn(db, id);
    });
  }

  /** Central assets whose validity or portrait consent ends within `days` (optionally: already ended). */
  expiring(actor: Actor, args: ExpiringAssetsArgs): Promise<AssetView[]> {
    return this.db.run(actor, async (db) => {
      const today = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
      const rows = await this.query(db)
        .where('a.archived_at IS NULL')
        .andWhere('a.tenant_id = ANY ((SELECT app_central_tenant_ids())::uuid[])')
        .andWhere(
          `((a.valid_until <= now() + make_interval(days => :days) AND (:expired OR a.valid_until > now()))
            OR (a.portrait_consent_until < ${today} + :days::int AND (:expired OR a.portrait_consent_until >= ${today})))`,
          { days: args.days, expired: args.includeExpired },
        )
        .orderBy(
          `least(a.valid_until, (a.portrait_consent_until + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
          'ASC',
        )
        .addOrderBy('a.id', 'ASC')
        .limit(500)
        .getMany();
      return rows.map(viewOf);
    });
  }

  /** Finds the object behind a download URL, if the caller may see it. */
  locateFile(actor: Actor, id: string, rendition: string, versionNumber?: number): Promise<LocatedFile> {
    if (!isUuid(id)) throw notFound();
    if (!(Object.values(AssetRendition) as string[]).includes(rendition))
      throw AppError.notFound(
        'RENDITION_NOT_FOUND',
        `No such rendition; use one of ${Object.values(AssetRendition).join(', ')}`,
      );
    return this.db.run(actor, async (db) => {
      const { asset } = await this.load(db, id);
      const number = versionNumber ?? asset.currentVersion;
      const file = await db.findOneBy(AssetVersionEntity, { assetId: id, number });
      if (!file) throw AppError.notFound('VERSION_NOT_FOUND', `This asset has no version ${number}`);
      if (rendition === (AssetRendition.ORIGINAL as string)) {
        return {
          key: file.objectKey,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
          filename: file.originalName,
          disposition: 'attachment',
        };
      }
      const made = file.renditions?.[rendition as keyof typeof file.renditions];
      if (!made)
        throw new AppError(
          ErrorCode.NOT_FOUND,
          'RENDITION_NOT_AVAILABLE',
          file.renditionsStatus === RenditionStatus.PENDING
            ? 'This rendition is still being made; try again shortly'
            : 'This file has no such rendition',
          undefined,
          { renditionsStatus: file.renditionsStatus },
        );
      const base = file.originalName.replace(/\.[^.]*$/, '');
      return {
        key: made.key,
        mimeType: made.mimeType,
        size: made.size,
        sha256: made.sha256,
        filename: `${base}-${rendition}.${made.mimeType === 'image/avif' ? 'avif' : 'webp'}`,
        disposition: 'inline',
      };
    });
  }

  /** Removes every object of an asset (all versions, renditions, leftovers of failed replacements). */
  async purgeObjects(tenantId: string, assetId: string): Promise<number> {
    let removed = 0;
    for await (const object of this.storage.list(assetPrefix(tenantId, assetId))) {
      await this.storage.delete(object.key);
      removed += 1;
    }
    return removed;
  }

  private query(db: EntityManager): SelectQueryBuilder<AssetEntity> {
    return db
      .createQueryBuilder(AssetEntity, 'a')
      .innerJoinAndMapOne(
        'a.file',
        AssetVersionEntity,
        'v',
        'v.asset_id = a.id AND v.number = a.current_version',
      );
  }

  private async load(db: EntityManager, id: string): Promise<AssetView> {
    const asset = await this.query(db).where('a.id = :id', { id }).getOne();
    if (!asset) throw notFound();
    return viewOf(asset);
  }

  private async usageIn(db: EntityManager, id: string): Promise<AssetUsageType[]> {
    return db.query<AssetUsageType[]>(
      `SELECT pa.post_id AS "postId", p.title AS "postTitle", p.status AS "postStatus", pa.position
         FROM post_assets pa JOIN posts p ON p.id = pa.post_id
        WHERE pa.asset_id = $1 ORDER BY p.updated_at DESC, p.id`,
      [id],
    );
  }

  private async assertUnused(db: EntityManager, id: string): Promise<void> {
    const posts = await this.usageIn(db, id);
    const inBrandKit = await db.existsBy(BrandKitAssetEntity, { assetId: id });
    const hidden = await db.existsBy(PostAssetEntity, { assetId: id });
    if (posts.length || inBrandKit || hidden)
      throw AppError.conflict(
        'ASSET_IN_USE',
        `The asset is used by ${posts.length} post(s)${inBrandKit ? ' and the brand kit' : ''}; detach it first or archive it instead`,
        { postIds: posts.map((p) => p.postId), inBrandKit },
      );
  }

  private async insertVersion(
    db: EntityManager,
    actor: Actor,
    assetId: string,
    number: number,
    key: string,
    facts: UploadFacts,
    tenantId = actor.tenantId,
  ): Promise<void> {
    const renders = rendersAsImage(facts.mimeType);
    await db
      .insert(AssetVersionEntity, {
        tenantId,
        assetId,
        number,
        objectKey: key,
        uploadKey: facts.key,
        originalName: facts.originalName,
        mimeType: facts.mimeType,
        size: facts.size,
        sha256: facts.sha256,
        width: facts.width,
        height: facts.height,
        renditions: {},
        renditionsStatus: renders ? RenditionStatus.PENDING : RenditionStatus.NONE,
        createdBy: actor.id,
      })
      .catch((error: Error & { constraint?: string }) => {
        // A second finalize of the same token at the same time: the first one took the upload.
        throw error.constraint === 'asset_versions_upload_key' ? uploadGone() : error;
      });
    if (renders)
      await this.jobs.enqueue(db, RENDITIONS_JOB, { assetId, number }, { tenantId, maxAttempts: 4 });
  }

  /** Optimistic concurrency: the UPDATE only matches the version the caller saw. */
  private async write(
    db: EntityManager,
    id: string,
    version: number,
    fields: Partial<AssetEntity>,
  ): Promise<void> {
    const result = await db
      .createQueryBuilder()
      .update(AssetEntity)
      .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) {
      const current = await db.findOneBy(AssetEntity, { id });
      throw staleVersion(current?.version ?? version);
    }
  }

  private async assertStaged(facts: UploadFacts): Promise<void> {
    let staged;
    try {
      staged = await this.storage.head(facts.key);
    } catch (error) {
      this.logger.error({ err: error, key: facts.key }, 'S3 HEAD of a staged upload failed');
      throw storageFailed();
    }
    if (!staged || staged.size !== facts.size) throw uploadGone();
  }

  private async copyToFinal(facts: UploadFacts, key: string): Promise<void> {
    try {
      await this.storage.copy(facts.key, key, { contentType: facts.mimeType });
    } catch (error) {
      this.logger.error({ err: error, from: facts.key, to: key }, 'S3 copy of an upload failed');
      await this.deleteQuietly(key);
      throw storageFailed();
    }
  }

  private async discardStaged(key: string): Promise<void> {
    await this.deleteQuietly(key);
  }

  private async deleteQuietly(key: string): Promise<void> {
    await this.storage
      .delete(key)
      .catch((error: unknown) =>
        this.logger.warn(
          { err: error, key },
          'could not delete an object; a sweep or purge removes it later',
        ),
      );
  }
}

function viewOf(asset: AssetEntity): AssetView {
  return { asset, file: asset.file! };
}

const EMPTY_FIELDS = {
  description: '',
  altText: null,
  tags: [] as string[],
  themeIds: [] as string[],
  owner: null,
  licence: null,
  creditLine: null,
  portraitConsent: false,
  portraitConsentUntil: null,
  validFrom: null,
  validUntil: null,
};

/** Descriptive, rights and validity columns (what inputs set and copies override). */
export type AssetFields = Partial<Omit<AssetEntity, 'id' | 'tenantId' | 'kind' | 'file'>>;

function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The columns an input sets (undefined = leave as is). */
export function fieldsOf(input: AssetFieldsInput): AssetFields {
  const out: AssetFields = {};
  if (input.title !== undefined) out.title = input.title.trim();
  if (input.description !== undefined) out.description = input.description.trim();
  if (input.altText !== undefined) out.altText = blankToNull(input.altText) ?? null;
  if (input.tags !== undefined)
    out.tags = [...new Set(input.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (input.themeIds !== undefined) out.themeIds = [...new Set(input.themeIds)];
  if (input.validFrom !== undefined) out.validFrom = input.validFrom;
  if (input.validUntil !== undefined) out.validUntil = input.validUntil;
  const rights = input.rights;
  if (rights) {
    if (rights.owner !== undefined) out.owner = blankToNull(rights.owner) ?? null;
    if (rights.licence !== undefined) out.licence = blankToNull(rights.licence) ?? null;
    if (rights.creditLine !== undefined) out.creditLine = blankToNull(rights.creditLine) ?? null;
    if (rights.portraitConsent !== undefined) out.portraitConsent = rights.portraitConsent;
    if (rights.portraitConsentUntil !== undefined) out.portraitConsentUntil = rights.portraitConsentUntil;
  }
  return out;
}

/** Rules across fields: alt text for images, a sensible validity window, consent dates only with consent. */
export function assertAssetRules(
  kind: AssetKind,
  mimeType: string,
  asset: Pick<
    AssetEntity,
    'altText' | 'validFrom' | 'validUntil' | 'portraitConsent' | 'portraitConsentUntil'
  >,
): void {
  if (needsAltText(kind, mimeType) && !asset.altText?.trim())
    throw AppError.badInput(
      'ALT_TEXT_REQUIRED',
      'Images need an alternative text: describe what the image shows for people who cannot see it',
      [{ field: 'altText', reason: 'required', message: 'required for images' }],
    );
  if (asset.validFrom && asset.validUntil && asset.validFrom >= asset.validUntil)
    throw AppError.badInput('INVALID_VALIDITY', '`validUntil` must lie after `validFrom`', [
      { field: 'validUntil', reason: 'after', message: 'must be after validFrom' },
    ]);
  if (asset.portraitConsentUntil && !asset.portraitConsent)
    throw AppError.badInput(
      'CONSENT_DATE_WITHOUT_CONSENT',
      'A portrait-consent end date needs portraitConsent: true',
      [{ field: 'rights.portraitConsentUntil', reason: 'consent', message: 'set portraitConsent first' }],
    );
}

function assertWritable(actor: Actor, asset: AssetEntity): void {
  if (dbRoleOf(actor) === 'central') return;
  if (asset.tenantId !== actor.tenantId)
    throw AppError.forbidden(
      'ASSET_READ_ONLY',
      'Only central editors change the national house-style assets',
    );
}

async function assertThemes(db: EntityManager, ids: string[]): Promise<void> {
  const found = await db.countBy(ThemeEntity, { id: In(ids) });
  if (found !== new Set(ids).size)
    throw AppError.badInput('THEME_NOT_FOUND', 'One of the themes does not exist', [
      { field: 'themeIds', reason: 'exists', message: 'unknown theme' },
    ]);
}
