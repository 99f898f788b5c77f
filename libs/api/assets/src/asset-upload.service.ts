import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TransformCallback } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { imageSize } from 'image-size';
import type { Logger } from 'pino';
import { ASSET_KIND_RULES, ErrorCode, type AssetKind } from '@bibliohub/contracts';
import {
  APP_CONFIG,
  AppError,
  ByteLimit,
  LOGGER,
  StorageService,
  storeRequestBody,
  StreamTooLargeError,
  type Actor,
  type AppConfig,
} from '@bibliohub/api-core';
import { stagingKey } from './asset-keys.js';
import { assertSafeFilename, formatBytes, parseKind } from './asset.rules.js';
import { looksLikeMarkup, sniffType } from './file-sniffer.js';
import { SvgDangerScanner, svgDanger } from './svg-safety.js';
import { signUploadToken, UPLOAD_TOKEN_TTL_MS, uploadTokenKey, type UploadFacts } from './upload-token.js';

/** Bytes kept in memory for sniffing and dimensions; the rest only passes through. */
export const SNIFF_BYTES = 64 * 1024;

export interface UploadReceipt {
  uploadToken: string;
  kind: AssetKind;
  originalName: string;
  mimeType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  expiresAt: string;
}

/**
 * Sits between the request and S3: counts, hashes, keeps the first 64 KB, scans markup past that for
 * SVG dangers, and fails the moment the size cap is passed (so S3 never receives more than the cap).
 */
class UploadInspector extends ByteLimit {
  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;
  private tailScanner: SvgDangerScanner | null = null;
  private headDone = false;

  get head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }

  private digest?: string;

  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  get tailDanger(): string | null {
    return this.tailScanner?.found ?? null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.admit(chunk, done)) return;
    this.hash.update(chunk);
    let rest = chunk;
    if (this.headLength < SNIFF_BYTES) {
      const take = chunk.subarray(0, SNIFF_BYTES - this.headLength);
      this.headChunks.push(Buffer.from(take)); // a copy: never pin the request's larger buffers
      this.headLength += take.length;
      rest = chunk.subarray(take.length);
    }
    if (!this.headDone && this.headLength >= SNIFF_BYTES) {
      this.headDone = true;
      // Only markup can be SVG; binary files pass through unscanned.
      const head = this.head;
      if (looksLikeMarkup(head)) this.tailScanner = new SvgDangerScanner(head.subarray(-256));
    }
    if (rest.length && this.tailScanner) this.tailScanner.push(rest);
    done(null, chunk);
  }
}

/**
 * The streaming half of an upload: request body → S3 staging object, checked on the way, with a signed
 * receipt that `finalizeAssetUpload` turns into an asset. Nothing refused stays behind in S3.
 */
@Injectable()
export class AssetUploadService {
  private readonly tokenKey: Buffer;

  constructor(
    private readonly storage: StorageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.tokenKey = uploadTokenKey(config.secrets.JWT_SECRET);
  }

  maxBytes(kind: AssetKind): number {
    return this.config.assets.maxBytes[kind];
  }

  async receive(
    actor: Actor,
    query: { kind?: unknown; filename?: unknown },
    req: IncomingMessage,
  ): Promise<UploadReceipt> {
    const kind = parseKind(typeof query.kind === 'string' ? query.kind : undefined);
    const originalName = assertSafeFilename(typeof query.filename === 'string' ? query.filename : undefined);
    const limit = this.maxBytes(kind);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) throw tooLarge(kind, limit);

    const key = stagingKey(actor.tenantId);
    const inspector = new UploadInspector(limit);
    try {
      await storeRequestBody(this.storage, req, inspector, key, this.logger);
    } catch (error) {
      await this.discard(key);
      throw error instanceof StreamTooLargeError ? tooLarge(kind, limit) : error;
    }

    try {
      const facts = this.inspect(actor, kind, originalName, key, inspector);
      return {
        uploadToken: signUploadToken(this.tokenKey, facts),
        kind,
        originalName,
        mimeType: facts.mimeType,
        size: facts.size,
        sha256: facts.sha256,
        width: facts.width,
        height: facts.height,
        expiresAt: new Date(facts.expiresAt).toISOString(),
      };
    } catch (error) {
      await this.discard(key);
      throw error;
    }
  }

  /** Type, safety and dimensions from the bytes; throws the precise refusal. */
  private inspect(
    actor: Actor,
    kind: AssetKind,
    originalName: string,
    key: string,
    inspector: UploadInspector,
  ): UploadFacts {
    if (inspector.received === 0)
      throw AppError.badInput('EMPTY_FILE', 'The file is empty', [
        { field: 'file', reason: 'empty', message: 'no bytes received' },
      ]);
    const head = inspector.head;
    const sniffed = sniffType(head);
    const allowed = ASSET_KIND_RULES[kind].mimeTypes;
    if (!allowed.includes(sniffed.mimeType)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'UNSUPPORTED_TYPE',
        `Not allowed for ${kind}: the file is a ${sniffed.label} (${sniffed.mimeType}). Allowed: ${allowed.join(', ')}`,
        [{ field: 'file', reason: 'type', message: `sniffed ${sniffed.mimeType}` }],
        { sniffedType: sniffed.mimeType, allowedTypes: allowed },
      );
    }
    if (sniffed.mimeType === 'image/svg+xml') {
      const danger = svgDanger(head) ?? inspector.tailDanger;
      if (danger)
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          'UNSAFE_SVG',
          `The SVG contains ${danger}; save it without scripts, event handlers or embedded HTML`,
          [{ field: 'file', reason: 'unsafeSvg', message: danger }],
          { found: danger },
        );
    }
    const { width, height } = dimensions(sniffed.mimeType, head);
    return {
      key,
      tenantId: actor.tenantId,
      uploadedBy: actor.id,
      kind,
      originalName,
      mimeType: sniffed.mimeType,
      size: inspector.received,
      sha256: inspector.sha256,
      width,
      height,
      expiresAt: Date.now() + UPLOAD_TOKEN_TTL_MS,
    };
  }

  private async discard(key: string): Promise<void> {
    await this.storage
      .delete(key)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, key }, 'could not delete a refused upload; the staging sweep will'),
      );
  }
}

function tooLarge(kind: AssetKind, limit: number): AppError {
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    'FILE_TOO_LARGE',
    `The file is larger than ${formatBytes(limit)}, the limit for ${kind}`,
    [{ field: 'file', reason: 'maxSize', message: `at most ${limit} bytes` }],
    { maxBytes: limit },
  ).withHttpStatus(413);
}

function dimensions(mimeType: string, head: Buffer): { width: number | null; height: number | null } {
  if (!mimeType.startsWith('image/')) return { width: null, height: null };
  try {
    const size = imageSize(head);
    const rotated = (size.orientation ?? 1) >= 5;
    const width = size.width ?? null;
    const height = size.height ?? null;
    return rotated ? { width: height, height: width } : { width, height };
  } catch {
    // Dimensions beyond the first 64 KB (a JPEG with a large preview first): the renditions job fills them in.
    return { width: null, height: null };
  }
}
