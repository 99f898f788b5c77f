import { ASSET_KIND_RULES } from '@bibliohub/contracts';
import type { AssetKind } from '../../gql/graphql';

// A record, so that a kind added to the schema fails the typecheck until it is offered here.
const KIND: Record<AssetKind, true> = {
  PHOTO: true,
  BANNER: true,
  LOGO: true,
  ICON: true,
  TEMPLATE: true,
  FONT: true,
  GUIDELINE: true,
  VIDEO: true,
};
export const ASSET_KINDS = Object.keys(KIND) as AssetKind[];

/** The contracts' rules for a kind (same values as the generated union). */
export const kindRules = (kind: AssetKind) => ASSET_KIND_RULES[kind as keyof typeof ASSET_KIND_RULES];

/** Images need alternative text. */
export const needsAltText = (kind: AssetKind) => kindRules(kind).image;

/** 2483311 → "2,4 MB" (in the given number format). */
export function formatBytes(bytes: number, format: (n: number) => string): string {
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(Math.round(bytes / 102.4) / 10)} kB`;
  if (bytes < 1024 ** 3) return `${format(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
  return `${format(Math.round(bytes / (1024 ** 2 * 102.4)) / 10)} GB`;
}

/** The file's name without its extension, as a first title. */
export const titleFromFileName = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
