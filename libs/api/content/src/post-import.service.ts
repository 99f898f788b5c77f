import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Channel, TenantKind, type FieldErrorDetail } from '@bibliohub/contracts';
import { AppError, TenantDb, validateInput } from '@bibliohub/api-core';
import { ImportPostInput } from './dto/post-import.input.js';
import { CsvRecordCounter, csvRecords, type CsvRecord } from './post-import.csv.js';
import {
  PostService,
  preparePostContent,
  type ExternalPost,
  type ExternalPostOutcome,
} from './post.service.js';
import { ThemeEntity } from './theme.entity.js';

export type ImportFormat = 'jsonl' | 'csv';

/** One problem with one row: the line it starts on and the field (CSV: the column) at fault. */
export interface ImportRowError {
  line: number;
  externalId: string | null;
  field: string;
  reason: string;
  message: string;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  /** Nothing was written; the counts say what an import would do. */
  dryRun: boolean;
  /** Rows read (blank lines are not rows). */
  rows: number;
  /** New posts, created as drafts. */
  imported: number;
  /** Existing posts (same external id) whose content changed. */
  updated: number;
  /** Existing posts whose content is already the same: not touched, no new revision. */
  unchanged: number;
  /** Rows with an error: reported in `errors` and not written at all. */
  skipped: number;
  /** Sorted by line; a row may have several (one per field). */
  errors: ImportRowError[];
  durationMs: number;
  rowsPerSecond: number;
}

export interface ImportProgress {
  /** Rows read and checked so far. */
  done: number;
  /** Rows in the file (counted before the import when progress is asked for). */
  total: number;
  elapsedMs: number;
}

export interface ImportOptions {
  /** Validate and classify only; nothing is written. */
  dryRun?: boolean;
  /** Rows per transaction (default 500). */
  batchSize?: number;
  /** Slug of the central tenant that owns the posts; needed only when there are several. */
  tenant?: string;
  /** The central tenant by id (the web import: the uploader's tenant); wins over `tenant`. */
  tenantId?: string;
  /** Called while rows are read (at most every 100 ms) and once at the end; the rows are counted first. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Awaited after each batch is written, with the counts so far (`summary.errors` unsorted); the rows
   * are counted first. The web import stores its progress here.
   */
  onBatch?: (progress: { total: number; summary: ImportSummary }) => Promise<void>;
}

/** Where the rows come from: a local file (CLI) or an uploaded object (web); opened twice when counting. */
export interface ImportSource {
  name: string;
  format: ImportFormat;
  open: () => Promise<Readable>;
}

/** CSV columns (case-insensitive; `_` and `-` ignored) and the channel text columns. */
const CSV_COLUMNS = [
  'externalId',
  'title',
  'body',
  'theme',
  'targetGroups',
  'goal',
  'language',
  'tags',
  'availableFrom',
  'availableUntil',
  'suggestedPublishAt',
  'hashtags',
  'link',
  'callToAction',
] as const;
const CHANNEL_COLUMNS: Record<string, Channel> = {
  facebook: Channel.FACEBOOK,
  instagram: Channel.INSTAGRAM,
  x: Channel.X,
  linkedin: Channel.LINKEDIN,
  generic: Channel.GENERIC,
};
const REQUIRED_COLUMNS = ['externalId', 'title', 'body'];
const DATE_FIELDS = ['availableFrom', 'availableUntil', 'suggestedPublishAt'] as const;

interface SourceRow {
  line: number;
  values?: Record<string, unknown>;
  /** CSV: the channel of each entry of `values.variants`, to name the column in errors. */
  channels?: Channel[];
  problem?: FieldErrorDetail;
}

interface ReadyRow {
  line: number;
  post: ExternalPost;
}

const key = (name: string) => name.replace(/[\s_-]/g, '').toLowerCase();

/**
 * Bulk import of central posts from JSON Lines or CSV (`cli import posts`). Streams the file, checks
 * every row with the API's rules (class-validator on the input DTO, then the post rules), reports bad
 * rows by line and field and skips them, and writes the good ones in batches through
 * `PostService.upsertExternal` (drafts of the central tenant; re-importing updates by external id).
 * A row is written whole or not at all: each batch is one transaction.
 */
@Injectable()
export class PostImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly posts: PostService,
  ) {}

  importFile(file: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const format = importFormatOf(file);
    return this.importFrom(
      { name: file, format, open: () => Promise.resolve(createReadStream(file)) },
      options,
    );
  }

  async importFrom(source: ImportSource, options: ImportOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const { format } = source;
    const batchSize = options.batchSize ?? 500;
    const dryRun = options.dryRun === true;
    const { tenantId, themes } = await this.context(options.tenant, options.tenantId);
    const total = options.onProgress || options.onBatch ? await countRows(await source.open(), format) : 0;

    const summary: ImportSummary = {
      file: source.name,
      format,
      dryRun,
      rows: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: [],
      durationMs: 0,
      rowsPerSecond: 0,
    };
    const seen = new Map<string, number>();
    let batch: ReadyRow[] = [];
    // One batch is written while the next one is read and checked (node and PostgreSQL work in parallel).
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const rows = batch;
      batch = [];
      await writing;
      writing = this.write(tenantId, rows, summary, dryRun).then(() =>
        options.onBatch?.({ total: Math.max(total, summary.rows), summary }),
      );
      writing.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
    };
    let lastProgress = 0;
    const progress = (force: boolean) => {
      const now = Date.now();
      if (!options.onProgress || (!force && now - lastProgress < 100)) return;
      lastProgress = now;
      options.onProgress({
        done: summary.rows,
        total: Math.max(total, summary.rows),
        elapsedMs: now - started,
      });
    };

    const input = await source.open();
    try {
      for await (const row of format === 'csv' ? readCsv(input) : readJsonLines(input)) {
        summary.rows++;
        const checked = await this.check(row, themes, seen);
        if ('errors' in checked) {
          summary.skipped++;
          summary.errors.push(...checked.errors);
        } else {
          batch.push(checked);
          if (batch.length >= batchSize) await flush();
        }
        progress(false);
        // Checking rows is CPU work in the same thread as the pending batch's database round trips:
        // let those through every few rows, so the two overlap instead of taking turns.
        if (summary.rows % 25 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      input.destroy(); // an S3 body left half-read would hold its socket
    }
    if (batch.length) await flush();
    await writing;
    progress(true);

    summary.errors.sort((a, b) => a.line - b.line);
    summary.durationMs = Date.now() - started;
    summary.rowsPerSecond = Math.round(summary.rows / Math.max(summary.durationMs / 1000, 0.001));
    return summary;
  }

  /** The central tenant the posts belong to and the themes by slug. */
  private context(slug?: string, id?: string): Promise<{ tenantId: string; themes: Map<string, string> }> {
    return this.db.asCentralSystem(async (db) => {
      const centrals = await db.query<{ id: string; slug: string }[]>(
        `SELECT id, slug FROM tenants WHERE kind = $1 ORDER BY created_at, slug`,
        [TenantKind.CENTRAL],
      );
      const chosen = id
        ? centrals.filter((t) => t.id === id)
        : slug
          ? centrals.filter((t) => t.slug === slug)
          : centrals;
      if (!chosen.length) {
        throw slug || id
          ? AppError.notFound('TENANT_NOT_FOUND', `No central tenant ${id ?? `with slug "${slug}"`}`)
          : AppError.notFound(
              'NO_CENTRAL_TENANT',
              'There is no central tenant to own the posts; create one with: tenant:create --central',
            );
      }
      if (chosen.length > 1) {
        throw AppError.badInput(
          'TENANT_REQUIRED',
          `There are several central tenants; choose one with --tenant (${chosen.map((t) => t.slug).join(', ')})`,
        );
      }
      const themes = await db.find(ThemeEntity, { select: { id: true, slug: true } });
      return { tenantId: chosen[0].id, themes: new Map(themes.map((t) => [t.slug, t.id])) };
    });
  }

  /** Checks one row with the API's rules; returns it ready to write, or its problems. */
  private async check(
    row: SourceRow,
    themes: Map<string, string>,
    seen: Map<string, number>,
  ): Promise<ReadyRow | { errors: ImportRowError[] }> {
    const externalId =
      typeof row.values?.['externalId'] === 'string' ? row.values['externalId'].trim() || null : null;
    const fail = (details: FieldErrorDetail[]) => ({
      errors: firstPerField(details).map((d) => ({
        line: row.line,
        externalId,
        field: row.channels ? csvColumn(d.field, row.channels) : d.field,
        reason: d.reason,
        message: d.message,
      })),
    });
    if (row.problem || !row.values) return fail([row.problem!]);

    const { plain, problems } = toInputShape(row.values, themes);
    if (problems.length) return fail(problems);
    let post: ExternalPost;
    try {
      const input = await validateInput(ImportPostInput, plain);
      const { externalId: id, ...content } = input;
      post = { externalId: id, content: preparePostContent(content) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return fail(
        error.details?.length
          ? error.details
          : [{ field: '(row)', reason: error.subCode, message: error.message }],
      );
    }
    const earlier = seen.get(post.externalId);
    if (earlier !== undefined) {
      return fail([
        {
          field: 'externalId',
          reason: 'duplicate',
          message: `externalId "${post.externalId}" is also on line ${earlier}`,
        },
      ]);
    }
    seen.set(post.externalId, row.line);
    return { line: row.line, post };
  }

  /** Writes one batch; if the database refuses it for a row's data, retries row by row to skip only that row. */
  private async write(
    tenantId: string,
    rows: ReadyRow[],
    summary: ImportSummary,
    dryRun: boolean,
  ): Promise<void> {
    if (!rows.length) return;
    let outcomes: ExternalPostOutcome[];
    try {
      outcomes = await this.posts.upsertExternal(
        tenantId,
        rows.map((r) => r.post),
        { dryRun },
      );
    } catch (error) {
      const sqlState = (error as { code?: unknown }).code;
      if (typeof sqlState !== 'string' || !/^2[23]/.test(sqlState)) throw error;
      if (rows.length > 1) {
        for (const row of rows) await this.write(tenantId, [row], summary, dryRun);
        return;
      }
      summary.skipped++;
      summary.errors.push({
        line: rows[0].line,
        externalId: rows[0].post.externalId,
        field: '(row)',
        reason: `sqlstate:${sqlState}`,
        message: (error as Error).message,
      });
      return;
    }
    outcomes.forEach((outcome, i) => {
      if (outcome === 'created') summary.imported++;
      else if (outcome === 'updated') summary.updated++;
      else if (outcome === 'unchanged') summary.unchanged++;
      else {
        summary.skipped++;
        summary.errors.push({
          line: rows[i].line,
          externalId: rows[i].post.externalId,
          field: 'externalId',
          reason: 'archived',
          message:
            'The post with this external id is archived; restore it to a draft before importing over it',
        });
      }
    });
  }
}

export function importFormatOf(file: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  throw AppError.badInput(
    'UNSUPPORTED_FORMAT',
    `Import .jsonl (JSON Lines) or .csv files, not "${extension || file}"`,
  );
}

/** Rows in the file, for the progress bar: lines that are not blank (JSONL) or records minus the header (CSV). */
async function countRows(input: Readable, format: ImportFormat): Promise<number> {
  if (format === 'csv') {
    const counter = new CsvRecordCounter();
    for await (const chunk of input) counter.push(chunk as Buffer);
    return Math.max(counter.end() - 1, 0);
  }
  let lines = 0;
  let content = false;
  for await (const chunk of input) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 10) {
        if (content) lines++;
        content = false;
      } else if (b !== 32 && b !== 9 && b !== 13) {
        content = true;
      }
    }
  }
  return lines + (content ? 1 : 0);
}

async function* readJsonLines(input: Readable): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        line,
        problem: {
          field: '(json)',
          reason: 'malformedJson',
          message: `Not valid JSON: ${(error as Error).message}`,
        },
      };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield {
        line,
        problem: { field: '(json)', reason: 'notAnObject', message: 'Each line must be one JSON object' },
      };
      continue;
    }
    yield { line, values: value as Record<string, unknown> };
  }
}

async function* readCsv(input: Readable): AsyncGenerator<SourceRow> {
  let header: string[] | undefined;
  for await (const record of csvRecords(input.setEncoding('utf8') as AsyncIterable<string>)) {
    if (!header) {
      header = csvHeader(record);
      continue;
    }
    if (record.error) {
      yield {
        line: record.line,
        problem: { field: '(row)', reason: 'unterminatedQuote', message: `The row has an ${record.error}` },
      };
      continue;
    }
    if (record.fields.length !== header.length) {
      yield {
        line: record.line,
        problem: {
          field: '(row)',
          reason: 'columnCount',
          message: `Expected ${header.length} fields (as in the header), found ${record.fields.length}`,
        },
      };
      continue;
    }
    yield csvRow(record, header);
  }
}

/** Canonical column names of the header; refuses unknown columns and missing required ones. */
function csvHeader(record: CsvRecord): string[] {
  const known = new Map<string, string>(
    [...CSV_COLUMNS, ...Object.keys(CHANNEL_COLUMNS)].map((name) => [key(name), name]),
  );
  const names = record.fields.map((raw) => {
    const name = known.get(key(raw));
    if (!name) {
      throw AppError.badInput(
        'UNKNOWN_COLUMN',
        `Unknown column "${raw.trim()}" on line ${record.line}; known columns: ${[...known.values()].join(', ')}`,
        [{ field: raw.trim(), reason: 'unknownColumn', message: 'unknown column' }],
      );
    }
    return name;
  });
  const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
  if (missing.length) {
    throw AppError.badInput(
      'MISSING_COLUMN',
      `The header on line ${record.line} lacks the required column(s) ${missing.join(', ')}`,
      missing.map((field) => ({ field, reason: 'required', message: 'required column' })),
    );
  }
  return names;
}

/** A CSV record as the JSONL shape: empty cells are absent, channel columns become variants. */
function csvRow(record: CsvRecord, header: string[]): SourceRow {
  const cells = new Map(header.map((name, i) => [name, record.fields[i]]));
  const values: Record<string, unknown> = {};
  for (const name of CSV_COLUMNS) {
    const cell = cells.get(name);
    if (cell !== undefined && cell.trim() !== '') values[name] = cell;
  }
  if (cells.has('body')) values['body'] = cells.get('body');
  const channels: Channel[] = [];
  const variants: Record<string, unknown>[] = [];
  for (const [column, channel] of Object.entries(CHANNEL_COLUMNS)) {
    const text = cells.get(column);
    if (text === undefined || text.trim() === '') continue;
    channels.push(channel);
    variants.push({
      channel,
      text,
      hashtags: values['hashtags'] ?? [],
      link: values['link'] ?? null,
      callToAction: values['callToAction'] ?? null,
    });
  }
  for (const shared of ['hashtags', 'link', 'callToAction']) delete values[shared];
  if (variants.length) values['variants'] = variants;
  return { line: record.line, values, channels };
}

/**
 * The row in the shape of ImportPostInput as the GraphQL layer would hand it over: dates as Date,
 * lists as arrays, enum values upper-case, the theme slug resolved to its id. Problems found here
 * (an unknown theme, an unreadable date or list) are reported like validation errors.
 */
function toInputShape(
  values: Record<string, unknown>,
  themes: Map<string, string>,
): { plain: Record<string, unknown>; problems: FieldErrorDetail[] } {
  const problems: FieldErrorDetail[] = [];
  const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
  const list = (field: string, v: unknown): unknown => {
    if (v === undefined || v === null) return [];
    if (typeof v !== 'string') return v;
    const text = v.trim();
    if (text.startsWith('[')) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        problems.push({
          field,
          reason: 'malformedList',
          message: `${field}: not a JSON array; or separate values with ;`,
        });
        return [];
      }
    }
    return text
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  };
  // Required (as GraphQL requires title and body) before the class-validator rules run.
  for (const field of ['externalId', 'title', 'body']) {
    if (values[field] === undefined || values[field] === null) {
      problems.push({ field, reason: 'required', message: `${field} is required` });
    }
  }
  const plain: Record<string, unknown> = {
    externalId:
      typeof values['externalId'] === 'number' ? String(values['externalId']) : values['externalId'],
    title: values['title'],
    body: values['body'],
    themeId: null,
    targetGroups: (() => {
      const groups = list('targetGroups', values['targetGroups']);
      return Array.isArray(groups) ? groups.map(upper) : groups;
    })(),
    goal: values['goal'] === undefined || values['goal'] === '' ? null : upper(values['goal']),
    tags: list('tags', values['tags']),
  };
  if (values['language'] !== undefined && values['language'] !== null)
    plain['language'] = upper(values['language']);

  const theme = values['theme'];
  if (typeof theme === 'string' && theme.trim()) {
    const slug = theme.trim().toLowerCase();
    const id = themes.get(slug);
    if (id) plain['themeId'] = id;
    else {
      const known = [...themes.keys()].sort();
      problems.push({
        field: 'theme',
        reason: 'unknownTheme',
        message: `Unknown theme "${slug}"; known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}`,
      });
    }
  } else if (theme !== undefined && theme !== null && theme !== '') {
    problems.push({ field: 'theme', reason: 'isString', message: 'theme must be the slug of a theme' });
  }

  for (const field of DATE_FIELDS) {
    const value = values[field];
    if (value === undefined || value === null || value === '') plain[field] = null;
    else if (typeof value === 'string' && !Number.isNaN(Date.parse(value.trim())))
      plain[field] = new Date(value.trim());
    else {
      problems.push({
        field,
        reason: 'isDate',
        message: `${field} must be a date such as 2027-01-20 or 2027-01-20T09:00:00+01:00`,
      });
    }
  }

  const variants = values['variants'];
  if (Array.isArray(variants)) {
    plain['variants'] = variants.map((v: unknown, i) => {
      if (!v || typeof v !== 'object') return v;
      const variant = { ...(v as Record<string, unknown>) };
      variant['channel'] = upper(variant['channel']);
      variant['hashtags'] = list(`variants.${i}.hashtags`, variant['hashtags']);
      return variant;
    });
  } else if (variants !== undefined && variants !== null) {
    plain['variants'] = variants;
  }
  return { plain, problems };
}

function firstPerField(details: FieldErrorDetail[]): FieldErrorDetail[] {
  const seen = new Set<string>();
  return details.filter((d) => !seen.has(d.field) && seen.add(d.field));
}

/** The CSV column behind a field of the API input (`variants.2.text` → `x`, `variants.X` → `x`). */
function csvColumn(field: string, channels: Channel[]): string {
  const match = /^variants\.([^.]+)(?:\.(.+))?$/.exec(field);
  if (!match) return field;
  const [, which, rest] = match;
  const channel = /^\d+$/.test(which) ? channels[Number(which)] : (which as Channel);
  const property = rest?.split('.')[0];
  if (property === 'hashtags' || property === 'link' || property === 'callToAction') return property;
  return channel ? channel.toLowerCase() : field;
}
