/**
 * Tells a file's type from its first bytes, never from its name or the client's Content-Type. Small
 * and dependency-free: it knows the types the asset library accepts and names the dangerous ones it
 * refuses (HTML, executables, archives) so error messages can say what the file really is.
 */
export interface SniffedType {
  mimeType: string;
  /** Human name for messages: "PNG image", "Windows executable". */
  label: string;
}

const ascii = (head: Uint8Array, offset: number, text: string): boolean => {
  if (head.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (head[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};

const bytes = (head: Uint8Array, offset: number, values: readonly number[]): boolean =>
  head.length >= offset + values.length && values.every((v, i) => head[offset + i] === v);

const type = (mimeType: string, label: string): SniffedType => ({ mimeType, label });

const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'M4V ',
  'M4VH',
  'M4VP',
  'dash',
  'msnv',
  'f4v ',
  'MSNV',
  'NDAS',
  'mmp4',
  '3gp4',
  '3gp5',
  '3gp6',
  '3g2a',
]);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1', 'heim', 'heis']);

/** ISO base media (MP4, MOV, AVIF, HEIC): `ftyp` box with a major brand and compatible brands. */
function isoBmff(head: Uint8Array): SniffedType | null {
  if (!ascii(head, 4, 'ftyp') || head.length < 16) return null;
  const boxSize = Math.min(((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0, head.length);
  const brand = (offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));
  const brands = [brand(8)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(brand(offset));
  if (AVIF_BRANDS.has(brands[0])) return type('image/avif', 'AVIF image');
  if (brands[0] === 'qt  ') return type('video/quicktime', 'QuickTime video');
  if (HEIF_BRANDS.has(brands[0])) {
    return brands.some((b) => AVIF_BRANDS.has(b))
      ? type('image/avif', 'AVIF image')
      : type('image/heic', 'HEIC image');
  }
  if (MP4_BRANDS.has(brands[0]) || brands.some((b) => MP4_BRANDS.has(b)))
    return type('video/mp4', 'MP4 video');
  return type('application/octet-stream', `ISO media (${brands[0].trim()})`);
}

/** WebM and Matroska: EBML header with the DocType within the first bytes. */
function ebml(head: Uint8Array): SniffedType | null {
  if (!bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const text = Buffer.from(head.subarray(0, 64)).toString('latin1');
  if (text.includes('webm')) return type('video/webm', 'WebM video');
  return type('video/x-matroska', 'Matroska video');
}

// WHATWG MIME sniffing: the tags that make a browser treat text as HTML.
const HTML_TAGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
  '<meta',
  '<link',
  '<form',
  '<img',
];

/** Text files: SVG, HTML, or plain text. Only ASCII-compatible encodings count (UTF-16 is refused). */
function text(head: Uint8Array): SniffedType | null {
  let start = 0;
  if (bytes(head, 0, [0xef, 0xbb, 0xbf])) start = 3;
  const sample = Buffer.from(head.subarray(start, Math.min(head.length, start + 8192))).toString('latin1');
  // eslint-disable-next-line no-control-regex -- binary bytes are what we look for
  if (/[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(sample)) return null;
  const trimmed = sample.replace(/^[\s]+/, '');
  const lower = trimmed.toLowerCase();
  if (lower.startsWith('<')) {
    // Skip the XML declaration, processing instructions, comments and a doctype, then look at the root.
    const root = lower.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\s+svg[\s\S]*?>))*\s*/, '');
    if (/^<svg[\s>/]/.test(root)) return type('image/svg+xml', 'SVG image');
    for (const tag of HTML_TAGS) {
      if (root.startsWith(tag) || lower.startsWith(tag)) {
        const next = (root.startsWith(tag) ? root : lower).charAt(tag.length);
        if (tag === '<!--' || next === '' || /[\s>/]/.test(next)) return type('text/html', 'HTML document');
      }
    }
    if (lower.startsWith('<?xml')) return type('application/xml', 'XML document');
  }
  return type('text/plain', 'text file');
}

/** The type of a file from its first bytes (64 KB is plenty; fewer bytes for small files). */
export function sniffType(head: Uint8Array): SniffedType {
  if (head.length === 0) return type('application/x-empty', 'empty file');
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return type('image/png', 'PNG image');
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return type('image/jpeg', 'JPEG image');
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return type('image/gif', 'GIF image');
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return type('image/webp', 'WebP image');
  if (ascii(head, 0, '%PDF-')) return type('application/pdf', 'PDF document');
  if (ascii(head, 0, 'wOFF')) return type('font/woff', 'WOFF font');
  if (ascii(head, 0, 'wOF2')) return type('font/woff2', 'WOFF2 font');
  if (ascii(head, 0, 'OTTO')) return type('font/otf', 'OpenType font');
  if (bytes(head, 0, [0x00, 0x01, 0x00, 0x00, 0x00]) || ascii(head, 0, 'true'))
    return type('font/ttf', 'TrueType font');
  if (ascii(head, 0, 'ttcf')) return type('font/collection', 'font collection');
  const media = isoBmff(head) ?? ebml(head);
  if (media) return media;
  // Recognised so the refusal can name them; never on any allowlist.
  if (ascii(head, 0, 'MZ'))
    return type('application/vnd.microsoft.portable-executable', 'Windows executable');
  if (bytes(head, 0, [0x7f, 0x45, 0x4c, 0x46])) return type('application/x-elf', 'ELF executable');
  if (
    bytes(head, 0, [0xfe, 0xed, 0xfa, 0xce]) ||
    bytes(head, 0, [0xfe, 0xed, 0xfa, 0xcf]) ||
    bytes(head, 0, [0xcf, 0xfa, 0xed, 0xfe]) ||
    bytes(head, 0, [0xce, 0xfa, 0xed, 0xfe])
  )
    return type('application/x-mach-binary', 'macOS executable');
  if (ascii(head, 0, '#!')) return type('text/x-shellscript', 'script');
  if (bytes(head, 0, [0x50, 0x4b, 0x03, 0x04]) || bytes(head, 0, [0x50, 0x4b, 0x05, 0x06]))
    return type('application/zip', 'ZIP archive');
  if (bytes(head, 0, [0x1f, 0x8b])) return type('application/gzip', 'gzip archive');
  if (ascii(head, 0, 'Rar!')) return type('application/vnd.rar', 'RAR archive');
  if (bytes(head, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
    return type('application/x-7z-compressed', '7-Zip archive');
  if (bytes(head, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return type('application/x-ole-storage', 'Microsoft Office (legacy) document');
  if (ascii(head, 0, 'II*\0') || ascii(head, 0, 'MM\0*')) return type('image/tiff', 'TIFF image');
  if (ascii(head, 0, '8BPS')) return type('image/vnd.adobe.photoshop', 'Photoshop document');
  if (ascii(head, 0, '%!PS')) return type('application/postscript', 'PostScript document');
  return text(head) ?? type('application/octet-stream', 'unknown binary file');
}

/** Files that are SVG markup need the script check; true when the first bytes look like markup at all. */
export function looksLikeMarkup(head: Uint8Array): boolean {
  const start = bytes(head, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < head.length; i++) {
    const c = head[i];
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x3c; // '<'
  }
  return false;
}

/** File name extension for a sniffed type (used in Content-Disposition of renditions). */
export const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'font/woff': 'woff',
  'font/woff2': 'woff2',
  'font/ttf': 'ttf',
  'font/otf': 'otf',
};
