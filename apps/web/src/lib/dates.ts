/*
 * Dates for form inputs and the calendar, in the browser's time zone (Dutch users: Europe/Amsterdam).
 * <input type="date"> speaks YYYY-MM-DD, <input type="datetime-local"> YYYY-MM-DDTHH:mm; the API
 * speaks ISO 8601 instants.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** An instant as the day it falls on here (YYYY-MM-DD); '' for none. */
export function toDateInput(iso: string | null | undefined): string {
  return iso ? dayOf(new Date(iso)) : '';
}

/** An instant as a local date and time (YYYY-MM-DDTHH:mm); '' for none. */
export function toDateTimeInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${dayOf(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A local date and time (YYYY-MM-DDTHH:mm) as an instant; null for ''. */
export function fromDateTimeInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** The first moment of a day (YYYY-MM-DD), as an instant; null for ''. */
export function startOfDay(date: string): string | null {
  return date ? new Date(`${date}T00:00:00`).toISOString() : null;
}

/** The first moment after a day (YYYY-MM-DD): the exclusive end of a range that includes it. */
export function endOfDayExclusive(date: string): string | null {
  if (!date) return null;
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The last second of a day (YYYY-MM-DD), as an instant. */
export function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/** The month (YYYY-MM) of an instant, here. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

const parseMonth = (month: string) => {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  return { y, m };
};

/** A month (YYYY-MM) moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const { y, m } = parseMonth(month);
  return monthOf(new Date(y, m - 1 + delta, 1));
}

/** The instants a month (YYYY-MM) starts and ends (exclusive), here. */
export function monthRange(month: string): { from: string; until: string } {
  const { y, m } = parseMonth(month);
  return { from: new Date(y, m - 1, 1).toISOString(), until: new Date(y, m, 1).toISOString() };
}

/**
 * The days (YYYY-MM-DD) of a month, and how many empty cells precede the first in a week that
 * starts on Monday.
 */
export function monthDays(month: string): { offset: number; days: string[] } {
  const { y, m } = parseMonth(month);
  const count = new Date(y, m, 0).getDate();
  const offset = (new Date(y, m - 1, 1).getDay() + 6) % 7;
  return { offset, days: Array.from({ length: count }, (_, i) => `${month}-${pad(i + 1)}`) };
}

/** Whether a day (YYYY-MM-DD) lies within a period of days (inclusive; open ends allowed). */
export function dayInPeriod(day: string, start: string | null | undefined, end: string | null | undefined) {
  return (!start || day >= start) && (!end || day <= end);
}

/** Whole days since an instant. */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}
