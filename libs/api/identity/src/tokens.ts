import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const sha256Hex = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Constant-time comparison of a presented secret with a stored SHA-256 hex digest. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256Hex(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Refresh tokens are `<session id>.<secret>`: the id finds the row, the secret proves possession. */
export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

/** API keys are `bh_<prefix>_<secret>`; the prefix is shown in lists, the secret only once. */
export const API_KEY_PATTERN = /^bh_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { prefix: string; secret: string; key: string } {
  const prefix = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12);
  const secret = randomSecret();
  return { prefix, secret, key: `bh_${prefix}_${secret}` };
}
