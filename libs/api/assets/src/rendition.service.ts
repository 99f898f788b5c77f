import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import sharp from 'sharp';
import { RenditionStatus } from '@bibliohub/contracts';
import {
  JobWorker,
  LOGGER,
  PermanentJobError,
  StorageService,
  TenantDb,
  type JobContext,
} from '@bibliohub/api-core';
import { AssetVersionEntity, type RenditionFile, type Renditions } from './asset-version.entity.js';
import { versionPrefix } from './asset-keys.js';
import { RENDITIONS_JOB } from './asset.service.js';

interface RenditionSpec {
  name: keyof Renditions;
  width: number;
  format: 'webp' | 'avif';
  file: string;
}

/** What libraries download instead of a heavy original: WebP everywhere, AVIF where smaller matters. */
export const RENDITION_SPECS: readonly RenditionSpec[] = [
  { name: 'thumb', width: 320, format: 'webp', file: 'thumb.webp' },
  { name: 'preview', width: 1280, format: 'webp', file: 'preview.webp' },
  { name: 'preview-avif', width: 1280, format: 'avif', file: 'preview.avif' },
];

/** Decoding limit: refuses decompression bombs (sharp's default, stated). */
const MAX_INPUT_PIXELS = 268_402_689;

/** S3 and network errors are worth retrying; anything sharp says about the bytes is not. */
function isTransient(error: unknown): boolean {
  const e = error as { $metadata?: unknown; code?: string; name?: string };
  return (
    e.$metadata !== undefined ||
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE'].includes(e.code ?? '') ||
    e.name === 'TimeoutError'
  );
}

/**
 * The `asset.renditions` job: streams the original from S3 into sharp (EXIF orientation applied,
 * metadata such as GPS stripped) and writes the renditions next to it, then marks the version READY;
 * undecodable files become FAILED at once, S3 trouble is retried with backoff.
 */
@Injectable()
export class RenditionService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: StorageService,
    private readonly worker: JobWorker,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.worker.register(RENDITIONS_JOB, (payload, context) => this.render(payload, context));
  }

  async render(payload: Record<string, unknown>, context: JobContext): Promise<void> {
    const tenantId = context.tenantId;
    const assetId = String(payload['assetId']);
    const number = Number(payload['number']);
    if (!tenantId) throw new PermanentJobError('renditions job without a tenant');
    const version = await this.db.asTenant(tenantId, (db) =>
      db.findOneBy(AssetVersionEntity, { assetId, number }),
    );
    if (!version || version.renditionsStatus === RenditionStatus.READY) return; // deleted meanwhile, or done
    try {
      const { renditions, width, height } = await this.make(version);
      await this.db.asTenant(tenantId, (db) =>
        db.update(
          AssetVersionEntity,
          { id: version.id },
          {
            renditions,
            renditionsStatus: RenditionStatus.READY,
            width: version.width ?? width,
            height: version.height ?? height,
          },
        ),
      );
    } catch (error) {
      const permanent = !isTransient(error);
      if (permanent || context.attempt >= context.maxAttempts) {
        await this.db.asTenant(tenantId, (db) =>
          db.update(AssetVersionEntity, { id: version.id }, { renditionsStatus: RenditionStatus.FAILED }),
        );
        this.logger.warn({ err: error, assetId, number }, 'renditions failed');
      }
      throw permanent ? new PermanentJobError(String((error as Error).message || error)) : error;
    }
  }

  private async make(
    version: AssetVersionEntity,
  ): Promise<{ renditions: Renditions; width: number | null; height: number | null }> {
    const object = await this.storage.get(version.objectKey);
    if (!object) throw new PermanentJobError(`original ${version.objectKey} is missing`);
    const input = sharp({
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
      // SVG logos are often tiny at 72 dpi; render them sharper so the preview is crisp.
      ...(version.mimeType === 'image/svg+xml' ? { density: 300 } : {}),
    }).rotate();
    const outputs = RENDITION_SPECS.map((spec) => {
      const pipeline = input.clone().resize({ width: spec.width, withoutEnlargement: true });
      const encoded =
        spec.format === 'webp' ? pipeline.webp({ quality: 80 }) : pipeline.avif({ quality: 50, effort: 4 });
      return encoded.toBuffer({ resolveWithObject: true });
    });
    const metadata = input.clone().metadata();
    object.body.on('error', (error) => input.destroy(error));
    object.body.pipe(input);
    const results = await Promise.all(outputs);
    const meta = await metadata;

    const prefix = versionPrefix(version.tenantId, version.assetId, version.number);
    const renditions: Renditions = {};
    for (const [i, spec] of RENDITION_SPECS.entries()) {
      const { data, info } = results[i];
      const file: RenditionFile = {
        key: `${prefix}${spec.file}`,
        mimeType: `image/${spec.format}`,
        width: info.width,
        height: info.height,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
      };
      await this.storage.put(file.key, data, file.mimeType);
      renditions[spec.name] = file;
    }
    const rotated = (meta.orientation ?? 1) >= 5;
    return {
      renditions,
      width: (rotated ? meta.height : meta.width) ?? null,
      height: (rotated ? meta.width : meta.height) ?? null,
    };
  }
}
