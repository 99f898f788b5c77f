import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '@bibliohub/api-core';
import { AssetKind } from '@bibliohub/contracts';

/** What the upload route learnt about a staged file; signed, so finalize can trust it without re-reading. */
export interface UploadFacts {
  /** Staging object key (`staging/<tenantId>/<uuid>`). */
  key: string;
  tenantId: string;
  /** User or API key that uploaded. */
  uploadedBy: string;
  kind: AssetKind;
  originalName: string;
  mimeType: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

export const UPLOAD_TOKEN_TTL_MS = 60 * 60 * 1000;

/** A key of its own for upload tokens, derived from JWT_SECRET (a token can never pass as the other). */
export function uploadTokenKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('bibliohub/upload-token/v1').digest();
}

/** `<base64url JSON>.<base64url HMAC-SHA256>` */
export function signUploadToken(key: Buffer, facts: UploadFacts): string {
  const body = Buffer.from(JSON.stringify({ v: 1, ...facts })).toString('base64url');
  const signature = createHmac('sha256', key).update(body).digest('base64url');
  return `${body}.${signature}`;
}

const invalid = () =>
  AppError.badInput('INVALID_UPLOAD_TOKEN', 'The upload token is not valid; upload the file again', [
    { field: 'uploadToken', reason: 'signature', message: 'not a token issued by this hub' },
  ]);

/** Checks signature, expiry and tenant; anything wrong answers the same INVALID_UPLOAD_TOKEN. */
export function verifyUploadToken(
  key: Buffer,
  token: string,
  tenantId: string,
  now = Date.now(),
): UploadFacts {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw invalid();
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let facts: UploadFacts & { v?: number };
  try {
    facts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as UploadFacts & { v?: number };
  } catch {
    throw invalid();
  }
  if (facts.v !== 1 || facts.tenantId !== tenantId) throw invalid();
  if (facts.expiresAt <= now)
    throw AppError.badInput(
      'UPLOAD_TOKEN_EXPIRED',
      'The upload expired (tokens last an hour); upload the file again',
      [{ field: 'uploadToken', reason: 'expired', message: 'expired' }],
    );
  const { v: _v, ...rest } = facts;
  return rest;
}
