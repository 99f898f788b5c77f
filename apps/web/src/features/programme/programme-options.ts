import type { EvidenceKind, EvidenceStatus, KpiMetric, Phase, PhaseStatus } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/nl';
import type { BadgeTone } from '../../ui/status';

// Records, so that a value added to the schema fails the typecheck until it is offered here.
export const PHASE_STATUS_TONE: Record<PhaseStatus, BadgeTone> = {
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'info',
  ACHIEVED: 'success',
};
/** In the order the programme orders them (and the API sorts them). */
export const PHASE_STATUSES: readonly PhaseStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED'];

const PHASE_SECTION: Record<Phase, string> = {
  TRAINED: '/programma/trainingen',
  PROFESSIONALLY_PRESENT: '/programma/aanwezigheid',
  VALUE_NETWORKS: '/programma/netwerken',
};
/** The three phases in programme order. */
export const PHASES = Object.keys(PHASE_SECTION) as Phase[];
/** Where a library records the evidence of a phase. */
export const phaseSection = (phase: Phase) => PHASE_SECTION[phase];

export const EVIDENCE_STATUS_TONE: Record<EvidenceStatus, BadgeTone> = {
  SUBMITTED: 'warning',
  VERIFIED: 'success',
  REJECTED: 'danger',
};
export const EVIDENCE_STATUSES = Object.keys(EVIDENCE_STATUS_TONE) as EvidenceStatus[];

const EVIDENCE_KIND: Record<EvidenceKind, true> = {
  TRAINING: true,
  STRATEGY: true,
  POLICY: true,
  HOUSE_STYLE: true,
  CHANNEL: true,
  KPI_MEASUREMENT: true,
  VALUE_NETWORK: true,
};
export const EVIDENCE_KINDS = Object.keys(EVIDENCE_KIND) as EvidenceKind[];

const KPI_METRIC: Record<KpiMetric, true> = {
  FOLLOWERS: true,
  POSTS: true,
  INTERACTIONS: true,
  SHARES: true,
  WEBSITE_VISITS: true,
  OTHER: true,
};
export const KPI_METRICS = Object.keys(KPI_METRIC) as KpiMetric[];

/** The KPI figures a measurement records, in the order the form asks for them. */
export const KPI_FIGURES = ['followers', 'posts', 'interactions', 'shares', 'websiteVisits'] as const;
export type KpiFigure = (typeof KPI_FIGURES)[number];

/**
 * What is missing, in the current language: the API explains unmet criteria in Dutch (with counts
 * and names), so Dutch shows its sentence and English a translation by code.
 */
export function unmetText(
  lang: 'nl' | 'en',
  unmet: { code: string; message: string },
  t: (key: MessageKey) => string,
  isKey: (key: string) => key is MessageKey,
): string {
  if (lang === 'nl') return unmet.message;
  const key = `programme.unmet.${unmet.code}`;
  return isKey(key) ? t(key) : unmet.message;
}

/** Today as YYYY-MM-DD here (for date inputs and their `max`). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A list typed one item per line (or separated by commas) as the API's string list. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
