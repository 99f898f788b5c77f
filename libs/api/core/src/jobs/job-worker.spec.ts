import { backoffMs } from './job-worker.service.js';

describe('job backoff', () => {
  it('doubles from 5 s, caps at an hour, and adds at most 10 % jitter', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 0))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30, 0)).toBe(3_600_000);
    expect(backoffMs(1, 0.999)).toBeLessThanOrEqual(5_500);
  });
});
