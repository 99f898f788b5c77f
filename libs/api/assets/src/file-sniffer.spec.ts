import { looksLikeMarkup, sniffType } from './file-sniffer.js';

const bytes = (...values: (number | string)[]): Buffer =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));
const ftyp = (major: string, ...compatible: string[]): Buffer => {
  const body = Buffer.from(`ftyp${major}\0\0\0\0${compatible.join('')}`, 'latin1');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body, Buffer.alloc(32)]);
};

describe('sniffType', () => {
  it.each([
    ['PNG', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 'rest'), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 'JFIF'), 'image/jpeg'],
    ['GIF', bytes('GIF89a', 1, 0, 1, 0), 'image/gif'],
    ['WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
    ['AVIF behind a HEIF major brand', ftyp('mif1', 'avif'), 'image/avif'],
    ['HEIC', ftyp('heic', 'mif1'), 'image/heic'],
    ['MP4', ftyp('isom', 'iso2', 'avc1', 'mp41'), 'video/mp4'],
    ['MP4 with an unusual major brand', ftyp('xxxx', 'mp42'), 'video/mp4'],
    ['MOV', ftyp('qt  ', 'qt  '), 'video/quicktime'],
    [
      'WebM',
      bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 'webm'),
      'video/webm',
    ],
    ['Matroska', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88, 'matroska'), 'video/x-matroska'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['WOFF', bytes('wOFF', 0, 1, 0, 0), 'font/woff'],
    ['WOFF2', bytes('wOF2', 0, 1, 0, 0), 'font/woff2'],
    ['TTF', bytes(0, 1, 0, 0, 0, 0x0c), 'font/ttf'],
    ['OTF', bytes('OTTO', 0, 0x0c), 'font/otf'],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    [
      'SVG after a BOM, XML declaration, comment and doctype',
      bytes(
        0xef,
        0xbb,
        0xbf,
        '<?xml version="1.0"?>\n<!-- Generator: x -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>',
      ),
      'image/svg+xml',
    ],
    ['HTML with a doctype', bytes('\n  <!DOCTYPE html><html>'), 'text/html'],
    ['HTML fragment', bytes('<script>alert(1)</script>'), 'text/html'],
    ['HTML comment', bytes('<!-- hi --><p>x'), 'text/html'],
    ['Windows executable', bytes('MZ', 0x90, 0), 'application/vnd.microsoft.portable-executable'],
    ['ELF executable', bytes(0x7f, 'ELF', 2, 1, 1), 'application/x-elf'],
    ['Mach-O executable', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0), 'application/x-mach-binary'],
    ['ZIP', bytes('PK', 3, 4, 20, 0), 'application/zip'],
    ['plain text', bytes('Gewoon wat tekst'), 'text/plain'],
    [
      'UTF-16 text (refused: not ASCII-compatible)',
      bytes(0xff, 0xfe, '<', 0, 's', 0),
      'application/octet-stream',
    ],
    ['random binary', bytes(0x00, 0x13, 0x37, 0x00, 0xee), 'application/octet-stream'],
    ['nothing', Buffer.alloc(0), 'application/x-empty'],
  ])('%s', (_name, head, mimeType) => {
    expect(sniffType(head).mimeType).toBe(mimeType);
  });

  it('names what it refuses in words', () => {
    expect(sniffType(bytes('MZ')).label).toBe('Windows executable');
    expect(sniffType(bytes('<html>')).label).toBe('HTML document');
  });
});

describe('looksLikeMarkup', () => {
  it('is true for text starting with <, after whitespace or a BOM', () => {
    expect(looksLikeMarkup(bytes(0xef, 0xbb, 0xbf, '  \n<svg'))).toBe(true);
    expect(looksLikeMarkup(bytes(0x89, 'PNG'))).toBe(false);
    expect(looksLikeMarkup(Buffer.alloc(0))).toBe(false);
  });
});
