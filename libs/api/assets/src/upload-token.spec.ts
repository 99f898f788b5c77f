import { AssetKind } from '@bibliohub/contracts';
import { AppError } from '@bibliohub/api-core';
import { signUploadToken, uploadTokenKey, verifyUploadToken, type UploadFacts } from './upload-token.js';

const key = uploadTokenKey('x'.repeat(40));
const facts: UploadFacts = {
  key: 'staging/11111111-1111-4111-8111-111111111111/22222222-2222-4222-8222-222222222222',
  tenantId: '11111111-1111-4111-8111-111111111111',
  uploadedBy: '33333333-3333-4333-8333-333333333333',
  kind: AssetKind.PHOTO,
  originalName: 'foto.png',
  mimeType: 'image/png',
  size: 1234,
  sha256: 'a'.repeat(64),
  width: 10,
  height: 20,
  expiresAt: Date.now() + 60_000,
};

const subCodeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).subCode;
  }
  return 'none';
};

describe('upload tokens', () => {
  it('round-trips the facts for the same tenant', () => {
    expect(verifyUploadToken(key, signUploadToken(key, facts), facts.tenantId)).toEqual(facts);
  });

  it('refuses another tenant, another key, tampering and garbage alike', () => {
    const token = signUploadToken(key, facts);
    expect(subCodeOf(() => verifyUploadToken(key, token, '44444444-4444-4444-8444-444444444444'))).toBe(
      'INVALID_UPLOAD_TOKEN',
    );
    expect(subCodeOf(() => verifyUploadToken(uploadTokenKey('y'.repeat(40)), token, facts.tenantId))).toBe(
      'INVALID_UPLOAD_TOKEN',
    );
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ v: 1, ...facts, size: 1 })).toString('base64url')}.${signature}`;
    expect(subCodeOf(() => verifyUploadToken(key, forged, facts.tenantId))).toBe('INVALID_UPLOAD_TOKEN');
    for (const junk of ['', 'a', 'a.b', `${token}.x`])
      expect(subCodeOf(() => verifyUploadToken(key, junk, facts.tenantId))).toBe('INVALID_UPLOAD_TOKEN');
  });

  it('expires', () => {
    const token = signUploadToken(key, { ...facts, expiresAt: Date.now() - 1 });
    expect(subCodeOf(() => verifyUploadToken(key, token, facts.tenantId))).toBe('UPLOAD_TOKEN_EXPIRED');
  });
});
