import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { ErrorCode } from '@bibliohub/contracts';
import {
  AppError,
  ByteLimit,
  decodeCursor,
  isUuid,
  JobQueue,
  JobWorker,
  LOGGER,
  StorageService,
  storeRequestBody,
  StreamTooLargeError,
  TenantDb,
  toPage,
  type Actor,
  type JobContext,
  type Page,
} from '@bibliohub/api-core';
import {
  PostImportFormat,
  PostImportStatus,
  type PostImportRowErrorType,
  type PostImportType,
} from './dto/post-import.type.js';
import { PostImportService, type ImportSummary } from './post-import.service.js';

export const POST_IMPORT_JOB = 'posts.import';
/** Largest upload accepted (the CLI has no limit; 100 MB is some 200,000 posts). */
export const POST_IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** Row errors kept on the import row (all are counted in `error_count`). */
export const POST_IMPORT_KEPT_ERRORS = 200;

const FORMATS = Object.values(PostImportFormat) as string[];

interface ImportRow {
  id: string;
  tenant_id: string;
  status: PostImportStatus;
  format: PostImportFormat;
  dry_run: boolean;
  file_name: string;
  size: string;
  object_key: string;
  total: number;
  processed: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  error_count: number;
  errors: PostImportRowErrorType[];
  failure: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/**
 * The web app's bulk import (`PUT /files/imports/posts`): the upload streams to S3, an `imports` row
 * and a job are created together, and the job runs the file through the same PostImportService as the
 * CLI, storing the counts after every batch so the app can show progress.
 */
@Injectable()
export class PostImportWebService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: StorageService,
    private readonly queue: JobQueue,
    private readonly worker: JobWorker,
    private readonly importer: PostImportService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.worker.register(POST_IMPORT_JOB, (payload, context) =>
      this.run(String(payload['importId']), context),
    );
  }

  async receive(
    actor: Actor,
    query: { format?: unknown; dryRun?: unknown; filename?: unknown },
    req: IncomingMessage,
  ): Promise<PostImportType> {
    const format = typeof query.format === 'string' ? query.format.toLowerCase() : '';
    if (!FORMATS.includes(format)) {
      throw AppError.badInput(
        'UNSUPPORTED_FORMAT',
        `format must be one of: ${FORMATS.join(', ')} (JSON Lines or CSV)`,
        [{ field: 'format', reason: 'isIn', message: `one of ${FORMATS.join(', ')}` }],
      );
    }
    if (query.dryRun !== undefined && query.dryRun !== 'true' && query.dryRun !== 'false') {
      throw AppError.badInput('INVALID_OPTION', 'dryRun must be true or false', [
        { field: 'dryRun', reason: 'isBoolean', message: 'true or false' },
      ]);
    }
    const fileName =
      typeof query.filename === 'string' && query.filename.trim()
        ? query.filename.trim().slice(0, 200)
        : `posts.${format}`;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > POST_IMPORT_MAX_BYTES) throw tooLarge();

    const id = randomUUID();
    const key = `imports/${actor.tenantId}/${id}`;
    const limit = new ByteLimit(POST_IMPORT_MAX_BYTES);
    try {
      await storeRequestBody(this.storage, req, limit, key, this.logger);
    } catch (error) {
      await this.discard(key);
      throw error instanceof StreamTooLargeError ? tooLarge() : error;
    }
    if (limit.received === 0) {
      await this.discard(key);
      throw AppError.badInput('EMPTY_FILE', 'The file is empty', [
        { field: 'file', reason: 'empty', message: 'no bytes received' },
      ]);
    }
    try {
      return await this.db.run(actor, async (db) => {
        const rows = await db.query<ImportRow[]>(
          `INSERT INTO imports (id, tenant_id, format, dry_run, file_name, size, object_key, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [id, actor.tenantId, format, query.dryRun === 'true', fileName, limit.received, key, actor.id],
        );
        await this.queue.enqueue(
          db,
          POST_IMPORT_JOB,
          { importId: id },
          { tenantId: actor.tenantId, maxAttempts: 3 },
        );
        return toType(rows[0]);
      });
    } catch (error) {
      await this.discard(key);
      throw error;
    }
  }

  get(actor: Actor, id: string): Promise<PostImportType> {
    if (!isUuid(id)) return Promise.reject(notFound());
    return this.db.run(actor, async (db) => {
      const rows = await db.query<ImportRow[]>('SELECT * FROM imports WHERE id = $1 AND tenant_id = $2', [
        id,
        actor.tenantId,
      ]);
      if (!rows.length) throw notFound();
      return toType(rows[0]);
    });
  }

  /** The caller's tenant's imports, newest first. */
  list(actor: Actor, args: { first: number; after?: string }): Promise<Page<PostImportType>> {
    return this.db.run(actor, async (db) => {
      const after = decodeCursor(args.after, 2);
      const rows = await db.query<(ImportRow & { cursor_at: string })[]>(
        `SELECT *, created_at::text AS cursor_at FROM imports WHERE tenant_id = $1
            AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
          ORDER BY created_at DESC, id DESC LIMIT $4`,
        [actor.tenantId, after?.[0] ?? null, after?.[1] ?? null, args.first + 1],
      );
      const page = toPage(rows, args.first, (r) => [r.cursor_at, r.id]);
      return { ...page, nodes: page.nodes.map(toType) };
    });
  }

  /** The job: re-runnable (a retry starts over; re-importing is idempotent by external id). */
  private async run(id: string, context: JobContext): Promise<void> {
    const row = await this.db.asCentralSystem(async (db) => {
      const result = await db.query<unknown[]>(
        `UPDATE imports SET status = 'RUNNING', total = 0, processed = 0, imported = 0, updated = 0,
                unchanged = 0, skipped = 0, error_count = 0, errors = '[]'
          WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING *`,
        [id],
      );
      // TypeORM answers UPDATE … RETURNING with [rows, affectedCount].
      const rows = (Array.isArray(result[0]) ? result[0] : result) as ImportRow[];
      return rows[0];
    });
    if (!row) return; // finished already (or deleted): nothing to do
    try {
      const summary = await this.importer.importFrom(
        {
          name: row.file_name,
          format: row.format,
          open: async () => {
            const object = await this.storage.get(row.object_key);
            if (!object)
              throw AppError.notFound('FILE_NOT_FOUND', 'The uploaded file is no longer available');
            return object.body;
          },
        },
        {
          dryRun: row.dry_run,
          tenantId: row.tenant_id,
          onBatch: ({ total, summary: s }) => this.store(id, 'RUNNING', total, s),
        },
      );
      await this.store(id, 'DONE', summary.rows, summary);
    } catch (error) {
      // AppErrors are the file's fault (a bad CSV header, no central tenant): retrying cannot help.
      const last = error instanceof AppError || context.attempt >= context.maxAttempts;
      if (!last) throw error;
      const failure =
        error instanceof AppError ? error.message : 'The import failed unexpectedly; upload the file again';
      if (!(error instanceof AppError)) this.logger.error({ err: error, importId: id }, 'post import failed');
      await this.db.asCentralSystem((db) =>
        db.query(`UPDATE imports SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`, [
          id,
          failure,
        ]),
      );
    }
    await this.discard(row.object_key);
  }

  private store(id: string, status: 'RUNNING' | 'DONE', total: number, s: ImportSummary): Promise<void> {
    const errors = [...s.errors].sort((a, b) => a.line - b.line).slice(0, POST_IMPORT_KEPT_ERRORS);
    return this.db.asCentralSystem(async (db) => {
      await db.query(
        `UPDATE imports SET status = $2, total = $3, processed = $4, imported = $5, updated = $6,
                unchanged = $7, skipped = $8, error_count = $9, errors = $10::jsonb,
                finished_at = CASE WHEN $2 = 'DONE' THEN now() END
          WHERE id = $1`,
        [
          id,
          status,
          total,
          s.rows,
          s.imported,
          s.updated,
          s.unchanged,
          s.skipped,
          s.errors.length,
          JSON.stringify(errors),
        ],
      );
    });
  }

  private async discard(key: string): Promise<void> {
    await this.storage
      .delete(key)
      .catch((error: unknown) => this.logger.warn({ err: error, key }, 'could not delete an import file'));
  }
}

function toType(r: ImportRow): PostImportType {
  return {
    id: r.id,
    status: r.status,
    format: r.format,
    dryRun: r.dry_run,
    fileName: r.file_name,
    size: Number(r.size),
    total: r.total,
    processed: r.processed,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped,
    errorCount: r.error_count,
    errors: r.errors,
    failure: r.failure,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

const notFound = () => AppError.notFound('IMPORT_NOT_FOUND', 'No such import');

function tooLarge(): AppError {
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    'FILE_TOO_LARGE',
    `The file is larger than ${POST_IMPORT_MAX_BYTES / 1024 / 1024} MB, the limit for an import`,
    [{ field: 'file', reason: 'maxSize', message: `at most ${POST_IMPORT_MAX_BYTES} bytes` }],
    { maxBytes: POST_IMPORT_MAX_BYTES },
  ).withHttpStatus(413);
}
