import { registerEnumType } from '@nestjs/graphql';
import { EvidenceKind, EvidenceStatus, Phase, PhaseStatus } from '@bibliohub/contracts';
import {
  ApiScope,
  AssetKind,
  Channel,
  ErrorCode,
  Goal,
  Language,
  PostSource,
  PostStatus,
  Province,
  RenditionStatus,
  Role,
  TargetGroup,
  TenantKind,
  ThemeKind,
  SubmissionStatus,
} from '@bibliohub/contracts';

// The shared enums, registered once so every feature's types can use them.
registerEnumType(Role, { name: 'Role', description: 'What a user may do' });
registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'The national office (CENTRAL) or a library (LIBRARY)',
});
registerEnumType(Province, { name: 'Province', description: 'The twelve Dutch provinces' });
registerEnumType(Channel, { name: 'Channel', description: 'Social-media channel' });
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description:
    'What an API key may do: FEED_READ (feed:read), SUBMISSIONS_WRITE (submissions:write), USAGE_WRITE (usage:write)',
});
registerEnumType(ErrorCode, { name: 'ErrorCode' });
registerEnumType(PostStatus, {
  name: 'PostStatus',
  description: 'DRAFT → SCHEDULED → PUBLISHED → WITHDRAWN / ARCHIVED',
});
registerEnumType(Goal, {
  name: 'Goal',
  description: 'marketing (naamsbekendheid), klantenbinding, netwerken',
});
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(Language, { name: 'Language', description: 'NL (default), EN, FY (Frisian)' });
registerEnumType(ThemeKind, { name: 'ThemeKind' });
registerEnumType(PostSource, { name: 'PostSource' });
registerEnumType(AssetKind, {
  name: 'AssetKind',
  description: 'Logo, template, banner, photo, icon, font, guideline (PDF) or video',
});
registerEnumType(RenditionStatus, {
  name: 'RenditionStatus',
  description: 'Thumbnail and preview: PENDING → READY or FAILED; NONE for files that are not images',
});
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED | REJECTED | APPROVED → REPUBLISHED',
});
registerEnumType(Phase, {
  name: 'Phase',
  description: 'Programme phase: TRAINED (167), PROFESSIONALLY_PRESENT (125), VALUE_NETWORKS (50)',
});
registerEnumType(PhaseStatus, { name: 'PhaseStatus', description: 'NOT_STARTED, IN_PROGRESS or ACHIEVED' });
registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description: 'SUBMITTED by the library, then VERIFIED or REJECTED by central staff',
});
registerEnumType(EvidenceKind, {
  name: 'EvidenceKind',
  description: 'What a piece of programme evidence is',
});
