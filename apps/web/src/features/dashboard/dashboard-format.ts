import type { Phase, PhaseStatus, TrendGranularity } from '../../gql/graphql';
import type { Language, Params } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/nl';

/*
 * Numbers and sentences of the dashboard, as pure functions (unit tested): the forecast in words,
 * the labels of weeks and months, and the colours of the charts.
 */

type Translate = (key: MessageKey, params?: Params) => string;

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * The first day of a week or month (YYYY-MM-DD, a UTC bucket as the API makes them) as a short
 * label: "jan. 2026" or "5 jan.". Formatted in UTC, so the day never moves.
 */
export function periodLabel(lang: Language, periodStart: string, granularity: TrendGranularity): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    granularity === 'MONTH'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

/** A pace with one decimal in the language's format (10,1 or 10.1). */
export function formatPace(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    value,
  );
}

export interface ForecastFacts {
  pacePerPeriod?: number | null;
  requiredPacePerMonth?: number | null;
  forecastDate?: string | null;
  reached: boolean;
  willMeetTarget?: boolean | null;
}

/**
 * The forecast in one or two sentences, in the current language (the API's own sentence is Dutch
 * only): reached; no growth (and so no date); or the date at the current pace, against the target date.
 */
export function forecastText(
  f: ForecastFacts,
  {
    t,
    lang,
    formatDate,
    granularity,
    target,
    targetDate,
  }: {
    t: Translate;
    lang: Language;
    formatDate: (iso: string) => string;
    granularity: TrendGranularity;
    target: number;
    targetDate: string | null | undefined;
  },
): string {
  if (f.reached) return t('dashboard.forecast.reached', { target });
  const per = granularity === 'WEEK' ? t('dashboard.perWeek') : t('dashboard.perMonth');
  const pace = f.pacePerPeriod ?? 0;
  const parts: string[] = [];
  if (!f.forecastDate || pace <= 0) {
    parts.push(t('dashboard.forecast.noGrowth'));
    if (targetDate) parts.push(t('dashboard.forecast.missed', { date: formatDate(targetDate) }));
  } else {
    parts.push(
      t('dashboard.forecast.at', {
        pace: formatPace(lang, pace),
        per,
        target,
        date: formatDate(f.forecastDate),
      }),
    );
    if (targetDate)
      parts.push(
        f.willMeetTarget
          ? t('dashboard.forecast.inTime', { date: formatDate(targetDate) })
          : t('dashboard.forecast.late', { date: formatDate(targetDate) }),
      );
  }
  if (targetDate && !f.willMeetTarget && f.requiredPacePerMonth)
    parts.push(t('dashboard.forecast.required', { pace: formatPace(lang, f.requiredPacePerMonth) }));
  return parts.join(' ');
}

/**
 * Chart colours: distinct hues with at least 3:1 contrast on white (WCAG 1.4.11); lines also differ
 * in dash pattern, so colour is never the only difference.
 */
export const PHASE_COLOURS: Record<Phase, string> = {
  TRAINED: '#0e6e6a',
  PROFESSIONALLY_PRESENT: '#b45309',
  VALUE_NETWORKS: '#6d28d9',
};
export const PHASE_DASH: Record<Phase, string | undefined> = {
  TRAINED: undefined,
  PROFESSIONALLY_PRESENT: '8 4',
  VALUE_NETWORKS: '2 3',
};
export const STATUS_COLOURS: Record<PhaseStatus, string> = {
  ACHIEVED: '#0e6e6a',
  IN_PROGRESS: '#b45309',
  NOT_STARTED: '#6b7f88',
};

/** Percentage for a progress bar: 0–100, also when a target is 0 or passed. */
export function barPercent(achieved: number, target: number): number {
  if (target <= 0) return achieved > 0 ? 100 : 0;
  return Math.max(0, Math.min(100, (achieved / target) * 100));
}
