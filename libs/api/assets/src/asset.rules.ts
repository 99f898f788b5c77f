import { AppError } from '@bibliohub/api-core';
import { ASSET_KIND_RULES, AssetKind, ErrorCode } from '@bibliohub/contracts';

export const MAX_FILENAME_LENGTH = 255;

/**
 * Client file names are kept only for Content-Disposition; object keys never contain them. Still,
 * names with path parts, control characters or direction overrides (which disguise extensions:
 * "foto‮gnp.exe") are refused outright.
 */
export function assertSafeFilename(name: string | undefined): string {
  const refuse = (why: string) =>
    AppError.badInput('INVALID_FILENAME', `The file name is not allowed: ${why}`, [
      { field: 'filename', reason: 'filename', message: why },
    ]);
  if (name === undefined || name.trim() === '') throw refuse('give the name as ?filename=');
  if (name.includes('/') || name.includes('\\')) throw refuse('it contains a / or \\');
  if (name.includes('..')) throw refuse('it contains ..');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\x00-\x1f\x7f-\x9f]/.test(name)) throw refuse('it contains NUL or control characters');
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/.test(name))
    throw refuse('it contains invisible direction characters');
  if (name !== name.trim()) throw refuse('it starts or ends with spaces');
  if (Buffer.byteLength(name, 'utf8') > MAX_FILENAME_LENGTH)
    throw refuse(`it is longer than ${MAX_FILENAME_LENGTH} bytes`);
  return name.normalize('NFC');
}

export function parseKind(raw: string | undefined): AssetKind {
  if (raw && (Object.values(AssetKind) as string[]).includes(raw)) return raw as AssetKind;
  const allowed = Object.values(AssetKind).join(', ');
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    'INVALID_KIND',
    `Give the asset kind as ?kind= (one of ${allowed})`,
    [{ field: 'kind', reason: 'isEnum', message: `one of ${allowed}` }],
    { allowedKinds: Object.values(AssetKind) },
  );
}

/** Images are published to the public: alternative text is required (WCAG 2.1 1.1.1). */
export function needsAltText(kind: AssetKind, mimeType: string): boolean {
  return ASSET_KIND_RULES[kind].image || mimeType.startsWith('image/');
}

/** Types sharp renders into thumbnails and previews. */
export function rendersAsImage(mimeType: string): boolean {
  return ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml'].includes(
    mimeType,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
