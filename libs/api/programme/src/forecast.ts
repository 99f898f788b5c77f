/** Trend buckets and the linear forecast of the national dashboard. Pure functions, all in UTC. */

export enum TrendGranularity {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

const DAY_MS = 86_400_000;
/** Average Gregorian month, for expressing a daily pace per month. */
export const DAYS_PER_MONTH = 365.2425 / 12;

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** Start of the week (ISO: Monday) or month containing `d`, as PostgreSQL's date_trunc does in UTC. */
export function bucketStart(d: Date, granularity: TrendGranularity): Date {
  if (granularity === TrendGranularity.MONTH)
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

export function addBuckets(start: Date, granularity: TrendGranularity, n: number): Date {
  if (granularity === TrendGranularity.MONTH)
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n, 1));
  return new Date(start.getTime() + n * 7 * DAY_MS);
}

/** Net change of the counts in one bucket (from phase_history: +1 for entering a status, −1 for leaving it). */
export interface BucketDelta {
  /** Bucket start, YYYY-MM-DD. */
  bucket: string;
  achieved: number;
  inProgress: number;
}

export interface TrendPoint {
  /** First day of the week or month, YYYY-MM-DD. */
  periodStart: string;
  /** The moment the counts hold for: the end of the period, or `asOf` for the current one. */
  at: Date;
  achieved: number;
  inProgress: number;
}

/**
 * The counts at the end of each of the last `periods` weeks or months up to `asOf`, by summing every
 * delta up to that bucket (history before the first bucket included).
 */
export function buildTrend(
  deltas: readonly BucketDelta[],
  granularity: TrendGranularity,
  periods: number,
  asOf: Date,
): TrendPoint[] {
  const sorted = [...deltas].sort((a, b) => a.bucket.localeCompare(b.bucket));
  const last = bucketStart(asOf, granularity);
  const points: TrendPoint[] = [];
  let i = 0;
  let achieved = 0;
  let inProgress = 0;
  for (let k = periods - 1; k >= 0; k--) {
    const start = addBuckets(last, granularity, -k);
    const key = isoDate(start);
    while (i < sorted.length && sorted[i].bucket <= key) {
      achieved += sorted[i].achieved;
      inProgress += sorted[i].inProgress;
      i++;
    }
    const end = addBuckets(start, granularity, 1);
    points.push({ periodStart: key, at: end < asOf ? end : asOf, achieved, inProgress });
  }
  return points;
}

export interface ForecastInput {
  /** Observations (moment, achieved count), oldest first; the last is normally `asOf` itself. */
  points: readonly { at: Date; value: number }[];
  current: number;
  target: number;
  /** YYYY-MM-DD, or null when the period has none. */
  targetDate: string | null;
  asOf: Date;
}

export interface Forecast {
  /** Least-squares slope over the points: libraries per day (null with fewer than two distinct moments). */
  pacePerDay: number | null;
  reached: boolean;
  /** The day the target is reached at the current pace (null: reached already, or no positive pace). */
  forecastDate: string | null;
  /** null when there is no target date. */
  willMeetTarget: boolean | null;
  /** Libraries per day needed from `asOf` to reach the target on the target date (null: reached or no date). */
  requiredPacePerDay: number | null;
  pointsUsed: number;
}

/**
 * Linear forecast: fit a straight line (least squares) through the recent observations; its slope is
 * the current pace. From today's count, the remaining libraries at that pace give the forecast date.
 */
export function forecast(input: ForecastInput): Forecast {
  const { points, current, target, targetDate, asOf } = input;
  const remaining = target - current;
  const daysToTarget = targetDate
    ? (new Date(`${targetDate}T00:00:00Z`).getTime() - asOf.getTime()) / DAY_MS
    : null;
  const pacePerDay = leastSquaresSlope(
    points.map((p) => [(p.at.getTime() - asOf.getTime()) / DAY_MS, p.value]),
  );
  const base = { pacePerDay, pointsUsed: points.length };
  if (remaining <= 0) {
    return {
      ...base,
      reached: true,
      forecastDate: null,
      willMeetTarget: targetDate ? true : null,
      requiredPacePerDay: null,
    };
  }
  const requiredPacePerDay = daysToTarget !== null && daysToTarget > 0 ? remaining / daysToTarget : null;
  if (pacePerDay === null || pacePerDay <= 0) {
    return {
      ...base,
      reached: false,
      forecastDate: null,
      willMeetTarget: targetDate ? false : null,
      requiredPacePerDay,
    };
  }
  const date = isoDate(new Date(asOf.getTime() + Math.ceil(remaining / pacePerDay) * DAY_MS));
  return {
    ...base,
    reached: false,
    forecastDate: date,
    willMeetTarget: targetDate ? date <= targetDate : null,
    requiredPacePerDay,
  };
}

/** Slope of the least-squares line through (x, y); null when all x are equal or there are fewer than two. */
export function leastSquaresSlope(xy: readonly (readonly [number, number])[]): number | null {
  if (xy.length < 2) return null;
  const n = xy.length;
  const mx = xy.reduce((s, [x]) => s + x, 0) / n;
  const my = xy.reduce((s, [, y]) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of xy) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  return sxx === 0 ? null : sxy / sxx;
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DUTCH_NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export const dutchDate = (iso: string): string => DUTCH_DATE.format(new Date(`${iso}T00:00:00Z`));

/** One Dutch sentence for the dashboard. */
export function describeForecast(f: Forecast, target: number, targetDate: string | null): string {
  if (f.reached) return `Doelstelling van ${target} is gehaald.`;
  const pace =
    f.pacePerDay !== null && f.pacePerDay > 0
      ? `gemiddeld ${DUTCH_NUMBER.format(f.pacePerDay * DAYS_PER_MONTH)} per maand`
      : null;
  if (!f.forecastDate || !pace) {
    return `In het huidige tempo wordt de doelstelling van ${target} niet gehaald: er komen geen bibliotheken bij.`;
  }
  const when = `In het huidige tempo (${pace}) wordt de doelstelling van ${target} rond ${dutchDate(f.forecastDate)} gehaald`;
  if (!targetDate) return `${when}.`;
  return f.willMeetTarget
    ? `${when}, vóór de streefdatum ${dutchDate(targetDate)}.`
    : `${when}, na de streefdatum ${dutchDate(targetDate)}${
        f.requiredPacePerDay
          ? ` (nodig: ${DUTCH_NUMBER.format(f.requiredPacePerDay * DAYS_PER_MONTH)} per maand)`
          : ''
      }.`;
}
