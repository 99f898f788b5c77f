import { asOwner, createTestApp, type TestApp } from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';
import { DEMO_POSTS, DEMO_THEMES } from '../src/seed-content.js';
import { seedDemoData } from '../src/seed.js';

describe('demo data (seed)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
  });
  afterAll(() => t.close());

  it('creates the national campaigns and a few dozen posts through the services, once', async () => {
    const result = await seedDemoData(t.app);
    expect(result.content).toEqual({ themes: DEMO_THEMES.length, posts: DEMO_POSTS.length });
    expect(DEMO_POSTS.length).toBeGreaterThanOrEqual(30);

    const campaigns = await asOwner<{ slug: string; period_start: string; recurs_yearly: boolean }>(
      t,
      `SELECT slug, to_char(period_start, 'MM-DD') AS period_start, recurs_yearly FROM themes WHERE kind = 'CAMPAIGN' ORDER BY period_start`,
    );
    expect(campaigns.map((c) => c.slug)).toEqual([
      'nationale-voorleesdagen',
      'poezieweek',
      'boekenweek',
      'maand-van-het-spannende-boek',
      'week-van-de-alfabetisering',
      'kinderboekenweek',
      'nederland-leest',
      'week-van-de-mediawijsheid',
    ]);
    expect(campaigns.every((c) => c.recurs_yearly)).toBe(true);

    const statuses = await asOwner<{ status: string; n: number }>(
      t,
      'SELECT status, count(*)::int AS n FROM posts GROUP BY status ORDER BY status',
    );
    const count = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(count['WITHDRAWN']).toBe(1);
    expect(count['DRAFT']).toBeGreaterThanOrEqual(3);
    expect(count['SCHEDULED']).toBeGreaterThanOrEqual(3);
    expect(count['PUBLISHED']).toBeGreaterThan(DEMO_POSTS.length / 2);

    const withdrawn = await asOwner<{ withdrawal_reason: string }>(
      t,
      `SELECT withdrawal_reason FROM posts WHERE status = 'WITHDRAWN'`,
    );
    expect(withdrawn[0].withdrawal_reason).toMatch(/verplaatst/);

    // Every post belongs to a theme, has channel variants and placeholders, and went through the
    // editorial services: a revision per step and audit entries by the central editor.
    const posts = await asOwner<{
      theme_id: string | null;
      channels: string[];
      body: string;
      revisions: number;
    }>(
      t,
      `SELECT p.theme_id, p.channels, p.body, (SELECT count(*)::int FROM post_revisions r WHERE r.post_id = p.id) AS revisions
         FROM posts p`,
    );
    expect(posts).toHaveLength(DEMO_POSTS.length);
    expect(posts.every((p) => p.theme_id && p.revisions >= 1)).toBe(true);
    expect(posts.every((p) => ['FACEBOOK', 'INSTAGRAM', 'X'].every((c) => p.channels.includes(c)))).toBe(
      true,
    );
    expect(posts.filter((p) => p.body.includes('{{bibliotheek.naam}}')).length).toBeGreaterThan(20);
    const audit = await asOwner<{ action: string; actor_kind: string; n: number }>(
      t,
      `SELECT action, actor_kind, count(*)::int AS n FROM audit_log WHERE entity_type IN ('Post', 'Theme')
        GROUP BY action, actor_kind ORDER BY action`,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'post.create', actor_kind: 'USER', n: DEMO_POSTS.length },
        { action: 'post.withdraw', actor_kind: 'USER', n: 1 },
        { action: 'theme.create', actor_kind: 'USER', n: DEMO_THEMES.length },
      ]),
    );

    const again = await seedDemoData(t.app);
    expect(again.seeded).toBe(false);
    const total = await asOwner<{ n: number }>(t, 'SELECT count(*)::int AS n FROM posts');
    expect(total[0].n).toBe(DEMO_POSTS.length);
  });
});
