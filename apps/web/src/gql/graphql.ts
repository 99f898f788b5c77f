/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an API key may do: FEED_READ (feed:read), SUBMISSIONS_WRITE (submissions:write), USAGE_WRITE (usage:write) */
export type ApiScope = 'FEED_READ' | 'SUBMISSIONS_WRITE' | 'USAGE_WRITE';

/** Logo, template, banner, photo, icon, font, guideline (PDF) or video */
export type AssetKind = 'BANNER' | 'FONT' | 'GUIDELINE' | 'ICON' | 'LOGO' | 'PHOTO' | 'TEMPLATE' | 'VIDEO';

/** ORIGINAL (as uploaded), THUMB (320 px WebP), PREVIEW (1280 px WebP), PREVIEW_AVIF (1280 px AVIF) */
export type AssetRendition = 'ORIGINAL' | 'PREVIEW' | 'PREVIEW_AVIF' | 'THUMB';

export type AssetRightsInput = {
  creditLine?: string | null | undefined;
  /** e.g. "CC BY 4.0" or "alleen voor bibliotheken" */
  licence?: string | null | undefined;
  owner?: string | null | undefined;
  portraitConsent?: boolean | null | undefined;
  /** Last day covered, YYYY-MM-DD */
  portraitConsentUntil?: string | null | undefined;
};

/** ALL visible assets, only the national house style (CENTRAL), or only your own uploads (OWN) */
export type AssetScope = 'ALL' | 'CENTRAL' | 'OWN';

/** Why an asset may not be used: past validUntil, past its portrait consent, not valid yet, archived, or (for libraries) no longer available */
export type AssetWarningReason = 'ARCHIVED' | 'CONSENT_EXPIRED' | 'EXPIRED' | 'NOT_YET_VALID' | 'UNAVAILABLE';

export type BrandColourInput = {
  hex: string;
  name: string;
  usage?: string;
};

export type BrandKitAssetInput = {
  assetId: string | number;
  label: string;
  usage?: string;
};

/** The whole brand kit; replaces what was there, in the given order */
export type BrandKitInput = {
  colours: Array<BrandColourInput>;
  /** FONT assets */
  fonts: Array<BrandKitAssetInput>;
  /** LOGO assets */
  logos: Array<BrandKitAssetInput>;
  /** TEMPLATE assets */
  templates: Array<BrandKitAssetInput>;
};

export type BrandKitSection = 'FONT' | 'LOGO' | 'TEMPLATE';

/** Social-media channel */
export type Channel = 'FACEBOOK' | 'GENERIC' | 'INSTAGRAM' | 'LINKEDIN' | 'X';

export type ChannelInput = {
  /** false: the library stopped using it */
  active?: boolean;
  activeSince?: string | null | undefined;
  channel: Channel;
  handle: string;
  url?: string | null | undefined;
};

export type CreateApiKeyInput = {
  expiresAt?: string | null | undefined;
  /** What the key is for, e.g. "Website" or "Planner" */
  name: string;
  scopes: Array<ApiScope>;
  /** Central admins: the library; default your own */
  tenantId?: string | number | null | undefined;
};

export type CreatePostInput = {
  availableFrom?: string | null | undefined;
  availableUntil?: string | null | undefined;
  body: string;
  goal?: Goal | null | undefined;
  language?: Language | null | undefined;
  /** Suggested date for the calendar */
  suggestedPublishAt?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  themeId?: string | number | null | undefined;
  title: string;
  /** One per channel; replaces all variants */
  variants?: Array<PostVariantInput> | null | undefined;
};

export type CreateTenantInput = {
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  name: string;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  province: Province;
  /** Lower-case letters, digits and hyphens; used in URLs */
  slug: string;
  website?: string | null | undefined;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** Initial password, 10 to 256 characters */
  password: string;
  role: Role;
  /** Central admins: the tenant; default your own */
  tenantId?: string | number | null | undefined;
};

export type CreateWebhookEndpointInput = {
  events?: Array<string>;
  /** https:// address (http:// only for localhost outside production) */
  url: string;
};

export type CriteriaInput = {
  networksMinActive: number;
  networksRequiresPresent: boolean;
  presenceKpiWithinDays: number;
  presenceMinActiveChannels: number;
  presenceMinKpiMeasurements: number;
  presenceRequiresCompleteStrategy: boolean;
  presenceRequiresHouseStyle: boolean;
  presenceRequiresPolicy: boolean;
  presenceRequiresTrained: boolean;
  trainingDigitalVisionOnly: boolean;
  trainingMinVerified: number;
};

/** What a piece of programme evidence is */
export type EvidenceKind =
  'CHANNEL' | 'HOUSE_STYLE' | 'KPI_MEASUREMENT' | 'POLICY' | 'STRATEGY' | 'TRAINING' | 'VALUE_NETWORK';

/** SUBMITTED by the library, then VERIFIED or REJECTED by central staff */
export type EvidenceStatus = 'REJECTED' | 'SUBMITTED' | 'VERIFIED';

export type FinalizeAssetUploadInput = {
  /** Required for images */
  altText?: string | null | undefined;
  description?: string | null | undefined;
  rights?: AssetRightsInput | null | undefined;
  tags?: Array<string> | null | undefined;
  themeIds?: Array<string | number> | null | undefined;
  title: string;
  /** From PUT /files/uploads */
  uploadToken: string;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

/** marketing (naamsbekendheid), klantenbinding, netwerken */
export type Goal = 'KLANTENBINDING' | 'MARKETING' | 'NETWERKEN';

export type HouseStyleInput = {
  applied: boolean;
  /** YYYY-MM-DD */
  appliedOn: string;
  note?: string | null | undefined;
};

export type KpiMeasurementInput = {
  channelId: string | number;
  followers: number;
  /** Interactions and conversations */
  interactions: number;
  /** YYYY-MM-DD */
  measuredOn: string;
  posts: number;
  shares: number;
  /** Visits from social media to the website */
  websiteVisits: number;
};

/** Followers, posts, interactions/conversations, shares, visits from social media to the website */
export type KpiMetric = 'FOLLOWERS' | 'INTERACTIONS' | 'OTHER' | 'POSTS' | 'SHARES' | 'WEBSITE_VISITS';

/** NL (default), EN, FY (Frisian) */
export type Language = 'EN' | 'FY' | 'NL';

export type PeriodInput = {
  name: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  targetDate: string;
  targetNetworks?: number;
  targetPresent?: number;
  targetTrained?: number;
};

/** Programme phase: TRAINED (167), PROFESSIONALLY_PRESENT (125), VALUE_NETWORKS (50) */
export type Phase = 'PROFESSIONALLY_PRESENT' | 'TRAINED' | 'VALUE_NETWORKS';

/** NOT_STARTED, IN_PROGRESS or ACHIEVED */
export type PhaseStatus = 'ACHIEVED' | 'IN_PROGRESS' | 'NOT_STARTED';

export type PolicyInput = {
  /** YYYY-MM-DD */
  adoptedOn: string;
  /** The policy text (or give a url) */
  text?: string;
  url?: string | null | undefined;
};

export type PostAssetInput = {
  /** Alt text for this post only (else the asset’s) */
  altText?: string | null | undefined;
  assetId: string | number;
};

export type PostImportFormat = 'CSV' | 'JSONL';

export type PostImportStatus = 'DONE' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** Only the fields given are overridden; others stay as they are (central or overridden before) */
export type PostOverrideInput = {
  body?: string | null | undefined;
  title?: string | null | undefined;
  variants?: Array<PostVariantOverrideInput> | null | undefined;
  /** PostOverride.version (0 for a first override) */
  version: number;
};

/** RELEVANCE needs a search text */
export type PostSort = 'RELEVANCE' | 'SUGGESTED_ASC' | 'TITLE_ASC' | 'UPDATED_DESC';

export type PostSource = 'CENTRAL' | 'SUBMISSION';

/** DRAFT → SCHEDULED → PUBLISHED → WITHDRAWN / ARCHIVED */
export type PostStatus = 'ARCHIVED' | 'DRAFT' | 'PUBLISHED' | 'SCHEDULED' | 'WITHDRAWN';

export type PostVariantInput = {
  callToAction?: string | null | undefined;
  channel: Channel;
  hashtags?: Array<string>;
  link?: string | null | undefined;
  text: string;
};

/** Fields of one channel variant to override; leave a field out to keep the central one */
export type PostVariantOverrideInput = {
  /** null: no call to action in your copy */
  callToAction?: string | null | undefined;
  channel: Channel;
  hashtags?: Array<string> | null | undefined;
  /** null: no link in your copy */
  link?: string | null | undefined;
  text?: string | null | undefined;
};

/** Phase sorts order NOT_STARTED < IN_PROGRESS < ACHIEVED; ties by name */
export type ProgrammeLibrarySort =
  | 'LAST_ACTIVITY'
  | 'NAME'
  | 'PENDING_REVIEWS'
  | 'PROFESSIONALLY_PRESENT'
  | 'PROVINCE'
  | 'TRAINED'
  | 'VALUE_NETWORKS';

/** The twelve Dutch provinces */
export type Province =
  | 'DRENTHE'
  | 'FLEVOLAND'
  | 'FRIESLAND'
  | 'GELDERLAND'
  | 'GRONINGEN'
  | 'LIMBURG'
  | 'NOORD_BRABANT'
  | 'NOORD_HOLLAND'
  | 'OVERIJSSEL'
  | 'UTRECHT'
  | 'ZEELAND'
  | 'ZUID_HOLLAND';

/** Thumbnail and preview: PENDING → READY or FAILED; NONE for files that are not images */
export type RenditionStatus = 'FAILED' | 'NONE' | 'PENDING' | 'READY';

export type ReviewEvidenceInput = {
  /** Required when rejecting */
  comment?: string | null | undefined;
  /** VERIFIED or REJECTED */
  decision: EvidenceStatus;
  id: string | number;
  kind: EvidenceKind;
  version: number;
};

/** What a user may do */
export type Role =
  'CENTRAL_ADMIN' | 'CENTRAL_EDITOR' | 'LIBRARY_ADMIN' | 'LIBRARY_EDITOR' | 'PROGRAMME_VIEWER';

export type SocialChannelInput = {
  channel: Channel;
  handle: string;
  url?: string | null | undefined;
};

export type StrategyGoalInput = {
  description?: string;
  goal?: Goal | null | undefined;
  /** One or two KPIs */
  kpis?: Array<StrategyKpiInput>;
};

/** The seven steps; save what you have, complete it later */
export type StrategyInput = {
  mission?: string;
  offlineGoals?: Array<string>;
  onlineGoals?: Array<string>;
  socialGoals?: Array<StrategyGoalInput>;
  tactics?: Array<StrategyTacticInput>;
  targetGroups?: Array<StrategyTargetGroupInput>;
};

export type StrategyKpiInput = {
  metric?: KpiMetric | null | undefined;
  name: string;
  target?: number | null | undefined;
};

export type StrategyTacticInput = {
  channels?: Array<Channel>;
  description?: string;
  measurementMethod?: string;
};

export type StrategyTargetGroupInput = {
  description?: string;
  group?: TargetGroup | null | undefined;
  /** Where and how the group uses media */
  mediaUse?: string;
};

export type SubmissionAssetInput = {
  /** Alt text for this submission only (else the asset’s) */
  altText?: string | null | undefined;
  /** One of your own uploads (PUT /files/uploads, then finalizeAssetUpload) */
  assetId: string | number;
};

export type SubmissionInput = {
  /** Attached assets in order (replaces the list; at most 10). Omit to keep them */
  assets?: Array<SubmissionAssetInput> | null | undefined;
  body: string;
  goal?: Goal | null | undefined;
  language?: Language;
  /** Local context for the reviewers */
  localContext?: string | null | undefined;
  /** We may share this content with the network */
  mayShare: boolean;
  /** Recognisable people gave consent */
  portraitConsent?: boolean;
  rightsNote?: string | null | undefined;
  targetGroups?: Array<TargetGroup>;
  themeId?: string | number | null | undefined;
  title: string;
  variants?: Array<PostVariantInput>;
};

/** DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED | REJECTED | APPROVED → REPUBLISHED */
export type SubmissionStatus =
  'APPROVED' | 'CHANGES_REQUESTED' | 'DRAFT' | 'IN_REVIEW' | 'REJECTED' | 'REPUBLISHED' | 'SUBMITTED';

export type TargetGroup =
  'JEUGD' | 'JONGEREN' | 'LAAGGELETTERDEN' | 'OUDERS' | 'SENIOREN' | 'STUDENTEN' | 'VOLWASSENEN';

/** The national office (CENTRAL) or a library (LIBRARY) */
export type TenantKind = 'CENTRAL' | 'LIBRARY';

export type ThemeInput = {
  active?: boolean;
  colour: string;
  description?: string;
  kind?: ThemeKind;
  name: string;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  recursYearly?: boolean;
  slug: string;
};

export type ThemeKind = 'CAMPAIGN' | 'THEME';

export type TrainingInput = {
  /** Certificate: an asset id */
  certificateAssetId?: string | null | undefined;
  /** YYYY-MM-DD */
  date: string;
  /** Counts as training in the digital vision */
  digitalVision?: boolean;
  module: string;
  provider: string;
  staffCount: number;
};

export type TrendGranularity = 'MONTH' | 'WEEK';

export type UpdateAssetInput = {
  /** Required for images */
  altText?: string | null | undefined;
  description?: string | null | undefined;
  rights?: AssetRightsInput | null | undefined;
  tags?: Array<string> | null | undefined;
  themeIds?: Array<string | number> | null | undefined;
  title?: string | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  version: number;
};

export type UpdatePostInput = {
  availableFrom?: string | null | undefined;
  availableUntil?: string | null | undefined;
  body?: string | null | undefined;
  goal?: Goal | null | undefined;
  language?: Language | null | undefined;
  /** Suggested date for the calendar */
  suggestedPublishAt?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  themeId?: string | number | null | undefined;
  title?: string | null | undefined;
  /** One per channel; replaces all variants */
  variants?: Array<PostVariantInput> | null | undefined;
  version: number;
};

export type UpdateTenantInput = {
  active?: boolean | null | undefined;
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  name?: string | null | undefined;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  province?: Province | null | undefined;
  version: number;
  website?: string | null | undefined;
};

export type UpdateTenantProfileInput = {
  branchCount?: number | null | undefined;
  catalogueUrl?: string | null | undefined;
  channels?: Array<SocialChannelInput> | null | undefined;
  city?: string | null | undefined;
  contactEmail?: string | null | undefined;
  displayName?: string | null | undefined;
  openingHoursUrl?: string | null | undefined;
  phone?: string | null | undefined;
  /** Central admins only: the library to edit; default your own */
  tenantId?: string | number | null | undefined;
  version: number;
  website?: string | null | undefined;
};

export type UpdateThemeInput = {
  active?: boolean;
  colour: string;
  description?: string;
  kind?: ThemeKind;
  name: string;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  recursYearly?: boolean;
  slug: string;
  version: number;
};

export type UpdateUserInput = {
  name?: string | null | undefined;
  role?: Role | null | undefined;
  version: number;
};

export type UpdateWebhookEndpointInput = {
  active?: boolean | null | undefined;
  events?: Array<string> | null | undefined;
};

export type UpstreamDecisionInput = {
  /** Field path, as in upstreamChanges */
  field: string;
  /** true: take the central version (drop your override); false: keep your own */
  take: boolean;
};

export type ValueNetworkInput = {
  /** false: the network has ended */
  active?: boolean;
  activities?: Array<string>;
  memberCount: number;
  name: string;
  partners?: Array<string>;
  startedOn?: string | null | undefined;
  theme: string;
};

export type ApiKeyFieldsFragment = {
  id: string;
  name: string;
  prefix: string;
  scopes: Array<ApiScope>;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type ApiKeysQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;

export type ApiKeysQuery = {
  apiKeys: Array<{
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: {
    key: string;
    apiKey: {
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiScope>;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: {
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  };
};

export type AssetFieldsFragment = {
  id: string;
  title: string;
  description: string;
  kind: AssetKind;
  altText: string | null;
  tags: Array<string>;
  ownerTenantId: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
  expiresAt: string | null;
  unusableReason: AssetWarningReason | null;
  version: number;
  currentVersion: number;
  thumb: string | null;
  preview: string | null;
  original: string | null;
  rights: {
    owner: string | null;
    licence: string | null;
    creditLine: string | null;
    portraitConsent: boolean;
    portraitConsentUntil: string | null;
  };
  file: {
    mimeType: string;
    size: number;
    width: number | null;
    height: number | null;
    originalName: string;
    renditionsStatus: RenditionStatus;
  };
};

export type AssetsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kinds?: Array<AssetKind> | AssetKind | null | undefined;
  scope: AssetScope;
  includeArchived: boolean;
}>;

export type AssetsQuery = {
  assets: {
    nodes: Array<{
      id: string;
      title: string;
      description: string;
      kind: AssetKind;
      altText: string | null;
      tags: Array<string>;
      ownerTenantId: string;
      createdAt: string;
      updatedAt: string;
      archivedAt: string | null;
      validFrom: string | null;
      validUntil: string | null;
      expiresAt: string | null;
      unusableReason: AssetWarningReason | null;
      version: number;
      currentVersion: number;
      thumb: string | null;
      preview: string | null;
      original: string | null;
      rights: {
        owner: string | null;
        licence: string | null;
        creditLine: string | null;
        portraitConsent: boolean;
        portraitConsentUntil: string | null;
      };
      file: {
        mimeType: string;
        size: number;
        width: number | null;
        height: number | null;
        originalName: string;
        renditionsStatus: RenditionStatus;
      };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type AssetQueryVariables = Exact<{
  id: string | number;
}>;

export type AssetQuery = {
  asset: {
    id: string;
    title: string;
    description: string;
    kind: AssetKind;
    altText: string | null;
    tags: Array<string>;
    ownerTenantId: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    expiresAt: string | null;
    unusableReason: AssetWarningReason | null;
    version: number;
    currentVersion: number;
    thumb: string | null;
    preview: string | null;
    original: string | null;
    versions: Array<{
      number: number;
      createdAt: string;
      originalName: string;
      size: number;
      mimeType: string;
    }>;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: {
      mimeType: string;
      size: number;
      width: number | null;
      height: number | null;
      originalName: string;
      renditionsStatus: RenditionStatus;
    };
  };
};

export type AssetUsageQueryVariables = Exact<{
  assetId: string | number;
}>;

export type AssetUsageQuery = {
  assetUsage: Array<{ postId: string; postTitle: string; postStatus: PostStatus }>;
};

export type FinalizeAssetUploadMutationVariables = Exact<{
  input: FinalizeAssetUploadInput;
}>;

export type FinalizeAssetUploadMutation = {
  finalizeAssetUpload: {
    id: string;
    title: string;
    description: string;
    kind: AssetKind;
    altText: string | null;
    tags: Array<string>;
    ownerTenantId: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    expiresAt: string | null;
    unusableReason: AssetWarningReason | null;
    version: number;
    currentVersion: number;
    thumb: string | null;
    preview: string | null;
    original: string | null;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: {
      mimeType: string;
      size: number;
      width: number | null;
      height: number | null;
      originalName: string;
      renditionsStatus: RenditionStatus;
    };
  };
};

export type UpdateAssetMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssetInput;
}>;

export type UpdateAssetMutation = {
  updateAsset: {
    id: string;
    title: string;
    description: string;
    kind: AssetKind;
    altText: string | null;
    tags: Array<string>;
    ownerTenantId: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    expiresAt: string | null;
    unusableReason: AssetWarningReason | null;
    version: number;
    currentVersion: number;
    thumb: string | null;
    preview: string | null;
    original: string | null;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: {
      mimeType: string;
      size: number;
      width: number | null;
      height: number | null;
      originalName: string;
      renditionsStatus: RenditionStatus;
    };
  };
};

export type ArchiveAssetMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type ArchiveAssetMutation = {
  archiveAsset: {
    id: string;
    title: string;
    description: string;
    kind: AssetKind;
    altText: string | null;
    tags: Array<string>;
    ownerTenantId: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    expiresAt: string | null;
    unusableReason: AssetWarningReason | null;
    version: number;
    currentVersion: number;
    thumb: string | null;
    preview: string | null;
    original: string | null;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: {
      mimeType: string;
      size: number;
      width: number | null;
      height: number | null;
      originalName: string;
      renditionsStatus: RenditionStatus;
    };
  };
};

export type UnarchiveAssetMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type UnarchiveAssetMutation = {
  unarchiveAsset: {
    id: string;
    title: string;
    description: string;
    kind: AssetKind;
    altText: string | null;
    tags: Array<string>;
    ownerTenantId: string;
    createdAt: string;
    updatedAt: string;
    archivedAt: string | null;
    validFrom: string | null;
    validUntil: string | null;
    expiresAt: string | null;
    unusableReason: AssetWarningReason | null;
    version: number;
    currentVersion: number;
    thumb: string | null;
    preview: string | null;
    original: string | null;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: {
      mimeType: string;
      size: number;
      width: number | null;
      height: number | null;
      originalName: string;
      renditionsStatus: RenditionStatus;
    };
  };
};

export type DeleteAssetMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type DeleteAssetMutation = { deleteAsset: boolean };

export type SetPostAssetsMutationVariables = Exact<{
  postId: string | number;
  version?: number | null | undefined;
  assets: Array<PostAssetInput> | PostAssetInput;
}>;

export type SetPostAssetsMutation = { setPostAssets: { id: string; version: number } };

export type BrandKitAssetFieldsFragment = {
  id: string;
  label: string;
  usage: string;
  section: BrandKitSection;
  asset: {
    id: string;
    title: string;
    kind: AssetKind;
    altText: string | null;
    thumb: string | null;
    original: string | null;
    file: { mimeType: string; originalName: string };
  };
};

export type BrandKitQueryVariables = Exact<{ [key: string]: never }>;

export type BrandKitQuery = {
  brandKit: {
    colours: Array<{ id: string; name: string; hex: string; usage: string }>;
    logos: Array<{
      id: string;
      label: string;
      usage: string;
      section: BrandKitSection;
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        thumb: string | null;
        original: string | null;
        file: { mimeType: string; originalName: string };
      };
    }>;
    fonts: Array<{
      id: string;
      label: string;
      usage: string;
      section: BrandKitSection;
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        thumb: string | null;
        original: string | null;
        file: { mimeType: string; originalName: string };
      };
    }>;
    templates: Array<{
      id: string;
      label: string;
      usage: string;
      section: BrandKitSection;
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        thumb: string | null;
        original: string | null;
        file: { mimeType: string; originalName: string };
      };
    }>;
  };
};

export type SetBrandKitMutationVariables = Exact<{
  input: BrandKitInput;
}>;

export type SetBrandKitMutation = { setBrandKit: { colours: Array<{ id: string }> } };

export type CurrentUserFieldsFragment = {
  id: string;
  name: string;
  email: string;
  role: Role;
  lastLoginAt: string | null;
  tenant: { id: string; slug: string; name: string; kind: TenantKind };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    refreshToken: string;
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      lastLoginAt: string | null;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    };
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    name: string;
    email: string;
    role: Role;
    lastLoginAt: string | null;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = {
  changePassword: {
    accessToken: string;
    refreshToken: string;
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      lastLoginAt: string | null;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    };
  };
};

export type ThemeFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: ThemeKind;
  colour: string;
  description: string;
  active: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  recursYearly: boolean;
  version: number;
};

export type VariantFieldsFragment = {
  channel: Channel;
  text: string;
  hashtags: Array<string>;
  link: string | null;
  callToAction: string | null;
  length: number;
  maxLength: number;
};

export type PostListFieldsFragment = {
  id: string;
  title: string;
  status: PostStatus;
  language: Language;
  goal: Goal | null;
  targetGroups: Array<TargetGroup>;
  suggestedPublishAt: string | null;
  updatedAt: string;
  attribution: string | null;
  theme: { id: string; name: string; colour: string; kind: ThemeKind } | null;
  variants: Array<{ channel: Channel }>;
};

export type PostFieldsFragment = {
  id: string;
  title: string;
  body: string;
  status: PostStatus;
  source: PostSource;
  attribution: string | null;
  language: Language;
  goal: Goal | null;
  targetGroups: Array<TargetGroup>;
  tags: Array<string>;
  availableFrom: string | null;
  availableUntil: string | null;
  suggestedPublishAt: string | null;
  scheduledAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  theme: { id: string; name: string } | null;
  variants: Array<{
    channel: Channel;
    text: string;
    hashtags: Array<string>;
    link: string | null;
    callToAction: string | null;
    length: number;
    maxLength: number;
  }>;
  assets: Array<{
    position: number;
    altText: string | null;
    altTextOverride: string | null;
    asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
  }>;
  assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
};

export type PostsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  themeIds?: Array<string | number> | string | number | null | undefined;
  channel?: Channel | null | undefined;
  goal?: Goal | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  statuses?: Array<PostStatus> | PostStatus | null | undefined;
  language?: Language | null | undefined;
  from?: string | null | undefined;
  until?: string | null | undefined;
  sort?: PostSort | null | undefined;
}>;

export type PostsQuery = {
  posts: {
    nodes: Array<{
      id: string;
      title: string;
      status: PostStatus;
      language: Language;
      goal: Goal | null;
      targetGroups: Array<TargetGroup>;
      suggestedPublishAt: string | null;
      updatedAt: string;
      attribution: string | null;
      theme: { id: string; name: string; colour: string; kind: ThemeKind } | null;
      variants: Array<{ channel: Channel }>;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type CalendarQueryVariables = Exact<{
  from: string;
  until: string;
}>;

export type CalendarQuery = {
  calendar: {
    posts: Array<{
      id: string;
      title: string;
      status: PostStatus;
      language: Language;
      goal: Goal | null;
      targetGroups: Array<TargetGroup>;
      suggestedPublishAt: string | null;
      updatedAt: string;
      attribution: string | null;
      theme: { id: string; name: string; colour: string; kind: ThemeKind } | null;
      variants: Array<{ channel: Channel }>;
    }>;
    campaigns: Array<{
      id: string;
      slug: string;
      name: string;
      kind: ThemeKind;
      colour: string;
      description: string;
      active: boolean;
      periodStart: string | null;
      periodEnd: string | null;
      recursYearly: boolean;
      version: number;
    }>;
  };
};

export type PostQueryVariables = Exact<{
  id: string | number;
}>;

export type PostQuery = {
  post: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;

export type CreatePostMutation = {
  createPost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type UpdatePostMutationVariables = Exact<{
  id: string | number;
  input: UpdatePostInput;
}>;

export type UpdatePostMutation = {
  updatePost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type PublishPostMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type PublishPostMutation = {
  publishPost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type SchedulePostMutationVariables = Exact<{
  id: string | number;
  version: number;
  at: string;
}>;

export type SchedulePostMutation = {
  schedulePost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type UnschedulePostMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type UnschedulePostMutation = {
  unschedulePost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type WithdrawPostMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type WithdrawPostMutation = {
  withdrawPost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type ArchivePostMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type ArchivePostMutation = {
  archivePost: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type RestorePostToDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type RestorePostToDraftMutation = {
  restorePostToDraft: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type DuplicatePostMutationVariables = Exact<{
  id: string | number;
}>;

export type DuplicatePostMutation = { duplicatePost: { id: string } };

export type PostRevisionsQueryVariables = Exact<{
  id: string | number;
}>;

export type PostRevisionsQuery = {
  postRevisions: Array<{
    number: number;
    action: string;
    createdAt: string;
    status: PostStatus;
    title: string;
  }>;
};

export type RestorePostRevisionMutationVariables = Exact<{
  id: string | number;
  version: number;
  revision: number;
}>;

export type RestorePostRevisionMutation = {
  restorePostRevision: {
    id: string;
    title: string;
    body: string;
    status: PostStatus;
    source: PostSource;
    attribution: string | null;
    language: Language;
    goal: Goal | null;
    targetGroups: Array<TargetGroup>;
    tags: Array<string>;
    availableFrom: string | null;
    availableUntil: string | null;
    suggestedPublishAt: string | null;
    scheduledAt: string | null;
    publishedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    theme: { id: string; name: string } | null;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      asset: { id: string; title: string; kind: AssetKind; altText: string | null; thumb: string | null };
    }>;
    assetWarnings: Array<{ assetId: string; reason: AssetWarningReason; title: string | null }>;
  };
};

export type PreviewPostQueryVariables = Exact<{
  id: string | number;
  tenantId: string | number;
}>;

export type PreviewPostQuery = {
  previewPost: {
    title: string;
    body: string;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
  };
};

export type ThemesQueryVariables = Exact<{
  activeOnly: boolean;
}>;

export type ThemesQuery = {
  themes: Array<{
    id: string;
    slug: string;
    name: string;
    kind: ThemeKind;
    colour: string;
    description: string;
    active: boolean;
    periodStart: string | null;
    periodEnd: string | null;
    recursYearly: boolean;
    version: number;
  }>;
};

export type CreateThemeMutationVariables = Exact<{
  input: ThemeInput;
}>;

export type CreateThemeMutation = {
  createTheme: {
    id: string;
    slug: string;
    name: string;
    kind: ThemeKind;
    colour: string;
    description: string;
    active: boolean;
    periodStart: string | null;
    periodEnd: string | null;
    recursYearly: boolean;
    version: number;
  };
};

export type UpdateThemeMutationVariables = Exact<{
  id: string | number;
  input: UpdateThemeInput;
}>;

export type UpdateThemeMutation = {
  updateTheme: {
    id: string;
    slug: string;
    name: string;
    kind: ThemeKind;
    colour: string;
    description: string;
    active: boolean;
    periodStart: string | null;
    periodEnd: string | null;
    recursYearly: boolean;
    version: number;
  };
};

export type PostUsageQueryVariables = Exact<{
  postId: string | number;
}>;

export type PostUsageQuery = {
  post: { id: string; title: string; status: PostStatus; publishedAt: string | null };
  postUsage: {
    libraryCount: number;
    receipts: Array<{
      id: string;
      channel: Channel;
      libraryName: string | null;
      publishedAt: string;
      url: string;
    }>;
  };
};

export type InactiveLibrariesQueryVariables = Exact<{
  days: number;
}>;

export type InactiveLibrariesQuery = {
  inactiveLibraries: Array<{ tenantId: string; name: string; lastUsedAt: string | null }>;
};

export type PostImportFieldsFragment = {
  id: string;
  status: PostImportStatus;
  format: PostImportFormat;
  dryRun: boolean;
  fileName: string;
  size: number;
  total: number;
  processed: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errorCount: number;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export type PostImportQueryVariables = Exact<{
  id: string | number;
}>;

export type PostImportQuery = {
  postImport: {
    id: string;
    status: PostImportStatus;
    format: PostImportFormat;
    dryRun: boolean;
    fileName: string;
    size: number;
    total: number;
    processed: number;
    imported: number;
    updated: number;
    unchanged: number;
    skipped: number;
    errorCount: number;
    failure: string | null;
    createdAt: string;
    finishedAt: string | null;
    errors: Array<{
      line: number;
      externalId: string | null;
      field: string;
      reason: string;
      message: string;
    }>;
  };
};

export type PostImportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PostImportsQuery = {
  postImports: {
    nodes: Array<{
      id: string;
      status: PostImportStatus;
      format: PostImportFormat;
      dryRun: boolean;
      fileName: string;
      size: number;
      total: number;
      processed: number;
      imported: number;
      updated: number;
      unchanged: number;
      skipped: number;
      errorCount: number;
      failure: string | null;
      createdAt: string;
      finishedAt: string | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ProgrammeDashboardQueryVariables = Exact<{
  periodId?: string | number | null | undefined;
  granularity: TrendGranularity;
  periods: number;
}>;

export type ProgrammeDashboardQuery = {
  programmeDashboard: {
    asOf: string;
    granularity: TrendGranularity;
    libraryCount: number;
    period: { id: string | null; name: string; startsOn: string; targetDate: string | null };
    phases: Array<{
      phase: Phase;
      target: number;
      achieved: number;
      inProgress: number;
      notStarted: number;
      percentOfTarget: number;
      trend: Array<{ periodStart: string; achieved: number; inProgress: number }>;
      forecast: {
        pacePerPeriod: number | null;
        requiredPacePerMonth: number | null;
        forecastDate: string | null;
        reached: boolean;
        willMeetTarget: boolean | null;
      };
    }>;
    provinces: Array<{
      province: Province | null;
      libraryCount: number;
      phases: Array<{ phase: Phase; achieved: number; inProgress: number; notStarted: number }>;
    }>;
  };
  programmePeriods: Array<{ id: string | null; name: string; startsOn: string; targetDate: string | null }>;
};

export type ProgrammeLibrariesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  province?: Province | null | undefined;
  phase?: Phase | null | undefined;
  status?: PhaseStatus | null | undefined;
  search?: string | null | undefined;
  inactiveDays?: number | null | undefined;
  pendingOnly: boolean;
  sort: ProgrammeLibrarySort;
  descending: boolean;
}>;

export type ProgrammeLibrariesQuery = {
  programmeLibraries: {
    nodes: Array<{
      tenantId: string;
      name: string;
      province: Province | null;
      city: string | null;
      trained: PhaseStatus;
      professionallyPresent: PhaseStatus;
      valueNetworks: PhaseStatus;
      pendingReviews: number;
      lastActivityAt: string | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type NetworkFiguresQueryVariables = Exact<{
  months: number;
  inactiveDays: number;
}>;

export type NetworkFiguresQuery = {
  programmeNetworkFigures: {
    librariesWithoutActivity: number;
    postsUsedPerMonth: Array<{ month: string; uses: number; libraries: number }>;
    topPosts: Array<{ postId: string; title: string; uses: number; libraries: number }>;
    submissions: { submitted: number; republished: number; libraries: number } | null;
    kpiReach: {
      followers: number;
      interactions: number;
      shares: number;
      websiteVisits: number;
      libraries: number;
    };
  };
};

export type ProgrammeCriteriaFieldsFragment = {
  trainingMinVerified: number;
  trainingDigitalVisionOnly: boolean;
  presenceRequiresTrained: boolean;
  presenceRequiresCompleteStrategy: boolean;
  presenceRequiresPolicy: boolean;
  presenceRequiresHouseStyle: boolean;
  presenceMinActiveChannels: number;
  presenceKpiWithinDays: number;
  presenceMinKpiMeasurements: number;
  networksRequiresPresent: boolean;
  networksMinActive: number;
  version: number;
  updatedAt: string;
};

export type ProgrammePeriodFieldsFragment = {
  id: string | null;
  name: string;
  startsOn: string;
  targetDate: string | null;
  targetTrained: number;
  targetPresent: number;
  targetNetworks: number;
  version: number;
};

export type ProgrammeSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeSettingsQuery = {
  programmeCriteria: {
    trainingMinVerified: number;
    trainingDigitalVisionOnly: boolean;
    presenceRequiresTrained: boolean;
    presenceRequiresCompleteStrategy: boolean;
    presenceRequiresPolicy: boolean;
    presenceRequiresHouseStyle: boolean;
    presenceMinActiveChannels: number;
    presenceKpiWithinDays: number;
    presenceMinKpiMeasurements: number;
    networksRequiresPresent: boolean;
    networksMinActive: number;
    version: number;
    updatedAt: string;
  };
  programmePeriods: Array<{
    id: string | null;
    name: string;
    startsOn: string;
    targetDate: string | null;
    targetTrained: number;
    targetPresent: number;
    targetNetworks: number;
    version: number;
  }>;
};

export type UpdateProgrammeCriteriaMutationVariables = Exact<{
  input: CriteriaInput;
  version: number;
}>;

export type UpdateProgrammeCriteriaMutation = {
  updateProgrammeCriteria: {
    changedStatuses: number;
    criteria: {
      trainingMinVerified: number;
      trainingDigitalVisionOnly: boolean;
      presenceRequiresTrained: boolean;
      presenceRequiresCompleteStrategy: boolean;
      presenceRequiresPolicy: boolean;
      presenceRequiresHouseStyle: boolean;
      presenceMinActiveChannels: number;
      presenceKpiWithinDays: number;
      presenceMinKpiMeasurements: number;
      networksRequiresPresent: boolean;
      networksMinActive: number;
      version: number;
      updatedAt: string;
    };
  };
};

export type SaveProgrammePeriodMutationVariables = Exact<{
  input: PeriodInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveProgrammePeriodMutation = {
  saveProgrammePeriod: {
    id: string | null;
    name: string;
    startsOn: string;
    targetDate: string | null;
    targetTrained: number;
    targetPresent: number;
    targetNetworks: number;
    version: number;
  };
};

export type FeedItemFieldsFragment = {
  id: string;
  title: string;
  body: string;
  attribution: string | null;
  language: Language;
  goal: Goal | null;
  targetGroups: Array<TargetGroup>;
  publishedAt: string;
  availableUntil: string | null;
  overridden: Array<string>;
  upstreamChanges: Array<{ field: string }>;
  theme: { id: string; name: string; colour: string } | null;
  variants: Array<{
    channel: Channel;
    text: string;
    hashtags: Array<string>;
    link: string | null;
    callToAction: string | null;
    length: number;
    maxLength: number;
  }>;
  assets: Array<{
    id: string;
    kind: string;
    title: string;
    altText: string | null;
    files: Array<{
      rendition: string;
      url: string;
      mimeType: string;
      width: number | null;
      height: number | null;
    }>;
  }>;
};

export type FeedQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  channel?: Channel | null | undefined;
  goal?: Goal | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  language?: Language | null | undefined;
}>;

export type FeedQuery = {
  feed: {
    nodes: Array<{
      id: string;
      title: string;
      body: string;
      attribution: string | null;
      language: Language;
      goal: Goal | null;
      targetGroups: Array<TargetGroup>;
      publishedAt: string;
      availableUntil: string | null;
      overridden: Array<string>;
      upstreamChanges: Array<{ field: string }>;
      theme: { id: string; name: string; colour: string } | null;
      variants: Array<{
        channel: Channel;
        text: string;
        hashtags: Array<string>;
        link: string | null;
        callToAction: string | null;
        length: number;
        maxLength: number;
      }>;
      assets: Array<{
        id: string;
        kind: string;
        title: string;
        altText: string | null;
        files: Array<{
          rendition: string;
          url: string;
          mimeType: string;
          width: number | null;
          height: number | null;
        }>;
      }>;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type FeedSubscriptionFieldsFragment = {
  channels: Array<Channel>;
  themeIds: Array<string>;
  lastVisitAt: string | null;
  newSinceLastVisit: number;
};

export type FeedSubscriptionQueryVariables = Exact<{ [key: string]: never }>;

export type FeedSubscriptionQuery = {
  feedSubscription: {
    channels: Array<Channel>;
    themeIds: Array<string>;
    lastVisitAt: string | null;
    newSinceLastVisit: number;
  };
  themes: Array<{ id: string; name: string; kind: ThemeKind; description: string }>;
};

export type UpdateFeedSubscriptionMutationVariables = Exact<{
  channels: Array<Channel> | Channel;
  themeIds: Array<string | number> | string | number;
}>;

export type UpdateFeedSubscriptionMutation = {
  updateFeedSubscription: {
    channels: Array<Channel>;
    themeIds: Array<string>;
    lastVisitAt: string | null;
    newSinceLastVisit: number;
  };
};

export type MarkFeedVisitedMutationVariables = Exact<{ [key: string]: never }>;

export type MarkFeedVisitedMutation = {
  markFeedVisited: {
    channels: Array<Channel>;
    themeIds: Array<string>;
    lastVisitAt: string | null;
    newSinceLastVisit: number;
  };
};

export type MarkPostUsedMutationVariables = Exact<{
  postId: string | number;
  channel: Channel;
  publishedAt: string;
  url?: string | null | undefined;
}>;

export type MarkPostUsedMutation = {
  markPostUsed: { id: string; postId: string; channel: Channel; publishedAt: string; url: string };
};

export type MyUsageQueryVariables = Exact<{ [key: string]: never }>;

export type MyUsageQuery = { myUsage: { nodes: Array<{ id: string; postId: string; channel: Channel }> } };

export type PostOverrideFieldsFragment = {
  postId: string;
  version: number;
  updatedAt: string | null;
  fields: Array<{ field: string; local: string | null; upstream: string | null }>;
  upstreamChanges: Array<{ field: string; before: string | null; after: string | null }>;
};

export type PostOverrideQueryVariables = Exact<{
  postId: string | number;
}>;

export type PostOverrideQuery = {
  post: {
    id: string;
    title: string;
    body: string;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
    }>;
  };
  postOverride: {
    postId: string;
    version: number;
    updatedAt: string | null;
    fields: Array<{ field: string; local: string | null; upstream: string | null }>;
    upstreamChanges: Array<{ field: string; before: string | null; after: string | null }>;
  };
};

export type SetPostOverrideMutationVariables = Exact<{
  postId: string | number;
  input: PostOverrideInput;
}>;

export type SetPostOverrideMutation = {
  setPostOverride: {
    postId: string;
    version: number;
    updatedAt: string | null;
    fields: Array<{ field: string; local: string | null; upstream: string | null }>;
    upstreamChanges: Array<{ field: string; before: string | null; after: string | null }>;
  };
};

export type ClearPostOverrideMutationVariables = Exact<{
  postId: string | number;
  fields: Array<string> | string;
  version?: number | null | undefined;
}>;

export type ClearPostOverrideMutation = {
  clearPostOverride: {
    postId: string;
    version: number;
    updatedAt: string | null;
    fields: Array<{ field: string; local: string | null; upstream: string | null }>;
    upstreamChanges: Array<{ field: string; before: string | null; after: string | null }>;
  };
};

export type ResolveUpstreamChangesMutationVariables = Exact<{
  postId: string | number;
  decisions: Array<UpstreamDecisionInput> | UpstreamDecisionInput;
  version?: number | null | undefined;
}>;

export type ResolveUpstreamChangesMutation = {
  resolveUpstreamChanges: {
    postId: string;
    version: number;
    updatedAt: string | null;
    fields: Array<{ field: string; local: string | null; upstream: string | null }>;
    upstreamChanges: Array<{ field: string; before: string | null; after: string | null }>;
  };
};

export type FeedLinksQueryVariables = Exact<{ [key: string]: never }>;

export type FeedLinksQuery = { feedLinks: Array<{ channel: Channel; rss: string; atom: string }> };

export type RotateFeedTokenMutationVariables = Exact<{ [key: string]: never }>;

export type RotateFeedTokenMutation = {
  rotateFeedToken: Array<{ channel: Channel; rss: string; atom: string }>;
};

export type WebhookEndpointFieldsFragment = {
  id: string;
  url: string;
  events: Array<string>;
  active: boolean;
  createdAt: string;
};

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never }>;

export type WebhookEndpointsQuery = {
  webhookEndpoints: Array<{
    id: string;
    url: string;
    events: Array<string>;
    active: boolean;
    createdAt: string;
  }>;
};

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;

export type CreateWebhookEndpointMutation = {
  createWebhookEndpoint: {
    secret: string;
    endpoint: { id: string; url: string; events: Array<string>; active: boolean; createdAt: string };
  };
};

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookEndpointInput;
}>;

export type UpdateWebhookEndpointMutation = {
  updateWebhookEndpoint: {
    id: string;
    url: string;
    events: Array<string>;
    active: boolean;
    createdAt: string;
  };
};

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type PingWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;

export type PingWebhookEndpointMutation = { pingWebhookEndpoint: { id: string } };

export type WebhookDeliveriesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  endpointId?: string | number | null | undefined;
}>;

export type WebhookDeliveriesQuery = {
  webhookDeliveries: {
    nodes: Array<{
      id: string;
      endpointId: string;
      eventType: string;
      status: string;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      createdAt: string;
      deliveredAt: string | null;
      nextAttemptAt: string;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type NotificationsQueryVariables = Exact<{
  unreadOnly: boolean;
}>;

export type NotificationsQuery = {
  notifications: Array<{
    id: string;
    kind: string;
    message: string;
    createdAt: string;
    readAt: string | null;
    submissionId: string | null;
  }>;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type LibraryProgrammeFieldsFragment = {
  tenantId: string;
  libraryName: string;
  nextPhase: Phase | null;
  pendingReviews: number;
  phases: Array<{
    phase: Phase;
    status: PhaseStatus;
    since: string | null;
    validUntil: string | null;
    unmet: Array<{ code: string; message: string }>;
  }>;
  missingForNextPhase: Array<{ code: string; message: string }>;
  unregisteredProfileChannels: Array<{ channel: Channel; handle: string }>;
};

export type EvidenceFieldsFragment = {
  tenantId: string;
  trainings: Array<{
    id: string;
    date: string;
    module: string;
    provider: string;
    staffCount: number;
    digitalVision: boolean;
    certificateAssetId: string | null;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
  }>;
  strategy: {
    id: string;
    versionNo: number;
    complete: boolean;
    missingSteps: Array<number>;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
    steps: {
      onlineGoals: Array<string>;
      offlineGoals: Array<string>;
      mission: string;
      targetGroups: Array<{ group: TargetGroup | null; description: string; mediaUse: string }>;
      socialGoals: Array<{
        goal: Goal | null;
        description: string;
        kpis: Array<{ name: string; metric: KpiMetric | null; target: number | null }>;
      }>;
      tactics: Array<{ description: string; channels: Array<Channel>; measurementMethod: string }>;
    };
  } | null;
  policies: Array<{
    id: string;
    text: string;
    url: string | null;
    adoptedOn: string;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
  }>;
  houseStyles: Array<{
    id: string;
    applied: boolean;
    appliedOn: string;
    note: string | null;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
  }>;
  channels: Array<{
    id: string;
    channel: Channel;
    handle: string;
    url: string | null;
    active: boolean;
    activeSince: string | null;
    endedOn: string | null;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
  }>;
  networks: Array<{
    id: string;
    name: string;
    theme: string;
    partners: Array<string>;
    memberCount: number;
    activities: Array<string>;
    active: boolean;
    startedOn: string | null;
    endedOn: string | null;
    status: EvidenceStatus;
    version: number;
    submittedAt: string;
    reviewedAt: string | null;
    reviewComment: string | null;
  }>;
};

export type MyProgrammeQueryVariables = Exact<{ [key: string]: never }>;

export type MyProgrammeQuery = {
  myProgramme: {
    tenantId: string;
    libraryName: string;
    nextPhase: Phase | null;
    pendingReviews: number;
    phases: Array<{
      phase: Phase;
      status: PhaseStatus;
      since: string | null;
      validUntil: string | null;
      unmet: Array<{ code: string; message: string }>;
    }>;
    missingForNextPhase: Array<{ code: string; message: string }>;
    unregisteredProfileChannels: Array<{ channel: Channel; handle: string }>;
  };
  programmeEvidence: {
    tenantId: string;
    trainings: Array<{
      id: string;
      date: string;
      module: string;
      provider: string;
      staffCount: number;
      digitalVision: boolean;
      certificateAssetId: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    strategy: {
      id: string;
      versionNo: number;
      complete: boolean;
      missingSteps: Array<number>;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
      steps: {
        onlineGoals: Array<string>;
        offlineGoals: Array<string>;
        mission: string;
        targetGroups: Array<{ group: TargetGroup | null; description: string; mediaUse: string }>;
        socialGoals: Array<{
          goal: Goal | null;
          description: string;
          kpis: Array<{ name: string; metric: KpiMetric | null; target: number | null }>;
        }>;
        tactics: Array<{ description: string; channels: Array<Channel>; measurementMethod: string }>;
      };
    } | null;
    policies: Array<{
      id: string;
      text: string;
      url: string | null;
      adoptedOn: string;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    houseStyles: Array<{
      id: string;
      applied: boolean;
      appliedOn: string;
      note: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    channels: Array<{
      id: string;
      channel: Channel;
      handle: string;
      url: string | null;
      active: boolean;
      activeSince: string | null;
      endedOn: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    networks: Array<{
      id: string;
      name: string;
      theme: string;
      partners: Array<string>;
      memberCount: number;
      activities: Array<string>;
      active: boolean;
      startedOn: string | null;
      endedOn: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
  };
};

export type LibraryProgrammeQueryVariables = Exact<{
  tenantId: string | number;
}>;

export type LibraryProgrammeQuery = {
  libraryProgramme: {
    tenantId: string;
    libraryName: string;
    nextPhase: Phase | null;
    pendingReviews: number;
    phases: Array<{
      phase: Phase;
      status: PhaseStatus;
      since: string | null;
      validUntil: string | null;
      unmet: Array<{ code: string; message: string }>;
    }>;
    missingForNextPhase: Array<{ code: string; message: string }>;
    unregisteredProfileChannels: Array<{ channel: Channel; handle: string }>;
  };
  programmeEvidence: {
    tenantId: string;
    trainings: Array<{
      id: string;
      date: string;
      module: string;
      provider: string;
      staffCount: number;
      digitalVision: boolean;
      certificateAssetId: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    strategy: {
      id: string;
      versionNo: number;
      complete: boolean;
      missingSteps: Array<number>;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
      steps: {
        onlineGoals: Array<string>;
        offlineGoals: Array<string>;
        mission: string;
        targetGroups: Array<{ group: TargetGroup | null; description: string; mediaUse: string }>;
        socialGoals: Array<{
          goal: Goal | null;
          description: string;
          kpis: Array<{ name: string; metric: KpiMetric | null; target: number | null }>;
        }>;
        tactics: Array<{ description: string; channels: Array<Channel>; measurementMethod: string }>;
      };
    } | null;
    policies: Array<{
      id: string;
      text: string;
      url: string | null;
      adoptedOn: string;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    houseStyles: Array<{
      id: string;
      applied: boolean;
      appliedOn: string;
      note: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    channels: Array<{
      id: string;
      channel: Channel;
      handle: string;
      url: string | null;
      active: boolean;
      activeSince: string | null;
      endedOn: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    networks: Array<{
      id: string;
      name: string;
      theme: string;
      partners: Array<string>;
      memberCount: number;
      activities: Array<string>;
      active: boolean;
      startedOn: string | null;
      endedOn: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
  };
};

export type PhaseHistoryQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PhaseHistoryQuery = {
  phaseHistory: {
    nodes: Array<{
      id: string;
      phase: Phase;
      fromStatus: PhaseStatus;
      toStatus: PhaseStatus;
      changedAt: string;
      reason: string;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type KpiMeasurementsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  channelId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type KpiMeasurementsQuery = {
  kpiMeasurements: {
    nodes: Array<{
      id: string;
      channelId: string;
      measuredOn: string;
      followers: number;
      posts: number;
      interactions: number;
      shares: number;
      websiteVisits: number;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type SaveTrainingMutationVariables = Exact<{
  input: TrainingInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveTrainingMutation = { saveTraining: { id: string; version: number } };

export type SaveStrategyMutationVariables = Exact<{
  input: StrategyInput;
  baseVersion: number;
}>;

export type SaveStrategyMutation = {
  saveStrategy: { id: string; versionNo: number; complete: boolean; missingSteps: Array<number> };
};

export type SavePolicyMutationVariables = Exact<{
  input: PolicyInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SavePolicyMutation = { saveSocialMediaPolicy: { id: string; version: number } };

export type SaveHouseStyleMutationVariables = Exact<{
  input: HouseStyleInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveHouseStyleMutation = { saveHouseStyle: { id: string; version: number } };

export type SaveProgrammeChannelMutationVariables = Exact<{
  input: ChannelInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveProgrammeChannelMutation = { saveProgrammeChannel: { id: string; version: number } };

export type SaveKpiMeasurementMutationVariables = Exact<{
  input: KpiMeasurementInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveKpiMeasurementMutation = { saveKpiMeasurement: { id: string; version: number } };

export type SaveValueNetworkMutationVariables = Exact<{
  input: ValueNetworkInput;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
}>;

export type SaveValueNetworkMutation = { saveValueNetwork: { id: string; version: number } };

export type DeleteEvidenceMutationVariables = Exact<{
  kind: EvidenceKind;
  id: string | number;
  version: number;
}>;

export type DeleteEvidenceMutation = { deleteEvidence: boolean };

export type EvidenceQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status: EvidenceStatus;
  kind?: EvidenceKind | null | undefined;
  tenantId?: string | number | null | undefined;
}>;

export type EvidenceQueueQuery = {
  evidenceQueue: {
    nodes: Array<{
      id: string;
      kind: EvidenceKind;
      tenantId: string;
      libraryName: string;
      summary: string;
      attachmentAssetId: string | null;
      status: EvidenceStatus;
      version: number;
      submittedAt: string;
      reviewedAt: string | null;
      reviewComment: string | null;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type ReviewEvidenceMutationVariables = Exact<{
  input: ReviewEvidenceInput;
}>;

export type ReviewEvidenceMutation = {
  reviewEvidence: { id: string; status: EvidenceStatus; version: number };
};

export type SubmissionListFieldsFragment = {
  id: string;
  title: string;
  status: SubmissionStatus;
  libraryName: string;
  tenantId: string;
  themeId: string | null;
  reviewerId: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type SubmissionAssetFieldsFragment = {
  position: number;
  altText: string | null;
  altTextOverride: string | null;
  centralAssetId: string | null;
  file: {
    number: number;
    renditionsStatus: RenditionStatus;
    url: string;
    renditions: Array<{ rendition: AssetRendition; url: string }>;
  };
  asset: {
    id: string;
    title: string;
    kind: AssetKind;
    altText: string | null;
    unusableReason: AssetWarningReason | null;
    rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
  };
};

export type SubmissionFieldsFragment = {
  body: string;
  goal: Goal | null;
  language: Language;
  targetGroups: Array<TargetGroup>;
  localContext: string | null;
  mayShare: boolean;
  portraitConsent: boolean;
  rightsNote: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  postId: string | null;
  id: string;
  title: string;
  status: SubmissionStatus;
  libraryName: string;
  tenantId: string;
  themeId: string | null;
  reviewerId: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  variants: Array<{
    channel: Channel;
    text: string;
    hashtags: Array<string>;
    link: string | null;
    callToAction: string | null;
    length: number;
    maxLength: number;
  }>;
  timeline: Array<{
    id: string;
    at: string;
    kind: string;
    side: string;
    fromStatus: SubmissionStatus | null;
    toStatus: SubmissionStatus | null;
    comment: string | null;
  }>;
  assets: Array<{
    position: number;
    altText: string | null;
    altTextOverride: string | null;
    centralAssetId: string | null;
    file: {
      number: number;
      renditionsStatus: RenditionStatus;
      url: string;
      renditions: Array<{ rendition: AssetRendition; url: string }>;
    };
    asset: {
      id: string;
      title: string;
      kind: AssetKind;
      altText: string | null;
      unusableReason: AssetWarningReason | null;
      rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
    };
  }>;
};

export type SubmissionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  statuses?: Array<SubmissionStatus> | SubmissionStatus | null | undefined;
  tenantId?: string | number | null | undefined;
  themeId?: string | number | null | undefined;
  minAgeDays?: number | null | undefined;
  reviewerId?: string | number | null | undefined;
}>;

export type SubmissionsQuery = {
  submissions: {
    nodes: Array<{
      id: string;
      title: string;
      status: SubmissionStatus;
      libraryName: string;
      tenantId: string;
      themeId: string | null;
      reviewerId: string | null;
      submittedAt: string | null;
      createdAt: string;
      updatedAt: string;
      version: number;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type SubmissionQueryVariables = Exact<{
  id: string | number;
}>;

export type SubmissionQuery = {
  submission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type CreateSubmissionMutationVariables = Exact<{
  input: SubmissionInput;
  submit: boolean;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateSubmissionMutation = {
  createSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type UpdateSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SubmissionInput;
}>;

export type UpdateSubmissionMutation = {
  updateSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type SubmitSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type SubmitSubmissionMutation = {
  submitSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type StartSubmissionReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type StartSubmissionReviewMutation = {
  startSubmissionReview: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type RequestSubmissionChangesMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;

export type RequestSubmissionChangesMutation = {
  requestSubmissionChanges: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type RejectSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;

export type RejectSubmissionMutation = {
  rejectSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type ApproveSubmissionMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment?: string | null | undefined;
}>;

export type ApproveSubmissionMutation = {
  approveSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type AssignSubmissionMutationVariables = Exact<{
  id: string | number;
  reviewerId?: string | number | null | undefined;
}>;

export type AssignSubmissionMutation = {
  assignSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type CommentOnSubmissionMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;

export type CommentOnSubmissionMutation = {
  commentOnSubmission: {
    body: string;
    goal: Goal | null;
    language: Language;
    targetGroups: Array<TargetGroup>;
    localContext: string | null;
    mayShare: boolean;
    portraitConsent: boolean;
    rightsNote: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
    postId: string | null;
    id: string;
    title: string;
    status: SubmissionStatus;
    libraryName: string;
    tenantId: string;
    themeId: string | null;
    reviewerId: string | null;
    submittedAt: string | null;
    createdAt: string;
    updatedAt: string;
    version: number;
    variants: Array<{
      channel: Channel;
      text: string;
      hashtags: Array<string>;
      link: string | null;
      callToAction: string | null;
      length: number;
      maxLength: number;
    }>;
    timeline: Array<{
      id: string;
      at: string;
      kind: string;
      side: string;
      fromStatus: SubmissionStatus | null;
      toStatus: SubmissionStatus | null;
      comment: string | null;
    }>;
    assets: Array<{
      position: number;
      altText: string | null;
      altTextOverride: string | null;
      centralAssetId: string | null;
      file: {
        number: number;
        renditionsStatus: RenditionStatus;
        url: string;
        renditions: Array<{ rendition: AssetRendition; url: string }>;
      };
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        altText: string | null;
        unusableReason: AssetWarningReason | null;
        rights: { owner: string | null; creditLine: string | null; portraitConsent: boolean };
      };
    }>;
  };
};

export type TenantListFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  city: string | null;
  province: Province | null;
  branchCount: number;
  active: boolean;
};

export type TenantsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  province?: Province | null | undefined;
  active?: boolean | null | undefined;
  kind?: TenantKind | null | undefined;
}>;

export type TenantsQuery = {
  tenants: {
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      city: string | null;
      province: Province | null;
      branchCount: number;
      active: boolean;
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type LibraryOptionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type LibraryOptionsQuery = {
  tenants: {
    nodes: Array<{ id: string; slug: string; name: string; active: boolean }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type TenantFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  province: Province | null;
  city: string | null;
  displayName: string | null;
  website: string | null;
  phone: string | null;
  openingHoursUrl: string | null;
  catalogueUrl: string | null;
  contactEmail: string | null;
  branchCount: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  channels: Array<{ channel: Channel; handle: string; url: string | null }>;
};

export type TenantQueryVariables = Exact<{
  slug: string;
}>;

export type TenantQuery = {
  tenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;

export type CreateTenantMutation = {
  createTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UpdateTenantMutationVariables = Exact<{
  id: string | number;
  input: UpdateTenantInput;
}>;

export type UpdateTenantMutation = {
  updateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UpdateTenantProfileMutationVariables = Exact<{
  input: UpdateTenantProfileInput;
}>;

export type UpdateTenantProfileMutation = {
  updateTenantProfile: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type DeactivateTenantMutationVariables = Exact<{
  id: string | number;
}>;

export type DeactivateTenantMutation = {
  deactivateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type ReactivateTenantMutationVariables = Exact<{
  id: string | number;
}>;

export type ReactivateTenantMutation = {
  reactivateTenant: {
    id: string;
    slug: string;
    name: string;
    kind: TenantKind;
    province: Province | null;
    city: string | null;
    displayName: string | null;
    website: string | null;
    phone: string | null;
    openingHoursUrl: string | null;
    catalogueUrl: string | null;
    contactEmail: string | null;
    branchCount: number;
    active: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
    channels: Array<{ channel: Channel; handle: string; url: string | null }>;
  };
};

export type UserFieldsFragment = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  tenant: { id: string; slug: string; name: string; kind: TenantKind };
};

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  tenantId?: string | number | null | undefined;
}>;

export type UsersQuery = {
  users: {
    nodes: Array<{
      id: string;
      name: string;
      email: string;
      role: Role;
      disabled: boolean;
      lastLoginAt: string | null;
      createdAt: string;
      version: number;
      tenant: { id: string; slug: string; name: string; kind: TenantKind };
    }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

export type UserQueryVariables = Exact<{
  id: string | number;
}>;

export type UserQuery = {
  user: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DisableUserMutation = {
  disableUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type EnableUserMutation = {
  enableUser: {
    id: string;
    name: string;
    email: string;
    role: Role;
    disabled: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    version: number;
    tenant: { id: string; slug: string; name: string; kind: TenantKind };
  };
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = { refreshToken: { accessToken: string; refreshToken: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `,
  { fragmentName: 'ApiKeyFields' },
) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const AssetFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}
    `,
  { fragmentName: 'AssetFields' },
) as unknown as TypedDocumentString<AssetFieldsFragment, unknown>;
export const BrandKitAssetFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment BrandKitAssetFields on BrandKitAsset {
  id
  label
  usage
  section
  asset {
    id
    title
    kind
    altText
    file {
      mimeType
      originalName
    }
    thumb: downloadUrl(rendition: THUMB)
    original: downloadUrl(rendition: ORIGINAL)
  }
}
    `,
  { fragmentName: 'BrandKitAssetFields' },
) as unknown as TypedDocumentString<BrandKitAssetFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}
    `,
  { fragmentName: 'CurrentUserFields' },
) as unknown as TypedDocumentString<CurrentUserFieldsFragment, unknown>;
export const ThemeFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ThemeFields on Theme {
  id
  slug
  name
  kind
  colour
  description
  active
  periodStart
  periodEnd
  recursYearly
  version
}
    `,
  { fragmentName: 'ThemeFields' },
) as unknown as TypedDocumentString<ThemeFieldsFragment, unknown>;
export const PostListFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PostListFields on Post {
  id
  title
  status
  language
  goal
  targetGroups
  suggestedPublishAt
  updatedAt
  attribution
  theme {
    id
    name
    colour
    kind
  }
  variants {
    channel
  }
}
    `,
  { fragmentName: 'PostListFields' },
) as unknown as TypedDocumentString<PostListFieldsFragment, unknown>;
export const VariantFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
    `,
  { fragmentName: 'VariantFields' },
) as unknown as TypedDocumentString<VariantFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}`,
  { fragmentName: 'PostFields' },
) as unknown as TypedDocumentString<PostFieldsFragment, unknown>;
export const PostImportFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PostImportFields on PostImport {
  id
  status
  format
  dryRun
  fileName
  size
  total
  processed
  imported
  updated
  unchanged
  skipped
  errorCount
  failure
  createdAt
  finishedAt
}
    `,
  { fragmentName: 'PostImportFields' },
) as unknown as TypedDocumentString<PostImportFieldsFragment, unknown>;
export const ProgrammeCriteriaFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProgrammeCriteriaFields on ProgrammeCriteria {
  trainingMinVerified
  trainingDigitalVisionOnly
  presenceRequiresTrained
  presenceRequiresCompleteStrategy
  presenceRequiresPolicy
  presenceRequiresHouseStyle
  presenceMinActiveChannels
  presenceKpiWithinDays
  presenceMinKpiMeasurements
  networksRequiresPresent
  networksMinActive
  version
  updatedAt
}
    `,
  { fragmentName: 'ProgrammeCriteriaFields' },
) as unknown as TypedDocumentString<ProgrammeCriteriaFieldsFragment, unknown>;
export const ProgrammePeriodFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProgrammePeriodFields on ProgrammePeriod {
  id
  name
  startsOn
  targetDate
  targetTrained
  targetPresent
  targetNetworks
  version
}
    `,
  { fragmentName: 'ProgrammePeriodFields' },
) as unknown as TypedDocumentString<ProgrammePeriodFieldsFragment, unknown>;
export const FeedItemFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FeedItemFields on FeedItem {
  id
  title
  body
  attribution
  language
  goal
  targetGroups
  publishedAt
  availableUntil
  overridden
  upstreamChanges {
    field
  }
  theme {
    id
    name
    colour
  }
  variants {
    ...VariantFields
  }
  assets {
    id
    kind
    title
    altText
    files {
      rendition
      url
      mimeType
      width
      height
    }
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}`,
  { fragmentName: 'FeedItemFields' },
) as unknown as TypedDocumentString<FeedItemFieldsFragment, unknown>;
export const FeedSubscriptionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FeedSubscriptionFields on FeedSubscription {
  channels
  themeIds
  lastVisitAt
  newSinceLastVisit
}
    `,
  { fragmentName: 'FeedSubscriptionFields' },
) as unknown as TypedDocumentString<FeedSubscriptionFieldsFragment, unknown>;
export const PostOverrideFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PostOverrideFields on PostOverride {
  postId
  version
  updatedAt
  fields {
    field
    local
    upstream
  }
  upstreamChanges {
    field
    before
    after
  }
}
    `,
  { fragmentName: 'PostOverrideFields' },
) as unknown as TypedDocumentString<PostOverrideFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  active
  createdAt
}
    `,
  { fragmentName: 'WebhookEndpointFields' },
) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const LibraryProgrammeFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LibraryProgrammeFields on LibraryProgramme {
  tenantId
  libraryName
  nextPhase
  pendingReviews
  phases {
    phase
    status
    since
    validUntil
    unmet {
      code
      message
    }
  }
  missingForNextPhase {
    code
    message
  }
  unregisteredProfileChannels {
    channel
    handle
  }
}
    `,
  { fragmentName: 'LibraryProgrammeFields' },
) as unknown as TypedDocumentString<LibraryProgrammeFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment EvidenceFields on LibraryEvidence {
  tenantId
  trainings {
    id
    date
    module
    provider
    staffCount
    digitalVision
    certificateAssetId
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  strategy {
    id
    versionNo
    complete
    missingSteps
    status
    version
    submittedAt
    reviewedAt
    reviewComment
    steps {
      onlineGoals
      offlineGoals
      mission
      targetGroups {
        group
        description
        mediaUse
      }
      socialGoals {
        goal
        description
        kpis {
          name
          metric
          target
        }
      }
      tactics {
        description
        channels
        measurementMethod
      }
    }
  }
  policies {
    id
    text
    url
    adoptedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  houseStyles {
    id
    applied
    appliedOn
    note
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  channels {
    id
    channel
    handle
    url
    active
    activeSince
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  networks {
    id
    name
    theme
    partners
    memberCount
    activities
    active
    startedOn
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
}
    `,
  { fragmentName: 'EvidenceFields' },
) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const SubmissionListFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
    `,
  { fragmentName: 'SubmissionListFields' },
) as unknown as TypedDocumentString<SubmissionListFieldsFragment, unknown>;
export const SubmissionAssetFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
    `,
  { fragmentName: 'SubmissionAssetFields' },
) as unknown as TypedDocumentString<SubmissionAssetFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}`,
  { fragmentName: 'SubmissionFields' },
) as unknown as TypedDocumentString<SubmissionFieldsFragment, unknown>;
export const TenantListFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment TenantListFields on Tenant {
  id
  slug
  name
  city
  province
  branchCount
  active
}
    `,
  { fragmentName: 'TenantListFields' },
) as unknown as TypedDocumentString<TenantListFieldsFragment, unknown>;
export const TenantFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}
    `,
  { fragmentName: 'TenantFields' },
) as unknown as TypedDocumentString<TenantFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}
    `,
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($tenantId: ID) {
  apiKeys(tenantId: $tenantId) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AssetsDocument = new TypedDocumentString(`
    query Assets($first: Int!, $after: String, $search: String, $kinds: [AssetKind!], $scope: AssetScope!, $includeArchived: Boolean!) {
  assets(
    first: $first
    after: $after
    search: $search
    kinds: $kinds
    scope: $scope
    includeArchived: $includeArchived
  ) {
    nodes {
      ...AssetFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<AssetsQuery, AssetsQueryVariables>;
export const AssetDocument = new TypedDocumentString(`
    query Asset($id: ID!) {
  asset(id: $id) {
    ...AssetFields
    versions {
      number
      createdAt
      originalName
      size
      mimeType
    }
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<AssetQuery, AssetQueryVariables>;
export const AssetUsageDocument = new TypedDocumentString(`
    query AssetUsage($assetId: ID!) {
  assetUsage(assetId: $assetId) {
    postId
    postTitle
    postStatus
  }
}
    `) as unknown as TypedDocumentString<AssetUsageQuery, AssetUsageQueryVariables>;
export const FinalizeAssetUploadDocument = new TypedDocumentString(`
    mutation FinalizeAssetUpload($input: FinalizeAssetUploadInput!) {
  finalizeAssetUpload(input: $input) {
    ...AssetFields
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<FinalizeAssetUploadMutation, FinalizeAssetUploadMutationVariables>;
export const UpdateAssetDocument = new TypedDocumentString(`
    mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {
  updateAsset(id: $id, input: $input) {
    ...AssetFields
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<UpdateAssetMutation, UpdateAssetMutationVariables>;
export const ArchiveAssetDocument = new TypedDocumentString(`
    mutation ArchiveAsset($id: ID!, $version: Int!) {
  archiveAsset(id: $id, version: $version) {
    ...AssetFields
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<ArchiveAssetMutation, ArchiveAssetMutationVariables>;
export const UnarchiveAssetDocument = new TypedDocumentString(`
    mutation UnarchiveAsset($id: ID!, $version: Int!) {
  unarchiveAsset(id: $id, version: $version) {
    ...AssetFields
  }
}
    fragment AssetFields on Asset {
  id
  title
  description
  kind
  altText
  tags
  ownerTenantId
  createdAt
  updatedAt
  archivedAt
  validFrom
  validUntil
  expiresAt
  unusableReason
  version
  currentVersion
  rights {
    owner
    licence
    creditLine
    portraitConsent
    portraitConsentUntil
  }
  file {
    mimeType
    size
    width
    height
    originalName
    renditionsStatus
  }
  thumb: downloadUrl(rendition: THUMB)
  preview: downloadUrl(rendition: PREVIEW)
  original: downloadUrl(rendition: ORIGINAL)
}`) as unknown as TypedDocumentString<UnarchiveAssetMutation, UnarchiveAssetMutationVariables>;
export const DeleteAssetDocument = new TypedDocumentString(`
    mutation DeleteAsset($id: ID!, $version: Int!) {
  deleteAsset(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteAssetMutation, DeleteAssetMutationVariables>;
export const SetPostAssetsDocument = new TypedDocumentString(`
    mutation SetPostAssets($postId: ID!, $version: Int, $assets: [PostAssetInput!]!) {
  setPostAssets(postId: $postId, version: $version, assets: $assets) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SetPostAssetsMutation, SetPostAssetsMutationVariables>;
export const BrandKitDocument = new TypedDocumentString(`
    query BrandKit {
  brandKit {
    colours {
      id
      name
      hex
      usage
    }
    logos {
      ...BrandKitAssetFields
    }
    fonts {
      ...BrandKitAssetFields
    }
    templates {
      ...BrandKitAssetFields
    }
  }
}
    fragment BrandKitAssetFields on BrandKitAsset {
  id
  label
  usage
  section
  asset {
    id
    title
    kind
    altText
    file {
      mimeType
      originalName
    }
    thumb: downloadUrl(rendition: THUMB)
    original: downloadUrl(rendition: ORIGINAL)
  }
}`) as unknown as TypedDocumentString<BrandKitQuery, BrandKitQueryVariables>;
export const SetBrandKitDocument = new TypedDocumentString(`
    mutation SetBrandKit($input: BrandKitInput!) {
  setBrandKit(input: $input) {
    colours {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SetBrandKitMutation, SetBrandKitMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CurrentUserFields
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    accessToken
    refreshToken
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  name
  email
  role
  lastLoginAt
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const PostsDocument = new TypedDocumentString(`
    query Posts($first: Int!, $after: String, $search: String, $themeIds: [ID!], $channel: Channel, $goal: Goal, $targetGroup: TargetGroup, $statuses: [PostStatus!], $language: Language, $from: DateTime, $until: DateTime, $sort: PostSort) {
  posts(
    first: $first
    after: $after
    search: $search
    themeIds: $themeIds
    channel: $channel
    goal: $goal
    targetGroup: $targetGroup
    statuses: $statuses
    language: $language
    from: $from
    until: $until
    sort: $sort
  ) {
    nodes {
      ...PostListFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment PostListFields on Post {
  id
  title
  status
  language
  goal
  targetGroups
  suggestedPublishAt
  updatedAt
  attribution
  theme {
    id
    name
    colour
    kind
  }
  variants {
    channel
  }
}`) as unknown as TypedDocumentString<PostsQuery, PostsQueryVariables>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($from: DateTime!, $until: DateTime!) {
  calendar(from: $from, until: $until) {
    posts {
      ...PostListFields
    }
    campaigns {
      ...ThemeFields
    }
  }
}
    fragment ThemeFields on Theme {
  id
  slug
  name
  kind
  colour
  description
  active
  periodStart
  periodEnd
  recursYearly
  version
}
fragment PostListFields on Post {
  id
  title
  status
  language
  goal
  targetGroups
  suggestedPublishAt
  updatedAt
  attribution
  theme {
    id
    name
    colour
    kind
  }
  variants {
    channel
  }
}`) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
export const PostDocument = new TypedDocumentString(`
    query Post($id: ID!) {
  post(id: $id) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<PostQuery, PostQueryVariables>;
export const CreatePostDocument = new TypedDocumentString(`
    mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export const UpdatePostDocument = new TypedDocumentString(`
    mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {
  updatePost(id: $id, input: $input) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<UpdatePostMutation, UpdatePostMutationVariables>;
export const PublishPostDocument = new TypedDocumentString(`
    mutation PublishPost($id: ID!, $version: Int!) {
  publishPost(id: $id, version: $version) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<PublishPostMutation, PublishPostMutationVariables>;
export const SchedulePostDocument = new TypedDocumentString(`
    mutation SchedulePost($id: ID!, $version: Int!, $at: DateTime!) {
  schedulePost(id: $id, version: $version, at: $at) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<SchedulePostMutation, SchedulePostMutationVariables>;
export const UnschedulePostDocument = new TypedDocumentString(`
    mutation UnschedulePost($id: ID!, $version: Int!) {
  unschedulePost(id: $id, version: $version) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<UnschedulePostMutation, UnschedulePostMutationVariables>;
export const WithdrawPostDocument = new TypedDocumentString(`
    mutation WithdrawPost($id: ID!, $version: Int!, $reason: String!) {
  withdrawPost(id: $id, version: $version, reason: $reason) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<WithdrawPostMutation, WithdrawPostMutationVariables>;
export const ArchivePostDocument = new TypedDocumentString(`
    mutation ArchivePost($id: ID!, $version: Int!) {
  archivePost(id: $id, version: $version) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<ArchivePostMutation, ArchivePostMutationVariables>;
export const RestorePostToDraftDocument = new TypedDocumentString(`
    mutation RestorePostToDraft($id: ID!, $version: Int!) {
  restorePostToDraft(id: $id, version: $version) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<RestorePostToDraftMutation, RestorePostToDraftMutationVariables>;
export const DuplicatePostDocument = new TypedDocumentString(`
    mutation DuplicatePost($id: ID!) {
  duplicatePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DuplicatePostMutation, DuplicatePostMutationVariables>;
export const PostRevisionsDocument = new TypedDocumentString(`
    query PostRevisions($id: ID!) {
  postRevisions(id: $id) {
    number
    action
    createdAt
    status
    title
  }
}
    `) as unknown as TypedDocumentString<PostRevisionsQuery, PostRevisionsQueryVariables>;
export const RestorePostRevisionDocument = new TypedDocumentString(`
    mutation RestorePostRevision($id: ID!, $version: Int!, $revision: Int!) {
  restorePostRevision(id: $id, version: $version, revision: $revision) {
    ...PostFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment PostFields on Post {
  id
  title
  body
  status
  source
  attribution
  language
  goal
  targetGroups
  tags
  availableFrom
  availableUntil
  suggestedPublishAt
  scheduledAt
  publishedAt
  withdrawnAt
  withdrawalReason
  createdAt
  updatedAt
  version
  theme {
    id
    name
  }
  variants {
    ...VariantFields
  }
  assets {
    position
    altText
    altTextOverride
    asset {
      id
      title
      kind
      altText
      thumb: downloadUrl(rendition: THUMB)
    }
  }
  assetWarnings {
    assetId
    reason
    title
  }
}`) as unknown as TypedDocumentString<RestorePostRevisionMutation, RestorePostRevisionMutationVariables>;
export const PreviewPostDocument = new TypedDocumentString(`
    query PreviewPost($id: ID!, $tenantId: ID!) {
  previewPost(id: $id, tenantId: $tenantId) {
    title
    body
    variants {
      ...VariantFields
    }
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}`) as unknown as TypedDocumentString<PreviewPostQuery, PreviewPostQueryVariables>;
export const ThemesDocument = new TypedDocumentString(`
    query Themes($activeOnly: Boolean!) {
  themes(activeOnly: $activeOnly) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  slug
  name
  kind
  colour
  description
  active
  periodStart
  periodEnd
  recursYearly
  version
}`) as unknown as TypedDocumentString<ThemesQuery, ThemesQueryVariables>;
export const CreateThemeDocument = new TypedDocumentString(`
    mutation CreateTheme($input: ThemeInput!) {
  createTheme(input: $input) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  slug
  name
  kind
  colour
  description
  active
  periodStart
  periodEnd
  recursYearly
  version
}`) as unknown as TypedDocumentString<CreateThemeMutation, CreateThemeMutationVariables>;
export const UpdateThemeDocument = new TypedDocumentString(`
    mutation UpdateTheme($id: ID!, $input: UpdateThemeInput!) {
  updateTheme(id: $id, input: $input) {
    ...ThemeFields
  }
}
    fragment ThemeFields on Theme {
  id
  slug
  name
  kind
  colour
  description
  active
  periodStart
  periodEnd
  recursYearly
  version
}`) as unknown as TypedDocumentString<UpdateThemeMutation, UpdateThemeMutationVariables>;
export const PostUsageDocument = new TypedDocumentString(`
    query PostUsage($postId: ID!) {
  post(id: $postId) {
    id
    title
    status
    publishedAt
  }
  postUsage(postId: $postId) {
    libraryCount
    receipts {
      id
      channel
      libraryName
      publishedAt
      url
    }
  }
}
    `) as unknown as TypedDocumentString<PostUsageQuery, PostUsageQueryVariables>;
export const InactiveLibrariesDocument = new TypedDocumentString(`
    query InactiveLibraries($days: Int!) {
  inactiveLibraries(days: $days) {
    tenantId
    name
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<InactiveLibrariesQuery, InactiveLibrariesQueryVariables>;
export const PostImportDocument = new TypedDocumentString(`
    query PostImport($id: ID!) {
  postImport(id: $id) {
    ...PostImportFields
    errors {
      line
      externalId
      field
      reason
      message
    }
  }
}
    fragment PostImportFields on PostImport {
  id
  status
  format
  dryRun
  fileName
  size
  total
  processed
  imported
  updated
  unchanged
  skipped
  errorCount
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<PostImportQuery, PostImportQueryVariables>;
export const PostImportsDocument = new TypedDocumentString(`
    query PostImports($first: Int, $after: String) {
  postImports(first: $first, after: $after) {
    nodes {
      ...PostImportFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PostImportFields on PostImport {
  id
  status
  format
  dryRun
  fileName
  size
  total
  processed
  imported
  updated
  unchanged
  skipped
  errorCount
  failure
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<PostImportsQuery, PostImportsQueryVariables>;
export const ProgrammeDashboardDocument = new TypedDocumentString(`
    query ProgrammeDashboard($periodId: ID, $granularity: TrendGranularity!, $periods: Int!) {
  programmeDashboard(
    periodId: $periodId
    granularity: $granularity
    periods: $periods
  ) {
    asOf
    granularity
    libraryCount
    period {
      id
      name
      startsOn
      targetDate
    }
    phases {
      phase
      target
      achieved
      inProgress
      notStarted
      percentOfTarget
      trend {
        periodStart
        achieved
        inProgress
      }
      forecast {
        pacePerPeriod
        requiredPacePerMonth
        forecastDate
        reached
        willMeetTarget
      }
    }
    provinces {
      province
      libraryCount
      phases {
        phase
        achieved
        inProgress
        notStarted
      }
    }
  }
  programmePeriods {
    id
    name
    startsOn
    targetDate
  }
}
    `) as unknown as TypedDocumentString<ProgrammeDashboardQuery, ProgrammeDashboardQueryVariables>;
export const ProgrammeLibrariesDocument = new TypedDocumentString(`
    query ProgrammeLibraries($first: Int!, $after: String, $province: Province, $phase: Phase, $status: PhaseStatus, $search: String, $inactiveDays: Int, $pendingOnly: Boolean!, $sort: ProgrammeLibrarySort!, $descending: Boolean!) {
  programmeLibraries(
    first: $first
    after: $after
    province: $province
    phase: $phase
    status: $status
    search: $search
    inactiveDays: $inactiveDays
    pendingOnly: $pendingOnly
    sort: $sort
    descending: $descending
  ) {
    nodes {
      tenantId
      name
      province
      city
      trained
      professionallyPresent
      valueNetworks
      pendingReviews
      lastActivityAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeLibrariesQuery, ProgrammeLibrariesQueryVariables>;
export const NetworkFiguresDocument = new TypedDocumentString(`
    query NetworkFigures($months: Int!, $inactiveDays: Int!) {
  programmeNetworkFigures(
    months: $months
    inactiveDays: $inactiveDays
    topPosts: 5
  ) {
    postsUsedPerMonth {
      month
      uses
      libraries
    }
    topPosts {
      postId
      title
      uses
      libraries
    }
    librariesWithoutActivity
    submissions {
      submitted
      republished
      libraries
    }
    kpiReach {
      followers
      interactions
      shares
      websiteVisits
      libraries
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkFiguresQuery, NetworkFiguresQueryVariables>;
export const ProgrammeSettingsDocument = new TypedDocumentString(`
    query ProgrammeSettings {
  programmeCriteria {
    ...ProgrammeCriteriaFields
  }
  programmePeriods {
    ...ProgrammePeriodFields
  }
}
    fragment ProgrammeCriteriaFields on ProgrammeCriteria {
  trainingMinVerified
  trainingDigitalVisionOnly
  presenceRequiresTrained
  presenceRequiresCompleteStrategy
  presenceRequiresPolicy
  presenceRequiresHouseStyle
  presenceMinActiveChannels
  presenceKpiWithinDays
  presenceMinKpiMeasurements
  networksRequiresPresent
  networksMinActive
  version
  updatedAt
}
fragment ProgrammePeriodFields on ProgrammePeriod {
  id
  name
  startsOn
  targetDate
  targetTrained
  targetPresent
  targetNetworks
  version
}`) as unknown as TypedDocumentString<ProgrammeSettingsQuery, ProgrammeSettingsQueryVariables>;
export const UpdateProgrammeCriteriaDocument = new TypedDocumentString(`
    mutation UpdateProgrammeCriteria($input: CriteriaInput!, $version: Int!) {
  updateProgrammeCriteria(input: $input, version: $version) {
    changedStatuses
    criteria {
      ...ProgrammeCriteriaFields
    }
  }
}
    fragment ProgrammeCriteriaFields on ProgrammeCriteria {
  trainingMinVerified
  trainingDigitalVisionOnly
  presenceRequiresTrained
  presenceRequiresCompleteStrategy
  presenceRequiresPolicy
  presenceRequiresHouseStyle
  presenceMinActiveChannels
  presenceKpiWithinDays
  presenceMinKpiMeasurements
  networksRequiresPresent
  networksMinActive
  version
  updatedAt
}`) as unknown as TypedDocumentString<
  UpdateProgrammeCriteriaMutation,
  UpdateProgrammeCriteriaMutationVariables
>;
export const SaveProgrammePeriodDocument = new TypedDocumentString(`
    mutation SaveProgrammePeriod($input: PeriodInput!, $id: ID, $version: Int) {
  saveProgrammePeriod(input: $input, id: $id, version: $version) {
    ...ProgrammePeriodFields
  }
}
    fragment ProgrammePeriodFields on ProgrammePeriod {
  id
  name
  startsOn
  targetDate
  targetTrained
  targetPresent
  targetNetworks
  version
}`) as unknown as TypedDocumentString<SaveProgrammePeriodMutation, SaveProgrammePeriodMutationVariables>;
export const FeedDocument = new TypedDocumentString(`
    query Feed($first: Int!, $after: String, $search: String, $channel: Channel, $goal: Goal, $targetGroup: TargetGroup, $language: Language) {
  feed(
    first: $first
    after: $after
    search: $search
    channel: $channel
    goal: $goal
    targetGroup: $targetGroup
    language: $language
  ) {
    nodes {
      ...FeedItemFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment FeedItemFields on FeedItem {
  id
  title
  body
  attribution
  language
  goal
  targetGroups
  publishedAt
  availableUntil
  overridden
  upstreamChanges {
    field
  }
  theme {
    id
    name
    colour
  }
  variants {
    ...VariantFields
  }
  assets {
    id
    kind
    title
    altText
    files {
      rendition
      url
      mimeType
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<FeedQuery, FeedQueryVariables>;
export const FeedSubscriptionDocument = new TypedDocumentString(`
    query FeedSubscription {
  feedSubscription {
    ...FeedSubscriptionFields
  }
  themes(activeOnly: true) {
    id
    name
    kind
    description
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  channels
  themeIds
  lastVisitAt
  newSinceLastVisit
}`) as unknown as TypedDocumentString<FeedSubscriptionQuery, FeedSubscriptionQueryVariables>;
export const UpdateFeedSubscriptionDocument = new TypedDocumentString(`
    mutation UpdateFeedSubscription($channels: [Channel!]!, $themeIds: [ID!]!) {
  updateFeedSubscription(channels: $channels, themeIds: $themeIds) {
    ...FeedSubscriptionFields
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  channels
  themeIds
  lastVisitAt
  newSinceLastVisit
}`) as unknown as TypedDocumentString<
  UpdateFeedSubscriptionMutation,
  UpdateFeedSubscriptionMutationVariables
>;
export const MarkFeedVisitedDocument = new TypedDocumentString(`
    mutation MarkFeedVisited {
  markFeedVisited {
    ...FeedSubscriptionFields
  }
}
    fragment FeedSubscriptionFields on FeedSubscription {
  channels
  themeIds
  lastVisitAt
  newSinceLastVisit
}`) as unknown as TypedDocumentString<MarkFeedVisitedMutation, MarkFeedVisitedMutationVariables>;
export const MarkPostUsedDocument = new TypedDocumentString(`
    mutation MarkPostUsed($postId: ID!, $channel: Channel!, $publishedAt: DateTime!, $url: String) {
  markPostUsed(
    postId: $postId
    channel: $channel
    publishedAt: $publishedAt
    url: $url
  ) {
    id
    postId
    channel
    publishedAt
    url
  }
}
    `) as unknown as TypedDocumentString<MarkPostUsedMutation, MarkPostUsedMutationVariables>;
export const MyUsageDocument = new TypedDocumentString(`
    query MyUsage {
  myUsage(first: 100) {
    nodes {
      id
      postId
      channel
    }
  }
}
    `) as unknown as TypedDocumentString<MyUsageQuery, MyUsageQueryVariables>;
export const PostOverrideDocument = new TypedDocumentString(`
    query PostOverride($postId: ID!) {
  post(id: $postId) {
    id
    title
    body
    variants {
      channel
      text
      hashtags
      link
      callToAction
    }
  }
  postOverride(postId: $postId) {
    ...PostOverrideFields
  }
}
    fragment PostOverrideFields on PostOverride {
  postId
  version
  updatedAt
  fields {
    field
    local
    upstream
  }
  upstreamChanges {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<PostOverrideQuery, PostOverrideQueryVariables>;
export const SetPostOverrideDocument = new TypedDocumentString(`
    mutation SetPostOverride($postId: ID!, $input: PostOverrideInput!) {
  setPostOverride(postId: $postId, input: $input) {
    ...PostOverrideFields
  }
}
    fragment PostOverrideFields on PostOverride {
  postId
  version
  updatedAt
  fields {
    field
    local
    upstream
  }
  upstreamChanges {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<SetPostOverrideMutation, SetPostOverrideMutationVariables>;
export const ClearPostOverrideDocument = new TypedDocumentString(`
    mutation ClearPostOverride($postId: ID!, $fields: [String!]!, $version: Int) {
  clearPostOverride(postId: $postId, fields: $fields, version: $version) {
    ...PostOverrideFields
  }
}
    fragment PostOverrideFields on PostOverride {
  postId
  version
  updatedAt
  fields {
    field
    local
    upstream
  }
  upstreamChanges {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<ClearPostOverrideMutation, ClearPostOverrideMutationVariables>;
export const ResolveUpstreamChangesDocument = new TypedDocumentString(`
    mutation ResolveUpstreamChanges($postId: ID!, $decisions: [UpstreamDecisionInput!]!, $version: Int) {
  resolveUpstreamChanges(
    postId: $postId
    decisions: $decisions
    version: $version
  ) {
    ...PostOverrideFields
  }
}
    fragment PostOverrideFields on PostOverride {
  postId
  version
  updatedAt
  fields {
    field
    local
    upstream
  }
  upstreamChanges {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<
  ResolveUpstreamChangesMutation,
  ResolveUpstreamChangesMutationVariables
>;
export const FeedLinksDocument = new TypedDocumentString(`
    query FeedLinks {
  feedLinks {
    channel
    rss
    atom
  }
}
    `) as unknown as TypedDocumentString<FeedLinksQuery, FeedLinksQueryVariables>;
export const RotateFeedTokenDocument = new TypedDocumentString(`
    mutation RotateFeedToken {
  rotateFeedToken {
    channel
    rss
    atom
  }
}
    `) as unknown as TypedDocumentString<RotateFeedTokenMutation, RotateFeedTokenMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(id: $id, input: $input) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<
  DeleteWebhookEndpointMutation,
  DeleteWebhookEndpointMutationVariables
>;
export const PingWebhookEndpointDocument = new TypedDocumentString(`
    mutation PingWebhookEndpoint($id: ID!) {
  pingWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PingWebhookEndpointMutation, PingWebhookEndpointMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($first: Int!, $after: String, $endpointId: ID) {
  webhookDeliveries(first: $first, after: $after, endpointId: $endpointId) {
    nodes {
      id
      endpointId
      eventType
      status
      attempts
      lastStatusCode
      lastError
      createdAt
      deliveredAt
      nextAttemptAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean!) {
  notifications(unreadOnly: $unreadOnly) {
    id
    kind
    message
    createdAt
    readAt
    submissionId
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export const MyProgrammeDocument = new TypedDocumentString(`
    query MyProgramme {
  myProgramme {
    ...LibraryProgrammeFields
  }
  programmeEvidence {
    ...EvidenceFields
  }
}
    fragment LibraryProgrammeFields on LibraryProgramme {
  tenantId
  libraryName
  nextPhase
  pendingReviews
  phases {
    phase
    status
    since
    validUntil
    unmet {
      code
      message
    }
  }
  missingForNextPhase {
    code
    message
  }
  unregisteredProfileChannels {
    channel
    handle
  }
}
fragment EvidenceFields on LibraryEvidence {
  tenantId
  trainings {
    id
    date
    module
    provider
    staffCount
    digitalVision
    certificateAssetId
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  strategy {
    id
    versionNo
    complete
    missingSteps
    status
    version
    submittedAt
    reviewedAt
    reviewComment
    steps {
      onlineGoals
      offlineGoals
      mission
      targetGroups {
        group
        description
        mediaUse
      }
      socialGoals {
        goal
        description
        kpis {
          name
          metric
          target
        }
      }
      tactics {
        description
        channels
        measurementMethod
      }
    }
  }
  policies {
    id
    text
    url
    adoptedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  houseStyles {
    id
    applied
    appliedOn
    note
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  channels {
    id
    channel
    handle
    url
    active
    activeSince
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  networks {
    id
    name
    theme
    partners
    memberCount
    activities
    active
    startedOn
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
}`) as unknown as TypedDocumentString<MyProgrammeQuery, MyProgrammeQueryVariables>;
export const LibraryProgrammeDocument = new TypedDocumentString(`
    query LibraryProgramme($tenantId: ID!) {
  libraryProgramme(tenantId: $tenantId) {
    ...LibraryProgrammeFields
  }
  programmeEvidence(tenantId: $tenantId) {
    ...EvidenceFields
  }
}
    fragment LibraryProgrammeFields on LibraryProgramme {
  tenantId
  libraryName
  nextPhase
  pendingReviews
  phases {
    phase
    status
    since
    validUntil
    unmet {
      code
      message
    }
  }
  missingForNextPhase {
    code
    message
  }
  unregisteredProfileChannels {
    channel
    handle
  }
}
fragment EvidenceFields on LibraryEvidence {
  tenantId
  trainings {
    id
    date
    module
    provider
    staffCount
    digitalVision
    certificateAssetId
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  strategy {
    id
    versionNo
    complete
    missingSteps
    status
    version
    submittedAt
    reviewedAt
    reviewComment
    steps {
      onlineGoals
      offlineGoals
      mission
      targetGroups {
        group
        description
        mediaUse
      }
      socialGoals {
        goal
        description
        kpis {
          name
          metric
          target
        }
      }
      tactics {
        description
        channels
        measurementMethod
      }
    }
  }
  policies {
    id
    text
    url
    adoptedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  houseStyles {
    id
    applied
    appliedOn
    note
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  channels {
    id
    channel
    handle
    url
    active
    activeSince
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
  networks {
    id
    name
    theme
    partners
    memberCount
    activities
    active
    startedOn
    endedOn
    status
    version
    submittedAt
    reviewedAt
    reviewComment
  }
}`) as unknown as TypedDocumentString<LibraryProgrammeQuery, LibraryProgrammeQueryVariables>;
export const PhaseHistoryDocument = new TypedDocumentString(`
    query PhaseHistory($tenantId: ID, $first: Int!, $after: String) {
  phaseHistory(tenantId: $tenantId, first: $first, after: $after) {
    nodes {
      id
      phase
      fromStatus
      toStatus
      changedAt
      reason
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PhaseHistoryQuery, PhaseHistoryQueryVariables>;
export const KpiMeasurementsDocument = new TypedDocumentString(`
    query KpiMeasurements($tenantId: ID, $channelId: ID, $first: Int!, $after: String) {
  kpiMeasurements(
    tenantId: $tenantId
    channelId: $channelId
    first: $first
    after: $after
  ) {
    nodes {
      id
      channelId
      measuredOn
      followers
      posts
      interactions
      shares
      websiteVisits
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<KpiMeasurementsQuery, KpiMeasurementsQueryVariables>;
export const SaveTrainingDocument = new TypedDocumentString(`
    mutation SaveTraining($input: TrainingInput!, $id: ID, $version: Int) {
  saveTraining(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveTrainingMutation, SaveTrainingMutationVariables>;
export const SaveStrategyDocument = new TypedDocumentString(`
    mutation SaveStrategy($input: StrategyInput!, $baseVersion: Int!) {
  saveStrategy(input: $input, baseVersion: $baseVersion) {
    id
    versionNo
    complete
    missingSteps
  }
}
    `) as unknown as TypedDocumentString<SaveStrategyMutation, SaveStrategyMutationVariables>;
export const SavePolicyDocument = new TypedDocumentString(`
    mutation SavePolicy($input: PolicyInput!, $id: ID, $version: Int) {
  saveSocialMediaPolicy(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SavePolicyMutation, SavePolicyMutationVariables>;
export const SaveHouseStyleDocument = new TypedDocumentString(`
    mutation SaveHouseStyle($input: HouseStyleInput!, $id: ID, $version: Int) {
  saveHouseStyle(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveHouseStyleMutation, SaveHouseStyleMutationVariables>;
export const SaveProgrammeChannelDocument = new TypedDocumentString(`
    mutation SaveProgrammeChannel($input: ChannelInput!, $id: ID, $version: Int) {
  saveProgrammeChannel(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveProgrammeChannelMutation, SaveProgrammeChannelMutationVariables>;
export const SaveKpiMeasurementDocument = new TypedDocumentString(`
    mutation SaveKpiMeasurement($input: KpiMeasurementInput!, $id: ID, $version: Int) {
  saveKpiMeasurement(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveKpiMeasurementMutation, SaveKpiMeasurementMutationVariables>;
export const SaveValueNetworkDocument = new TypedDocumentString(`
    mutation SaveValueNetwork($input: ValueNetworkInput!, $id: ID, $version: Int) {
  saveValueNetwork(input: $input, id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SaveValueNetworkMutation, SaveValueNetworkMutationVariables>;
export const DeleteEvidenceDocument = new TypedDocumentString(`
    mutation DeleteEvidence($kind: EvidenceKind!, $id: ID!, $version: Int!) {
  deleteEvidence(kind: $kind, id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteEvidenceMutation, DeleteEvidenceMutationVariables>;
export const EvidenceQueueDocument = new TypedDocumentString(`
    query EvidenceQueue($first: Int!, $after: String, $status: EvidenceStatus!, $kind: EvidenceKind, $tenantId: ID) {
  evidenceQueue(
    first: $first
    after: $after
    status: $status
    kind: $kind
    tenantId: $tenantId
  ) {
    nodes {
      id
      kind
      tenantId
      libraryName
      summary
      attachmentAssetId
      status
      version
      submittedAt
      reviewedAt
      reviewComment
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceQueueQuery, EvidenceQueueQueryVariables>;
export const ReviewEvidenceDocument = new TypedDocumentString(`
    mutation ReviewEvidence($input: ReviewEvidenceInput!) {
  reviewEvidence(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewEvidenceMutation, ReviewEvidenceMutationVariables>;
export const SubmissionsDocument = new TypedDocumentString(`
    query Submissions($first: Int!, $after: String, $statuses: [SubmissionStatus!], $tenantId: ID, $themeId: ID, $minAgeDays: Int, $reviewerId: ID) {
  submissions(
    first: $first
    after: $after
    statuses: $statuses
    tenantId: $tenantId
    themeId: $themeId
    minAgeDays: $minAgeDays
    reviewerId: $reviewerId
  ) {
    nodes {
      ...SubmissionListFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}`) as unknown as TypedDocumentString<SubmissionsQuery, SubmissionsQueryVariables>;
export const SubmissionDocument = new TypedDocumentString(`
    query Submission($id: ID!) {
  submission(id: $id) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<SubmissionQuery, SubmissionQueryVariables>;
export const CreateSubmissionDocument = new TypedDocumentString(`
    mutation CreateSubmission($input: SubmissionInput!, $submit: Boolean!, $idempotencyKey: String) {
  createSubmission(
    input: $input
    submit: $submit
    idempotencyKey: $idempotencyKey
  ) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<CreateSubmissionMutation, CreateSubmissionMutationVariables>;
export const UpdateSubmissionDocument = new TypedDocumentString(`
    mutation UpdateSubmission($id: ID!, $version: Int!, $input: SubmissionInput!) {
  updateSubmission(id: $id, version: $version, input: $input) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;
export const SubmitSubmissionDocument = new TypedDocumentString(`
    mutation SubmitSubmission($id: ID!, $version: Int!) {
  submitSubmission(id: $id, version: $version) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<SubmitSubmissionMutation, SubmitSubmissionMutationVariables>;
export const StartSubmissionReviewDocument = new TypedDocumentString(`
    mutation StartSubmissionReview($id: ID!, $version: Int!) {
  startSubmissionReview(id: $id, version: $version) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<StartSubmissionReviewMutation, StartSubmissionReviewMutationVariables>;
export const RequestSubmissionChangesDocument = new TypedDocumentString(`
    mutation RequestSubmissionChanges($id: ID!, $version: Int!, $comment: String!) {
  requestSubmissionChanges(id: $id, version: $version, comment: $comment) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<
  RequestSubmissionChangesMutation,
  RequestSubmissionChangesMutationVariables
>;
export const RejectSubmissionDocument = new TypedDocumentString(`
    mutation RejectSubmission($id: ID!, $version: Int!, $comment: String!) {
  rejectSubmission(id: $id, version: $version, comment: $comment) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<RejectSubmissionMutation, RejectSubmissionMutationVariables>;
export const ApproveSubmissionDocument = new TypedDocumentString(`
    mutation ApproveSubmission($id: ID!, $version: Int!, $comment: String) {
  approveSubmission(id: $id, version: $version, comment: $comment) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<ApproveSubmissionMutation, ApproveSubmissionMutationVariables>;
export const AssignSubmissionDocument = new TypedDocumentString(`
    mutation AssignSubmission($id: ID!, $reviewerId: ID) {
  assignSubmission(id: $id, reviewerId: $reviewerId) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<AssignSubmissionMutation, AssignSubmissionMutationVariables>;
export const CommentOnSubmissionDocument = new TypedDocumentString(`
    mutation CommentOnSubmission($id: ID!, $comment: String!) {
  commentOnSubmission(id: $id, comment: $comment) {
    ...SubmissionFields
  }
}
    fragment VariantFields on PostVariant {
  channel
  text
  hashtags
  link
  callToAction
  length
  maxLength
}
fragment SubmissionListFields on Submission {
  id
  title
  status
  libraryName
  tenantId
  themeId
  reviewerId
  submittedAt
  createdAt
  updatedAt
  version
}
fragment SubmissionAssetFields on SubmissionAsset {
  position
  altText
  altTextOverride
  centralAssetId
  file {
    number
    renditionsStatus
    url
    renditions {
      rendition
      url
    }
  }
  asset {
    id
    title
    kind
    altText
    unusableReason
    rights {
      owner
      creditLine
      portraitConsent
    }
  }
}
fragment SubmissionFields on Submission {
  ...SubmissionListFields
  body
  goal
  language
  targetGroups
  localContext
  mayShare
  portraitConsent
  rightsNote
  decidedAt
  decisionReason
  postId
  variants {
    ...VariantFields
  }
  timeline {
    id
    at
    kind
    side
    fromStatus
    toStatus
    comment
  }
  assets {
    ...SubmissionAssetFields
  }
}`) as unknown as TypedDocumentString<CommentOnSubmissionMutation, CommentOnSubmissionMutationVariables>;
export const TenantsDocument = new TypedDocumentString(`
    query Tenants($first: Int!, $after: String, $search: String, $province: Province, $active: Boolean, $kind: TenantKind) {
  tenants(
    first: $first
    after: $after
    search: $search
    province: $province
    active: $active
    kind: $kind
  ) {
    nodes {
      ...TenantListFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment TenantListFields on Tenant {
  id
  slug
  name
  city
  province
  branchCount
  active
}`) as unknown as TypedDocumentString<TenantsQuery, TenantsQueryVariables>;
export const LibraryOptionsDocument = new TypedDocumentString(`
    query LibraryOptions($after: String) {
  tenants(first: 100, after: $after, kind: LIBRARY) {
    nodes {
      id
      slug
      name
      active
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryOptionsQuery, LibraryOptionsQueryVariables>;
export const TenantDocument = new TypedDocumentString(`
    query Tenant($slug: String!) {
  tenant(slug: $slug) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TenantQuery, TenantQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = new TypedDocumentString(`
    mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
  updateTenant(id: $id, input: $input) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const UpdateTenantProfileDocument = new TypedDocumentString(`
    mutation UpdateTenantProfile($input: UpdateTenantProfileInput!) {
  updateTenantProfile(input: $input) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateTenantProfileMutation, UpdateTenantProfileMutationVariables>;
export const DeactivateTenantDocument = new TypedDocumentString(`
    mutation DeactivateTenant($id: ID!) {
  deactivateTenant(id: $id) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DeactivateTenantMutation, DeactivateTenantMutationVariables>;
export const ReactivateTenantDocument = new TypedDocumentString(`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(id: $id) {
    ...TenantFields
  }
}
    fragment TenantFields on Tenant {
  id
  slug
  name
  kind
  province
  city
  displayName
  website
  phone
  openingHoursUrl
  catalogueUrl
  contactEmail
  branchCount
  channels {
    channel
    handle
    url
  }
  active
  version
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String, $role: Role, $tenantId: ID) {
  users(
    first: $first
    after: $after
    search: $search
    role: $role
    tenantId: $tenantId
  ) {
    nodes {
      ...UserFields
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  email
  role
  disabled
  lastLoginAt
  createdAt
  version
  tenant {
    id
    slug
    name
    kind
  }
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
