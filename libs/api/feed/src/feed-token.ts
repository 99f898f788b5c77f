import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Read-only feed tokens for RSS/Atom URLs: an HMAC of the tenant id and its token version, so no
 * secret is stored and rotating (version + 1) invalidates old URLs. Keyed by JWT_SECRET with a
 * distinct label; rotating JWT_SECRET therefore also changes every feed URL.
 */
export function feedToken(secret: string, tenantId: string, version: number): string {
  return createHmac('sha256', secret)
    .update(`bibliohub-feed-token:${tenantId}:${version}`)
    .digest('base64url')
    .slice(0, 32);
}

export function feedTokenMatches(
  secret: string,
  tenantId: string,
  version: number,
  presented: string,
): boolean {
  const expected = Buffer.from(feedToken(secret, tenantId, version));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
