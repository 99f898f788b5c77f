import type { AssetVersionEntity, RenditionFile, Renditions } from './asset-version.entity.js';
import type { AssetEntity } from './asset.entity.js';
import { downloadPath } from './asset-keys.js';
import {
  AssetRendition,
  AssetWarningReason,
  type AssetType,
  type AssetVersionType,
  type RenditionFileType,
} from './dto/asset.type.js';

/** An asset with its current file, as services load it. */
export interface AssetView {
  asset: AssetEntity;
  file: AssetVersionEntity;
}

const RENDITION_ORDER: (keyof Renditions)[] = ['thumb', 'preview', 'preview-avif'];

/** End of the last consent day in Dutch time (consent covers the whole day). */
export function consentEnd(until: string): Date {
  const [y, m, d] = until.split('-').map(Number) as [number, number, number];
  // Midnight at the start of the next day in Europe/Amsterdam (UTC+1 or +2): find the offset of that day.
  const utcGuess = new Date(Date.UTC(y, m - 1, d + 1));
  const offsetMinutes = amsterdamOffsetMinutes(utcGuess);
  return new Date(utcGuess.getTime() - offsetMinutes * 60_000);
}

function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    timeZoneName: 'shortOffset',
  }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 60;
}

/** Why an asset may not be used at `now`, or null. The same rules as the library read policy. */
export function unusableReason(asset: AssetEntity, now = new Date()): AssetWarningReason | null {
  if (asset.archivedAt) return AssetWarningReason.ARCHIVED;
  if (asset.validUntil && asset.validUntil <= now) return AssetWarningReason.EXPIRED;
  if (asset.portraitConsentUntil && consentEnd(asset.portraitConsentUntil) <= now)
    return AssetWarningReason.CONSENT_EXPIRED;
  if (asset.validFrom && asset.validFrom > now) return AssetWarningReason.NOT_YET_VALID;
  return null;
}

/** validUntil or the end of the portrait consent, whichever comes first. */
export function expiresAt(asset: AssetEntity): Date | null {
  const dates = [
    asset.validUntil,
    asset.portraitConsentUntil ? consentEnd(asset.portraitConsentUntil) : null,
  ].filter((d): d is Date => d !== null);
  return dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null;
}

export function toRenditionFiles(
  assetId: string,
  number: number,
  renditions: Renditions,
): RenditionFileType[] {
  return RENDITION_ORDER.filter((name) => renditions[name]).map((name) => {
    const file = renditions[name] as RenditionFile;
    return {
      rendition: name as AssetRendition,
      mimeType: file.mimeType,
      width: file.width,
      height: file.height,
      size: file.size,
      url: downloadPath(assetId, name, number),
    };
  });
}

export function toVersionType(version: AssetVersionEntity): AssetVersionType {
  return {
    number: version.number,
    originalName: version.originalName,
    mimeType: version.mimeType,
    size: version.size,
    sha256: version.sha256,
    width: version.width,
    height: version.height,
    renditionsStatus: version.renditionsStatus,
    renditions: toRenditionFiles(version.assetId, version.number, version.renditions ?? {}),
    url: downloadPath(version.assetId, AssetRendition.ORIGINAL, version.number),
    createdBy: version.createdBy,
    createdAt: version.createdAt,
  };
}

export function toAssetType({ asset, file }: AssetView): AssetType {
  return {
    id: asset.id,
    ownerTenantId: asset.tenantId,
    kind: asset.kind,
    title: asset.title,
    description: asset.description,
    altText: asset.altText,
    tags: asset.tags,
    themeIds: asset.themeIds,
    rights: {
      owner: asset.owner,
      licence: asset.licence,
      creditLine: asset.creditLine,
      portraitConsent: asset.portraitConsent,
      portraitConsentUntil: asset.portraitConsentUntil,
    },
    validFrom: asset.validFrom,
    validUntil: asset.validUntil,
    archivedAt: asset.archivedAt,
    expiresAt: expiresAt(asset),
    unusableReason: unusableReason(asset),
    currentVersion: asset.currentVersion,
    file: toVersionType(file),
    createdAt: asset.createdAt,
    updatedAt: asset.updatedAt,
    version: asset.version,
  };
}

/** What the audit log keeps of an asset. */
export function snapshotOf(asset: AssetEntity, file?: AssetVersionEntity): Record<string, unknown> {
  return {
    kind: asset.kind,
    title: asset.title,
    description: asset.description,
    altText: asset.altText,
    tags: asset.tags,
    themeIds: asset.themeIds,
    owner: asset.owner,
    licence: asset.licence,
    creditLine: asset.creditLine,
    portraitConsent: asset.portraitConsent,
    portraitConsentUntil: asset.portraitConsentUntil,
    validFrom: asset.validFrom,
    validUntil: asset.validUntil,
    archivedAt: asset.archivedAt,
    currentVersion: asset.currentVersion,
    ...(file
      ? {
          file: {
            number: file.number,
            originalName: file.originalName,
            mimeType: file.mimeType,
            size: file.size,
            sha256: file.sha256,
          },
        }
      : {}),
  };
}
