import { AssetKind } from '@bibliohub/contracts';
import type { AppError } from '@bibliohub/api-core';
import { consentEnd, expiresAt, unusableReason } from './asset.mapper.js';
import { assertSafeFilename, formatBytes, needsAltText, parseKind } from './asset.rules.js';
import type { AssetEntity } from './asset.entity.js';

const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).subCode;
  }
  return undefined;
};

describe('asset rules', () => {
  it('keeps ordinary file names, NFC-normalised', () => {
    expect(assertSafeFilename('Poster Boekenweek (def).png')).toBe('Poster Boekenweek (def).png');
    expect(assertSafeFilename('Cafe\u0301.jpg')).toBe('Café.jpg');
  });

  it.each([
    '../x.png',
    'a/b.png',
    'a\\b.png',
    'x..png',
    'a\u0000.png',
    'a\u0007.png',
    'a\u202e.png',
    ' a.png',
    'é'.repeat(200),
  ])('refuses %j', (name) => expect(refusal(() => assertSafeFilename(name))).toBe('INVALID_FILENAME'));

  it('parses kinds strictly', () => {
    expect(parseKind('LOGO')).toBe(AssetKind.LOGO);
    expect(refusal(() => parseKind('logo'))).toBe('INVALID_KIND');
  });

  it('asks alt text for image kinds and for any image file', () => {
    expect(needsAltText(AssetKind.PHOTO, 'image/png')).toBe(true);
    expect(needsAltText(AssetKind.TEMPLATE, 'image/png')).toBe(true);
    expect(needsAltText(AssetKind.TEMPLATE, 'application/pdf')).toBe(false);
    expect(needsAltText(AssetKind.FONT, 'font/woff2')).toBe(false);
  });

  it('formats limits for people', () => {
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(4096)).toBe('4 KB');
  });
});

describe('expiry', () => {
  const asset = (fields: Partial<AssetEntity>): AssetEntity =>
    ({
      archivedAt: null,
      validFrom: null,
      validUntil: null,
      portraitConsentUntil: null,
      ...fields,
    }) as AssetEntity;

  it('ends portrait consent at midnight after the last day, Dutch time (winter and summer)', () => {
    expect(consentEnd('2027-01-15').toISOString()).toBe('2027-01-15T23:00:00.000Z');
    expect(consentEnd('2027-07-15').toISOString()).toBe('2027-07-15T22:00:00.000Z');
  });

  it('says why an asset may not be used, in the order that matters', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    expect(unusableReason(asset({}), now)).toBeNull();
    expect(unusableReason(asset({ validUntil: new Date('2027-03-01T11:00:00Z') }), now)).toBe('EXPIRED');
    expect(unusableReason(asset({ portraitConsentUntil: '2027-02-28' }), now)).toBe('CONSENT_EXPIRED');
    expect(unusableReason(asset({ portraitConsentUntil: '2027-03-01' }), now)).toBeNull();
    expect(unusableReason(asset({ validFrom: new Date('2027-04-01T00:00:00Z') }), now)).toBe('NOT_YET_VALID');
    expect(unusableReason(asset({ archivedAt: now, validUntil: new Date(0) }), now)).toBe('ARCHIVED');
  });

  it('expires at the earlier of validUntil and the end of consent', () => {
    expect(
      expiresAt(
        asset({ validUntil: new Date('2027-06-01T00:00:00Z'), portraitConsentUntil: '2027-05-01' }),
      )?.toISOString(),
    ).toBe('2027-05-01T22:00:00.000Z');
    expect(expiresAt(asset({}))).toBeNull();
  });
});
