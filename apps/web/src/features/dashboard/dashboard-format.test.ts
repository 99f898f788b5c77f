import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, translate, type Language } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/nl';
import { barPercent, forecastText, periodLabel } from './dashboard-format';
import { librariesCsvPath, librariesFilter } from './libraries-filter';

const context = (lang: Language, targetDate: string | null = '2027-12-31') => ({
  t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
  lang,
  formatDate: (iso: string) => iso,
  granularity: 'MONTH' as const,
  target: 167,
  targetDate,
});

describe('dashboard numbers', () => {
  beforeAll(() => loadLanguage('en'));

  it('says the forecast in words, against the target date', () => {
    const late = {
      reached: false,
      pacePerPeriod: 2.25,
      forecastDate: '2030-06-01',
      willMeetTarget: false,
      requiredPacePerMonth: 6.04,
    };
    expect(forecastText(late, context('nl'))).toBe(
      'In het huidige tempo (gemiddeld 2,3 per maand) wordt de doelstelling van 167 rond 2030-06-01 gehaald, ' +
        'na de streefdatum 2027-12-31. Nodig om op tijd te zijn: 6,0 per maand.',
    );
    const inTime = {
      reached: false,
      pacePerPeriod: 10,
      forecastDate: '2027-03-01',
      willMeetTarget: true,
      requiredPacePerMonth: 4,
    };
    expect(forecastText(inTime, context('en'))).toBe(
      'At the current pace (on average 10.0 per month) the target of 167 will be reached around 2027-03-01, ' +
        'in time for the target date 2027-12-31.',
    );
    expect(forecastText({ reached: true }, context('nl'))).toBe('De doelstelling van 167 is gehaald.');
    // No growth: no date, and without a target date nothing about being late.
    expect(forecastText({ reached: false, pacePerPeriod: 0, forecastDate: null }, context('nl', null))).toBe(
      'Er komen de laatste tijd geen bibliotheken bij, dus er is geen prognose.',
    );
  });

  it('labels weeks and months in the language, without moving the day', () => {
    expect(periodLabel('nl', '2026-03-01', 'MONTH')).toBe('mrt 2026');
    expect(periodLabel('en', '2026-03-01', 'MONTH')).toBe('Mar 2026');
    expect(periodLabel('nl', '2026-01-05', 'WEEK')).toBe('5 jan');
  });

  it('keeps progress bars between 0 and 100 %', () => {
    expect(barPercent(10, 167)).toBeCloseTo(5.99, 1);
    expect(barPercent(200, 167)).toBe(100);
    expect(barPercent(0, 0)).toBe(0);
  });

  it('exports exactly the filtered table as CSV', () => {
    const filter = librariesFilter({
      search: '  Delft ',
      province: 'ZUID_HOLLAND',
      phase: 'TRAINED',
      status: 'ACHIEVED',
      inactiveDays: null,
      pendingOnly: true,
      sort: 'LAST_ACTIVITY',
      descending: true,
    });
    expect(librariesCsvPath(filter, 'semicolon')).toBe(
      '/files/exports/dashboard-libraries.csv?search=Delft&province=ZUID_HOLLAND&phase=TRAINED&status=ACHIEVED' +
        '&pendingOnly=true&sort=LAST_ACTIVITY&descending=true&delimiter=semicolon',
    );
    // A status without its phase filters nothing (the API reads them as a pair).
    const loose = librariesFilter({
      ...filter,
      search: '',
      phase: null,
      pendingOnly: false,
      descending: false,
    });
    expect(loose.status).toBeNull();
    expect(librariesCsvPath(loose, 'comma')).toBe(
      '/files/exports/dashboard-libraries.csv?province=ZUID_HOLLAND&sort=LAST_ACTIVITY&delimiter=comma',
    );
  });
});
