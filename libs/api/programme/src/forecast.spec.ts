import {
  addBuckets,
  bucketStart,
  buildTrend,
  describeForecast,
  forecast,
  leastSquaresSlope,
  TrendGranularity,
} from './forecast.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe('leastSquaresSlope', () => {
  it('is exact on a straight line and the textbook value on a known noisy series', () => {
    expect(
      leastSquaresSlope([
        [0, 1],
        [1, 3],
        [2, 5],
        [3, 7],
      ]),
    ).toBe(2);
    // x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5 → 1.1
    expect(
      leastSquaresSlope([
        [0, 1],
        [1, 3],
        [2, 2],
        [3, 5],
      ]),
    ).toBeCloseTo(1.1, 10);
  });

  it('has no slope with fewer than two points or a single moment', () => {
    expect(leastSquaresSlope([])).toBeNull();
    expect(leastSquaresSlope([[5, 1]])).toBeNull();
    expect(
      leastSquaresSlope([
        [5, 1],
        [5, 9],
      ]),
    ).toBeNull();
  });
});

describe('forecast', () => {
  const asOf = day('2026-01-01');
  // 10 libraries every 30 days: 1/3 per day
  const points = [-90, -60, -30, 0].map((d, i) => ({
    at: new Date(asOf.getTime() + d * DAY),
    value: i * 10,
  }));

  it('extends the fitted pace from today’s count to the target', () => {
    const f = forecast({ points, current: 30, target: 50, targetDate: '2026-06-30', asOf });
    expect(f.pacePerDay).toBeCloseTo(1 / 3, 10);
    // 20 more at 1/3 per day = 60 days after 1 January
    expect(f.forecastDate).toBe('2026-03-02');
    expect(f.willMeetTarget).toBe(true);
    expect(f.reached).toBe(false);
    expect(f.pointsUsed).toBe(4);
    expect(f.requiredPacePerDay).toBeCloseTo(20 / 180, 10);
  });

  it('says when the target date will be missed, and the pace that would be needed', () => {
    const f = forecast({ points, current: 30, target: 167, targetDate: '2026-12-31', asOf });
    // 137 more at 1/3 per day: 411 days
    expect(f.forecastDate).toBe('2027-02-16');
    expect(f.willMeetTarget).toBe(false);
    expect(f.requiredPacePerDay).toBeCloseTo(137 / 364, 10);
    expect(describeForecast(f, 167, '2026-12-31')).toBe(
      'In het huidige tempo (gemiddeld 10,1 per maand) wordt de doelstelling van 167 rond 16 februari 2027 gehaald, na de streefdatum 31 december 2026 (nodig: 11,5 per maand).',
    );
  });

  it('rounds a fractional number of days up', () => {
    const f = forecast({ points, current: 30, target: 31, targetDate: null, asOf });
    expect(f.forecastDate).toBe('2026-01-04'); // 3 days for one library
    expect(f.willMeetTarget).toBeNull();
  });

  it('gives no date without progress, and knows when the target is already reached', () => {
    const flat = points.map((p) => ({ ...p, value: 7 }));
    const none = forecast({ points: flat, current: 7, target: 50, targetDate: '2026-06-30', asOf });
    expect(none).toMatchObject({ forecastDate: null, willMeetTarget: false, reached: false, pacePerDay: 0 });
    expect(describeForecast(none, 50, '2026-06-30')).toMatch(/niet gehaald/);
    const done = forecast({ points, current: 50, target: 50, targetDate: '2026-06-30', asOf });
    expect(done).toMatchObject({ reached: true, forecastDate: null, willMeetTarget: true });
    const single = forecast({ points: points.slice(-1), current: 30, target: 50, targetDate: null, asOf });
    expect(single).toMatchObject({ pacePerDay: null, forecastDate: null, willMeetTarget: null });
  });
});

describe('trend buckets', () => {
  it('truncates like PostgreSQL date_trunc in UTC (ISO weeks start on Monday)', () => {
    expect(bucketStart(new Date('2026-01-01T12:00:00Z'), TrendGranularity.WEEK).toISOString()).toBe(
      '2025-12-29T00:00:00.000Z',
    );
    expect(bucketStart(new Date('2026-03-31T23:59:59Z'), TrendGranularity.MONTH).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(addBuckets(day('2026-01-01'), TrendGranularity.MONTH, -2).toISOString().slice(0, 10)).toBe(
      '2025-11-01',
    );
  });

  it('sums every delta up to each bucket, history before the window included', () => {
    const asOf = new Date('2026-04-15T10:00:00Z');
    const trend = buildTrend(
      [
        { bucket: '2025-11-01', achieved: 2, inProgress: 5 },
        { bucket: '2026-02-01', achieved: 3, inProgress: -1 },
        { bucket: '2026-04-01', achieved: 1, inProgress: 0 },
        { bucket: '2026-01-01', achieved: -1, inProgress: 2 },
      ],
      TrendGranularity.MONTH,
      4,
      asOf,
    );
    expect(trend).toEqual([
      { periodStart: '2026-01-01', at: day('2026-02-01'), achieved: 1, inProgress: 7 },
      { periodStart: '2026-02-01', at: day('2026-03-01'), achieved: 4, inProgress: 6 },
      { periodStart: '2026-03-01', at: day('2026-04-01'), achieved: 4, inProgress: 6 },
      { periodStart: '2026-04-01', at: asOf, achieved: 5, inProgress: 6 },
    ]);
  });
});
