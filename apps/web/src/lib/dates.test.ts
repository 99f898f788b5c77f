import { describe, expect, it } from 'vitest';
import {
  dayInPeriod,
  endOfDayExclusive,
  fromDateTimeInput,
  monthDays,
  monthRange,
  shiftMonth,
  startOfDay,
  toDateInput,
  toDateTimeInput,
} from './dates';

describe('dates (in the browser zone; tests run in UTC or Europe/Amsterdam)', () => {
  it('round-trips dates and date-times through the form inputs', () => {
    const at = fromDateTimeInput('2026-11-23T09:30')!;
    expect(toDateTimeInput(at)).toBe('2026-11-23T09:30');
    expect(toDateInput(at)).toBe('2026-11-23');
    expect(toDateInput(null)).toBe('');
    expect(fromDateTimeInput('')).toBeNull();
    expect(toDateInput(startOfDay('2026-03-01'))).toBe('2026-03-01');
    expect(toDateInput(endOfDayExclusive('2026-02-28'))).toBe('2026-03-01');
  });

  it('lays out a month from Monday', () => {
    // 1 November 2026 is a Sunday: six empty cells before it.
    expect(monthDays('2026-11')).toMatchObject({ offset: 6 });
    expect(monthDays('2026-11').days).toHaveLength(30);
    expect(monthDays('2028-02').days.at(-1)).toBe('2028-02-29');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    const { from, until } = monthRange('2026-12');
    expect(toDateInput(from)).toBe('2026-12-01');
    expect(toDateInput(until)).toBe('2027-01-01');
  });

  it('knows whether a day lies in a period', () => {
    expect(dayInPeriod('2026-10-07', '2026-10-01', '2026-10-12')).toBe(true);
    expect(dayInPeriod('2026-10-13', '2026-10-01', '2026-10-12')).toBe(false);
    expect(dayInPeriod('2026-10-13', null, null)).toBe(true);
  });
});
