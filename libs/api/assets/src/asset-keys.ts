import { randomUUID } from 'node:crypto';

/** Object keys: only ids the hub made, never anything a client sent. */
export const STAGING_PREFIX = 'staging/';

export const stagingKey = (tenantId: string): string => `${STAGING_PREFIX}${tenantId}/${randomUUID()}`;

export const assetPrefix = (tenantId: string, assetId: string): string => `assets/${tenantId}/${assetId}/`;

export const versionPrefix = (tenantId: string, assetId: string, number: number): string =>
  `${assetPrefix(tenantId, assetId)}v${number}/`;

export const originalKey = (tenantId: string, assetId: string, number: number): string =>
  `${versionPrefix(tenantId, assetId, number)}original`;

/** Where the API serves a file (relative; send the same Authorization header). */
export function downloadPath(assetId: string, rendition: string, version?: number): string {
  return `/files/assets/${assetId}/${rendition}${version ? `?version=${version}` : ''}`;
}
