/** One record of a CSV file. */
export interface CsvRecord {
  /** The line of the file on which the record starts (1-based; a quoted field may span lines). */
  line: number;
  fields: string[];
  /** Set when the file ends inside a quoted field. */
  error?: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * A streaming RFC 4180 parser: comma-separated fields, optionally in double quotes; inside quotes a
 * doubled quote stands for one quote, and commas and line breaks are data. Records end with LF or
 * CRLF. Lenient where the RFC is silent: text after a closing quote is kept, a byte-order mark is
 * dropped, empty lines are skipped. Push chunks (any split, also inside a field) and take out the
 * records that are complete; `end()` returns the last one.
 */
export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** Saw a quote inside a quoted field: either its end, or the first half of "". */
  private quoteSeen = false;
  private touched = false;
  private line = 1;
  private recordLine = 1;
  private first = true;

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (this.first && chunk.length) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    let start = i;
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === QUOTE) {
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.quoted = false; // that was the closing quote; `c` is read as unquoted text below
        } else {
          if (c === QUOTE) {
            this.field += chunk.slice(start, i);
            this.quoteSeen = true;
            start = i + 1;
          } else if (c === LF) {
            this.line++;
          }
          continue;
        }
      }
      if (c === COMMA) {
        this.field += chunk.slice(start, i);
        this.fields.push(this.field);
        this.field = '';
        this.touched = true;
        start = i + 1;
      } else if (c === LF) {
        this.field += chunk.slice(start, i);
        const record = this.finishRecord();
        if (record) out.push(record);
        this.line++;
        this.recordLine = this.line;
        start = i + 1;
      } else if (c === CR) {
        // Part of a CRLF line end (a bare CR outside quotes is dropped).
        this.field += chunk.slice(start, i);
        start = i + 1;
      } else if (c === QUOTE && this.field === '' && start === i) {
        this.quoted = true;
        this.touched = true;
        start = i + 1;
      }
    }
    if (!this.quoteSeen) this.field += chunk.slice(start);
    return out;
  }

  end(): CsvRecord[] {
    if (this.quoted && !this.quoteSeen) {
      const record = {
        line: this.recordLine,
        fields: [...this.fields, this.field],
        error: 'unterminated quoted field',
      };
      this.reset();
      return [record];
    }
    this.quoted = false;
    this.quoteSeen = false;
    const record = this.finishRecord();
    return record ? [record] : [];
  }

  private finishRecord(): CsvRecord | undefined {
    const blank = !this.touched && this.field === '' && this.fields.length === 0;
    const record = blank ? undefined : { line: this.recordLine, fields: [...this.fields, this.field] };
    this.reset();
    return record;
  }

  private reset(): void {
    this.field = '';
    this.fields = [];
    this.touched = false;
    this.quoted = false;
    this.quoteSeen = false;
  }
}

/** The records of a stream of text chunks (e.g. a file read with encoding utf8). */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}

/**
 * Counts records without parsing fields (for a progress bar): line feeds outside quotes. Works on raw
 * bytes, since in UTF-8 neither `"` nor LF occurs inside a multi-byte character. Blank lines count too.
 */
export class CsvRecordCounter {
  private quoted = false;
  private lastByte = LF;
  count = 0;

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) this.quoted = !this.quoted;
      else if (b === LF && !this.quoted) this.count++;
    }
    if (bytes.length) this.lastByte = bytes[bytes.length - 1]!;
  }

  end(): number {
    return this.count + (this.lastByte === LF ? 0 : 1);
  }
}
