import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssetKind, PostStatus, RenditionStatus } from '@bibliohub/contracts';
import { Connection } from '@bibliohub/api-core';

/** The sizes a file can be downloaded in; values are the path segments of the download route. */
export enum AssetRendition {
  ORIGINAL = 'original',
  THUMB = 'thumb',
  PREVIEW = 'preview',
  PREVIEW_AVIF = 'preview-avif',
}
registerEnumType(AssetRendition, {
  name: 'AssetRendition',
  description:
    'ORIGINAL (as uploaded), THUMB (320 px WebP), PREVIEW (1280 px WebP), PREVIEW_AVIF (1280 px AVIF)',
});

export enum AssetWarningReason {
  EXPIRED = 'EXPIRED',
  CONSENT_EXPIRED = 'CONSENT_EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  ARCHIVED = 'ARCHIVED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(AssetWarningReason, {
  name: 'AssetWarningReason',
  description:
    'Why an asset may not be used: past validUntil, past its portrait consent, not valid yet, archived, or (for libraries) no longer available',
});

@ObjectType('AssetRights', { description: 'Who owns the asset and under which terms it may be used' })
export class AssetRightsType {
  @Field(() => String, { nullable: true, description: 'Rights holder: maker, agency, photographer' })
  owner!: string | null;

  @Field(() => String, { nullable: true })
  licence!: string | null;

  @Field(() => String, { nullable: true, description: 'Publish with the asset, e.g. "Foto: Jan Jansen"' })
  creditLine!: string | null;

  @Field({ description: 'The people portrayed agreed to publication (portretrecht)' })
  portraitConsent!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (YYYY-MM-DD) the portrait consent covers; afterwards the asset is expired',
  })
  portraitConsentUntil!: string | null;
}

@ObjectType('AssetRenditionFile', { description: 'A thumbnail or preview made from an image' })
export class RenditionFileType {
  @Field(() => AssetRendition)
  rendition!: AssetRendition;

  @Field()
  mimeType!: string;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Float)
  size!: number;

  @Field({ description: 'Download path (send the same Authorization header)' })
  url!: string;
}

@ObjectType('AssetVersion', {
  description: 'One uploaded file of an asset; replacing the file adds a version',
})
export class AssetVersionType {
  @Field(() => Int)
  number!: number;

  @Field({ description: 'The uploader’s file name (used for downloads only)' })
  originalName!: string;

  @Field({ description: 'Sniffed from the bytes, not taken from the client' })
  mimeType!: string;

  @Field(() => Float, { description: 'Bytes' })
  size!: number;

  @Field({ description: 'Hex SHA-256 of the file; also its ETag' })
  sha256!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => RenditionStatus)
  renditionsStatus!: RenditionStatus;

  @Field(() => [RenditionFileType])
  renditions!: RenditionFileType[];

  @Field({ description: 'Download path of this version’s original' })
  url!: string;

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Asset', {
  description: 'A house-style file: logo, template, banner, photo, icon, font, guideline or video',
})
export class AssetType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    description: 'The tenant owning it: the national office, or a library for its own uploads',
  })
  ownerTenantId!: string;

  @Field(() => AssetKind)
  kind!: AssetKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Alternative text; required for images' })
  altText!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => [ID])
  themeIds!: string[];

  @Field(() => AssetRightsType)
  rights!: AssetRightsType;

  @Field(() => Date, { nullable: true })
  validFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  validUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the asset stops being usable: validUntil or the end of the portrait consent, whichever is first',
  })
  expiresAt!: Date | null;

  @Field(() => AssetWarningReason, {
    nullable: true,
    description: 'Why the asset may not be used now (null when it may)',
  })
  unusableReason!: AssetWarningReason | null;

  @Field(() => Int)
  currentVersion!: number;

  @Field(() => AssetVersionType, { description: 'The current file' })
  file!: AssetVersionType;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Pass back on every change; a stale version answers CONFLICT' })
  version!: number;
}

export const AssetConnection = Connection(AssetType, 'Asset');

@ObjectType('AssetUsage', { description: 'A post that uses an asset' })
export class AssetUsageType {
  @Field(() => ID)
  postId!: string;

  @Field()
  postTitle!: string;

  @Field(() => PostStatus)
  postStatus!: PostStatus;

  @Field(() => Int, { description: 'Place of the asset in the post, from 0' })
  position!: number;
}

@ObjectType('PostAsset', { description: 'An asset attached to a post, in order' })
export class PostAssetType {
  @Field(() => Int)
  position!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Alt text to publish: the post’s own, else the asset’s',
  })
  altText!: string | null;

  @Field(() => String, { nullable: true, description: 'Alt text set for this post only' })
  altTextOverride!: string | null;

  @Field(() => AssetType)
  asset!: AssetType;
}

@ObjectType('AssetWarning', { description: 'An asset used by a post that may not be published now' })
export class AssetWarningType {
  @Field(() => ID)
  assetId!: string;

  @Field(() => String, { nullable: true, description: 'Null when the caller cannot see the asset any more' })
  title!: string | null;

  @Field(() => AssetWarningReason)
  reason!: AssetWarningReason;

  @Field(() => Date, { nullable: true, description: 'Since when (expiry moment), when known' })
  since!: Date | null;
}
