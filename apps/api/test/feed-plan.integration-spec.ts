import { TenantDb } from '@bibliohub/api-core';
import { asOwner, createCentral, createLibrary, createTestApp, type TestApp } from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/**
 * The feed must walk the `posts_window` index and stop after a page, whatever the filter: a plan that
 * reads and sorts every published post is what made a page take 5 s at 200,000 posts (bench/README.md).
 * The planner only chooses the walk when its estimates are sane, i.e. when row-level security and the
 * filter values are visible to it, so this checks the plan PostgreSQL picks as a library, on enough rows,
 * for the very query `feed_candidates()` executes (read from the function's source) with real values.
 */
describe('feed query plan', () => {
  let t: TestApp;
  let library: string;
  let themes: string[];
  let prepared = 0;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = (await createCentral(t)).id;
    library = (await createLibrary(t)).id;
    const rows = await asOwner<{ id: string }>(
      t,
      `INSERT INTO themes (tenant_id, kind, name, slug, colour, version)
       SELECT $1, 'THEME', 'Plan ' || i, 'plan-' || i || '-' || gen_random_uuid(), '#336699', 1 FROM generate_series(1, 20) i
       RETURNING id`,
      [central],
    );
    themes = rows.map((r) => r.id);
    // 20,000 published posts over two years, spread over the themes and channels, 2 % drafts. Without
    // their feed events: each would queue a webhook fan-out job for the worker, which is not under test.
    await asOwner(t, 'ALTER TABLE posts DISABLE TRIGGER posts_feed_event');
    await asOwner(
      t,
      `INSERT INTO posts (tenant_id, title, body, variants, theme_id, target_groups, goal, status, published_at)
       SELECT $1, 'Plan ' || i, 'Tekst ' || i || ' over lezen',
              jsonb_build_object((ARRAY['FACEBOOK','INSTAGRAM','X','LINKEDIN'])[1 + i % 4], jsonb_build_object('text', 'Kanaaltekst ' || i)),
              ($2::uuid[])[1 + i % 20], ARRAY[(ARRAY['JEUGD','SENIOREN','OUDERS'])[1 + i % 3]], 'MARKETING',
              CASE WHEN i % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
              CASE WHEN i % 50 = 0 THEN NULL ELSE now() - make_interval(mins => i * 50) END
         FROM generate_series(1, 20000) i`,
      [central, themes],
    );
    await asOwner(t, 'ALTER TABLE posts ENABLE TRIGGER posts_feed_event');
    await t.owner.query('ANALYZE posts');
  }, 120_000);
  afterAll(() => t.close());

  const plan = async (params: { themes?: string[]; channels?: string[]; after?: boolean }) => {
    const [{ src }] = await asOwner<{ src: string }>(
      t,
      `SELECT prosrc AS src FROM pg_proc WHERE proname = 'feed_candidates'`,
    );
    const query = /\$q\$([\s\S]*)\$q\$/.exec(src)![1];
    return t.app.get(TenantDb).asTenant(library, async (m) => {
      // As EXECUTE … USING in PL/pgSQL: planned for the values given.
      await m.query(`SET LOCAL plan_cache_mode = force_custom_plan`);
      // Literal values (uuids, channel names and a timestamp: nothing to escape); a unique name because
      // PREPARE outlives a failed transaction on the pooled connection.
      const name = `feed_plan_${++prepared}`;
      const array = (values: string[] | undefined, type: string) =>
        `ARRAY[${(values ?? []).map((v) => `'${v}'`).join(',')}]::${type}[]`;
      await m.query(
        `PREPARE ${name} (timestamptz, uuid[], text[], text, text, text, tsquery, uuid[], text, uuid, int, timestamptz) AS ${query}`,
      );
      const after = params.after
        ? `'2026-06-01T10:00:00.000000', '00000000-0000-4000-8000-000000000000'`
        : 'NULL, NULL';
      const [
        {
          'QUERY PLAN': [root],
        },
      ] = await m.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(
        `EXPLAIN (FORMAT JSON) EXECUTE ${name}(now(), ${array(params.themes, 'uuid')}, ${array(params.channels, 'text')},
           NULL, NULL, NULL, NULL, NULL, ${after}, 21, NULL)`,
      );
      await m.query(`DEALLOCATE ${name}`);
      return nodes(root.Plan);
    });
  };

  it.each([
    ['the whole feed', {}],
    ['a subscription to two themes', { themes: () => themes.slice(0, 2) }],
    ['one channel', { channels: ['LINKEDIN'] }],
    [
      'two themes and a channel, second page',
      { themes: () => themes.slice(3, 5), channels: ['X'], after: true },
    ],
  ])('walks posts_window without sorting for %s', async (_name, filter) => {
    const steps = await plan({
      themes: 'themes' in filter ? filter.themes() : undefined,
      channels: 'channels' in filter ? filter.channels : undefined,
      after: 'after' in filter ? filter.after : undefined,
    });
    expect(steps[0]['Node Type']).toBe('Limit');
    expect(steps.some((n) => n['Index Name'] === 'posts_window')).toBe(true);
    expect(steps.map((n) => n['Node Type'])).not.toContain('Sort');
  });
});
