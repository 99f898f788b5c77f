import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { AppError } from '@bibliohub/api-core';
import {
  importFormatOf,
  PostImportService,
  type ImportProgress,
  type ImportSummary,
} from '@bibliohub/api-content';
import type { Options } from './operator-commands.js';

/** Errors listed in the text summary; `--json` has them all. */
const SHOWN_ERRORS = 50;

/** Checks `import posts <file>` before anything starts; returns the absolute path. */
export function importTarget(args: string[]): string {
  const [kind, file, ...rest] = args;
  if (kind !== 'posts') {
    throw AppError.badInput(
      'INVALID_OPTION',
      `Only posts can be imported: import posts <file.jsonl|file.csv>`,
    );
  }
  if (!file || rest.length) {
    throw AppError.badInput('INVALID_OPTION', 'Give exactly one file: import posts <file.jsonl|file.csv>');
  }
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw AppError.notFound('FILE_NOT_FOUND', `No such file: ${path}`);
  }
  importFormatOf(path);
  return path;
}

/**
 * `import posts <file>`: streams the file through PostImportService, shows a progress bar when stderr
 * is a terminal, and prints the summary (text, or JSON with --json). Exit code 0 when every row was
 * fine, 1 when rows were skipped (they are listed with line and field).
 */
export async function importPostsCommand(
  app: INestApplicationContext,
  file: string,
  options: Options,
  json: boolean,
): Promise<number> {
  const bar = process.stderr.isTTY ? new ProgressBar(basename(file)) : undefined;
  let summary: ImportSummary;
  try {
    summary = await app.get(PostImportService).importFile(file, {
      dryRun: options['dry-run'] === true,
      tenant: typeof options['tenant'] === 'string' ? options['tenant'] : undefined,
      onProgress: bar && ((p) => bar.update(p)),
    });
  } finally {
    bar?.done();
  }
  process.stdout.write((json ? JSON.stringify(summary, null, 2) : describeImport(summary)) + '\n');
  return summary.skipped ? 1 : 0;
}

export function describeImport(s: ImportSummary): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    `Import of ${s.file} (${s.format.toUpperCase()})${s.dryRun ? ' — dry run: nothing was written' : ''}`,
    `  rows       ${n(s.rows)}`,
    `  imported   ${n(s.imported)}${s.dryRun ? ' (would be)' : ''}  new posts, as drafts`,
    `  updated    ${n(s.updated)}${s.dryRun ? ' (would be)' : ''}  same externalId, content changed`,
    `  unchanged  ${n(s.unchanged)}`,
    `  skipped    ${n(s.skipped)}  rows with errors, not written`,
    `  time       ${(s.durationMs / 1000).toFixed(1)} s (${n(s.rowsPerSecond)} rows/s)`,
  ];
  if (s.errors.length) {
    lines.push('Errors:');
    for (const e of s.errors.slice(0, SHOWN_ERRORS)) {
      lines.push(`  line ${e.line}${e.externalId ? ` (${e.externalId})` : ''}  ${e.field}: ${e.message}`);
    }
    if (s.errors.length > SHOWN_ERRORS) {
      lines.push(`  … and ${n(s.errors.length - SHOWN_ERRORS)} more (run with --json to see all)`);
    }
  }
  return lines.join('\n');
}

/** One line on stderr, redrawn in place: bar, rows done / total, rows/s, time left. */
class ProgressBar {
  private drawn = false;

  constructor(private readonly label: string) {}

  update({ done, total, elapsedMs }: ImportProgress): void {
    const width = 24;
    const fraction = total ? Math.min(done / total, 1) : 0;
    const filled = Math.round(fraction * width);
    const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    const left = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
    const eta = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    const text =
      `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%` +
      `  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} rows` +
      `  ${Math.round(rate).toLocaleString('en-US')} rows/s  ETA ${eta}`;
    process.stderr.write(`\r\x1b[2K${text.slice(0, Math.max((process.stderr.columns || 120) - 1, 20))}`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) process.stderr.write('\n');
  }
}
