/**
 * Finds active content in SVG markup: scripts, event-handler attributes, `javascript:` URLs, embedded
 * HTML (`<foreignObject>`, frames) and entity declarations. Works on a stream of chunks with an
 * overlap, so a pattern split across two chunks is still found, and holds at most one chunk.
 * Character references (`&#106;avascript:`) and the tabs and newlines browsers strip from URLs are
 * decoded first, so the obvious disguises do not pass.
 */
const DANGERS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /<script/, name: '<script>' },
  { pattern: /[\s"'/]on[a-z]+\s*=/, name: 'an on… event attribute' },
  { pattern: /javascript:/, name: 'a javascript: URL' },
  { pattern: /vbscript:/, name: 'a vbscript: URL' },
  { pattern: /data:text\/html/, name: 'a data:text/html URL' },
  { pattern: /<foreignobject/, name: '<foreignObject>' },
  { pattern: /<(?:iframe|embed|object|frame|frameset)[\s/>]/, name: 'embedded HTML content' },
  { pattern: /<!entity/, name: 'an XML entity declaration' },
];

/** Longest text a pattern can span after normalisation, kept from one chunk to the next. */
const OVERLAP = 256;

function normalise(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_m, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)),
    )
    .replace(/&#([0-9]{1,7});?/g, (_m, dec: string) =>
      String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)),
    )
    .replace(/&(?:tab|newline);/gi, '')
    .toLowerCase();
}

function stripUrlWhitespace(text: string): string {
  return text.replace(/[\t\n\r]/g, '');
}

export class SvgDangerScanner {
  private carry: string;
  /** The first dangerous construct seen, if any. */
  found: string | null = null;

  /** `seed`: the bytes just before the first chunk (already checked), so patterns across the seam are found. */
  constructor(seed?: Uint8Array) {
    this.carry = seed ? Buffer.from(seed.buffer, seed.byteOffset, seed.byteLength).toString('latin1') : '';
  }

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const text =
      this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    this.check(text);
    this.carry = text.slice(-OVERLAP);
  }

  private check(raw: string): void {
    const text = normalise(raw);
    const compact = stripUrlWhitespace(text);
    for (const { pattern, name } of DANGERS) {
      if (pattern.test(text) || pattern.test(compact)) {
        this.found = name;
        return;
      }
    }
  }
}

/** One-shot check of a whole (small) document. */
export function svgDanger(data: Uint8Array): string | null {
  const scanner = new SvgDangerScanner();
  scanner.push(data);
  return scanner.found;
}
