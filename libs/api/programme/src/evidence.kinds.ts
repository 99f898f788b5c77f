import { EvidenceKind } from '@bibliohub/contracts';

export interface KindSpec {
  table: string;
  /** audit_log.entity_type */
  entityType: string;
  /** Input field → column (values are always bound parameters). */
  columns: Record<string, string>;
  /** SELECT list (alias x) in the GraphQL type's shape. */
  select: string;
  /** Short Dutch description (alias x) for the review queue. */
  summary: string;
  /** The asset id of a file that goes with the evidence (alias x), shown to reviewers; none when absent. */
  attachment?: string;
  /** Default order of a library's list. */
  order: string;
  /** The unique constraint's conflict. */
  duplicate?: { subCode: string; message: string };
}

const dmy = (column: string) => `to_char(${column}, 'DD-MM-YYYY')`;

export const EVIDENCE_COMMON = `x.id, x.tenant_id AS "tenantId", x.status, x.submitted_at AS "submittedAt",
  x.reviewed_at AS "reviewedAt", x.reviewed_by AS "reviewedBy", x.review_comment AS "reviewComment", x.version`;

export const KINDS: Record<EvidenceKind, KindSpec> = {
  TRAINING: {
    table: 'programme_trainings',
    entityType: 'ProgrammeTraining',
    columns: {
      date: 'date',
      module: 'module',
      provider: 'provider',
      staffCount: 'staff_count',
      digitalVision: 'digital_vision',
      certificateAssetId: 'certificate_asset_id',
    },
    select: `x.date::text AS date, x.module, x.provider, x.staff_count AS "staffCount",
      x.digital_vision AS "digitalVision", x.certificate_asset_id AS "certificateAssetId"`,
    summary: `'Training ' || x.module || ' (' || x.provider || ', ' || ${dmy('x.date')} || ', ' || x.staff_count || ' medewerker' || CASE WHEN x.staff_count = 1 THEN '' ELSE 's' END || ')'`,
    attachment: 'x.certificate_asset_id',
    order: 'x.date DESC, x.id',
  },
  STRATEGY: {
    table: 'programme_strategies',
    entityType: 'SocialMediaStrategy',
    columns: {},
    select: `x.version_no AS "versionNo", x.steps, x.missing_steps AS "missingSteps",
      cardinality(x.missing_steps) = 0 AS complete`,
    summary: `'Social-media-strategie versie ' || x.version_no || CASE WHEN cardinality(x.missing_steps) = 0 THEN ' (volledig)' ELSE ' (onvolledig: stap ' || array_to_string(x.missing_steps, ', ') || ' ontbreekt)' END`,
    order: 'x.version_no DESC',
  },
  POLICY: {
    table: 'programme_policies',
    entityType: 'SocialMediaPolicy',
    columns: { text: 'text', url: 'url', adoptedOn: 'adopted_on' },
    select: `x.text, x.url, x.adopted_on::text AS "adoptedOn"`,
    summary: `'Social-media-beleid voor medewerkers, vastgesteld ' || ${dmy('x.adopted_on')}`,
    order: 'x.adopted_on DESC, x.id',
  },
  HOUSE_STYLE: {
    table: 'programme_house_styles',
    entityType: 'HouseStyleRecord',
    columns: { applied: 'applied', appliedOn: 'applied_on', note: 'note' },
    select: `x.applied, x.applied_on::text AS "appliedOn", x.note`,
    summary: `CASE WHEN x.applied THEN 'Huisstijl toegepast sinds ' ELSE 'Huisstijl niet toegepast per ' END || ${dmy('x.applied_on')}`,
    order: 'x.applied_on DESC, x.id',
  },
  CHANNEL: {
    table: 'programme_channels',
    entityType: 'ProgrammeChannel',
    columns: {
      channel: 'channel',
      handle: 'handle',
      url: 'url',
      active: 'active',
      activeSince: 'active_since',
    },
    select: `x.channel, x.handle, x.url, x.active, x.active_since::text AS "activeSince", x.ended_on::text AS "endedOn"`,
    summary: `'Kanaal ' || x.channel || ' ' || x.handle || CASE WHEN x.active THEN '' ELSE ' (beëindigd)' END`,
    order: 'x.active DESC, x.channel, x.handle',
    duplicate: { subCode: 'CHANNEL_EXISTS', message: 'Dit kanaal met deze naam is al vastgelegd' },
  },
  KPI_MEASUREMENT: {
    table: 'programme_kpi_measurements',
    entityType: 'KpiMeasurement',
    columns: {
      channelId: 'channel_id',
      measuredOn: 'measured_on',
      followers: 'followers',
      posts: 'posts',
      interactions: 'interactions',
      shares: 'shares',
      websiteVisits: 'website_visits',
    },
    select: `x.channel_id AS "channelId", x.measured_on::text AS "measuredOn", x.followers, x.posts, x.interactions,
      x.shares, x.website_visits AS "websiteVisits"`,
    summary: `'KPI-meting ' || coalesce((SELECT c.channel || ' ' || c.handle FROM programme_channels c WHERE c.id = x.channel_id), '') || ' op ' || ${dmy('x.measured_on')} || ': ' || x.followers || ' volgers, ' || x.interactions || ' interacties'`,
    order: 'x.measured_on DESC, x.id',
    duplicate: {
      subCode: 'KPI_MEASUREMENT_EXISTS',
      message: 'Voor dit kanaal is op deze datum al een meting vastgelegd',
    },
  },
  VALUE_NETWORK: {
    table: 'programme_networks',
    entityType: 'ValueNetwork',
    columns: {
      name: 'name',
      theme: 'theme',
      partners: 'partners',
      memberCount: 'member_count',
      activities: 'activities',
      active: 'active',
      startedOn: 'started_on',
    },
    select: `x.name, x.theme, x.partners, x.member_count AS "memberCount", x.activities, x.active,
      x.started_on::text AS "startedOn", x.ended_on::text AS "endedOn"`,
    summary: `'Waardenetwerk ' || x.name || ' (' || x.theme || ', ' || x.member_count || ' leden)' || CASE WHEN x.active THEN '' ELSE ' (beëindigd)' END`,
    order: 'x.active DESC, x.name, x.id',
  },
};
