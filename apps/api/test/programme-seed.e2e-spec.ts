import { Role, TenantKind } from '@bibliohub/contracts';
import type { Actor } from '@bibliohub/api-core';
import { DashboardService, TrendGranularity } from '@bibliohub/api-programme';
import { asOwner, createTestApp, type TestApp } from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';
import { seedDemoData } from '../src/seed.js';

describe('programme demo data', () => {
  let t: TestApp;
  let viewer: Actor;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    await seedDemoData(t.app);
    const [user] = await asOwner<{ id: string; tenant_id: string }>(
      t,
      `SELECT id, tenant_id FROM users WHERE role = 'PROGRAMME_VIEWER'`,
    );
    viewer = {
      kind: 'USER',
      id: user.id,
      tenantId: user.tenant_id,
      tenantKind: TenantKind.CENTRAL,
      role: Role.PROGRAMME_VIEWER,
      scopes: [],
    };
  });
  afterAll(() => t.close());

  it('spreads the seeded libraries over the phases, against a programme period with the national targets', async () => {
    const d = await t.app
      .get(DashboardService)
      .dashboard(viewer, { granularity: TrendGranularity.MONTH, periods: 18, forecastPeriods: 6 });
    expect(d.libraryCount).toBe(12);
    expect(d.period).toMatchObject({ targetTrained: 167, targetPresent: 125, targetNetworks: 50 });
    expect(d.period.name).toMatch(/^Landelijk programma \d{4}–\d{4}$/);
    expect(d.phases.map((p) => [p.phase, p.achieved, p.inProgress, p.notStarted])).toEqual([
      ['TRAINED', 10, 1, 1],
      ['PROFESSIONALLY_PRESENT', 5, 3, 4],
      ['VALUE_NETWORKS', 2, 1, 9],
    ]);
    expect(d.provinces).toHaveLength(12);
  });

  it('has 18 months of history, so the trend climbs and the forecast has a pace', async () => {
    const d = await t.app
      .get(DashboardService)
      .dashboard(viewer, { granularity: TrendGranularity.MONTH, periods: 18, forecastPeriods: 6 });
    const trained = d.phases[0];
    const series = trained.trend.map((p) => p.achieved);
    expect(series[0]).toBeLessThanOrEqual(1);
    expect(series.at(-1)).toBe(10);
    expect(series).toEqual([...series].sort((a, b) => a - b));
    expect(trained.forecast.pacePerPeriod).toBeGreaterThan(0);
    expect(trained.forecast.forecastDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(trained.forecast.willMeetTarget).toBe(false);
    const present = d.phases[1].trend.map((p) => p.achieved);
    expect(Math.max(...present)).toBe(6); // Zwolle was present before its measurements stopped
    expect(present.at(-1)).toBe(5);

    const expired = await asOwner<{ name: string }>(
      t,
      `SELECT t.name FROM phase_history h JOIN tenants t ON t.id = h.tenant_id WHERE h.reason = 'EXPIRY'`,
    );
    expect(expired).toEqual([{ name: 'Stadkamer Zwolle' }]);
    const months = await asOwner<{ n: number }>(
      t,
      `SELECT count(DISTINCT date_trunc('month', changed_at))::int AS n FROM phase_history`,
    );
    expect(months[0].n).toBeGreaterThanOrEqual(12);
  });

  it('leaves work in the review queue and network figures to show', async () => {
    const [pending] = await asOwner<{ n: number }>(
      t,
      'SELECT sum(pending_reviews)::int AS n FROM phase_status',
    );
    expect(pending.n).toBeGreaterThanOrEqual(5);
    const figures = await t.app
      .get(DashboardService)
      .networkFigures(viewer, { months: 6, inactiveDays: 90, topPosts: 5 });
    expect(figures.postsUsedPerMonth.every((m) => m.uses > 0)).toBe(true);
    expect(figures.topPosts).toHaveLength(5);
    expect(figures.kpiReach.libraries).toBe(6);
    expect(figures.librariesWithoutActivity).toBeGreaterThanOrEqual(1);
  });
});
