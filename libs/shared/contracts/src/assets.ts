/** What a house-style asset is (beeldmateriaal/bestand). */
export enum AssetKind {
  LOGO = 'LOGO',
  TEMPLATE = 'TEMPLATE',
  BANNER = 'BANNER',
  PHOTO = 'PHOTO',
  ICON = 'ICON',
  FONT = 'FONT',
  GUIDELINE = 'GUIDELINE',
  VIDEO = 'VIDEO',
}

/** Progress of the thumbnail and preview made in the background after an upload. */
export enum RenditionStatus {
  /** Not made yet (queued). */
  PENDING = 'PENDING',
  READY = 'READY',
  /** The file could not be rendered; the original is still downloadable. */
  FAILED = 'FAILED',
  /** Not an image: no renditions are made. */
  NONE = 'NONE',
}

export interface AssetKindRule {
  /** Dutch label for the UI. */
  label: string;
  /** Largest file accepted by default (the API may configure a different cap: ASSET_MAX_BYTES_<KIND>). */
  maxBytes: number;
  /** MIME types (as sniffed from the bytes, never as claimed by the client) that this kind accepts. */
  mimeTypes: readonly string[];
  /** Published as an image: alternative text is required. */
  image: boolean;
}

const MB = 1024 * 1024;
const RASTER = ['image/png', 'image/jpeg', 'image/webp', 'image/avif'];

/** Which files each kind accepts, and how large. */
export const ASSET_KIND_RULES: Record<AssetKind, AssetKindRule> = {
  LOGO: {
    label: 'Logo',
    maxBytes: 20 * MB,
    mimeTypes: ['image/svg+xml', 'image/png', 'image/webp', 'image/jpeg', 'application/pdf'],
    image: true,
  },
  TEMPLATE: {
    label: 'Sjabloon',
    maxBytes: 100 * MB,
    mimeTypes: [...RASTER, 'image/svg+xml', 'application/pdf'],
    image: false,
  },
  BANNER: {
    label: 'Banner',
    maxBytes: 50 * MB,
    mimeTypes: [...RASTER, 'image/gif', 'image/svg+xml'],
    image: true,
  },
  PHOTO: { label: 'Foto', maxBytes: 50 * MB, mimeTypes: RASTER, image: true },
  ICON: {
    label: 'Icoon',
    maxBytes: 5 * MB,
    mimeTypes: ['image/svg+xml', 'image/png', 'image/webp'],
    image: true,
  },
  FONT: {
    label: 'Lettertype',
    maxBytes: 20 * MB,
    mimeTypes: ['font/woff2', 'font/woff', 'font/ttf', 'font/otf'],
    image: false,
  },
  GUIDELINE: { label: 'Richtlijn', maxBytes: 200 * MB, mimeTypes: ['application/pdf'], image: false },
  VIDEO: {
    label: 'Video',
    maxBytes: 2048 * MB,
    mimeTypes: ['video/mp4', 'video/quicktime', 'video/webm'],
    image: false,
  },
};

/** The sizes a library can download (`/files/assets/<id>/<rendition>`). */
export const ASSET_RENDITIONS = ['original', 'thumb', 'preview', 'preview-avif'] as const;
export type AssetRenditionName = (typeof ASSET_RENDITIONS)[number];
