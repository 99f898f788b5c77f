import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { DbRole } from '../../tenancy/actor.js';
import { DB_ROLE_NAMES } from '../../tenancy/rls.sql.js';

interface Policy {
  table: string;
  name: string;
  cmd: string;
  permissive: string;
  roles: string[];
  qual: string | null;
  check: string | null;
}

/** A policy as it should be: `roles` empty means PUBLIC. */
interface Target {
  name: string;
  roles: DbRole[];
  qual: string | null;
  check: string | null;
}

const role = (name: string): DbRole => {
  const found = (Object.keys(DB_ROLE_NAMES) as DbRole[]).find((r) => r === name);
  if (!found) throw new Error(`unknown app role '${name}'`);
  return found;
};

const ROLE_IS = /^\(app_role\(\) = '(\w+)'::text\)$/;
const ROLE_IN = /^\(app_role\(\) = ANY \(ARRAY\[((?:'\w+'::text(?:, )?)+)\]\)\)$/;
const TENANT_AND = "((app_role() = 'tenant'::text) AND ";
const HAS_TENANT = '(app_tenant_id() IS NOT NULL) AND ';
const rolesIn = (list: string) => [...list.matchAll(/'(\w+)'/g)].map((m) => role(m[1]));

/**
 * What an `app_role()` policy becomes: the role test moves into `TO`, the rest stays. Covers the forms
 * the RLS helpers wrote before this migration plus the hand-written policies of feed_events and the
 * programme; anything else stops the migration rather than guessing.
 */
function convert(p: Policy): Target[] {
  const expr = p.qual ?? p.check!;
  const only = (roles: DbRole[], rest: string): Target => ({
    name: p.name,
    roles,
    qual: p.qual === null ? null : rest,
    check: p.check === null ? null : rest,
  });
  // Only the helpers' `_central` policies have both expressions, and they are equal.
  if (p.qual === null || p.check === null || p.qual === p.check) {
    const is = ROLE_IS.exec(expr);
    if (is) return [only([role(is[1])], 'true')];
    const among = ROLE_IN.exec(expr);
    if (among) return [only(rolesIn(among[1]), 'true')];
    if (p.check === null && expr.startsWith(TENANT_AND) && expr.endsWith(')')) {
      let rest = expr.slice(TENANT_AND.length, -1);
      if (rest.startsWith(HAS_TENANT)) rest = rest.slice(HAS_TENANT.length);
      return [only(['tenant'], rest)];
    }
  }
  switch (p.name) {
    case 'feed_events_read':
      return [
        {
          name: p.name,
          roles: [],
          qual: '(tenant_id IS NULL) OR (tenant_id = app_tenant_id())',
          check: null,
        },
        { name: `${p.name}_central`, roles: ['central', 'central_read'], qual: 'true', check: null },
      ];
    case 'feed_events_write':
      return [
        { name: p.name, roles: [], qual: null, check: 'tenant_id = app_tenant_id()' },
        { name: `${p.name}_central`, roles: ['central'], qual: null, check: 'tenant_id IS NULL' },
      ];
    case 'programme_criteria_read':
    case 'programme_periods_read':
      // Settings every signed-in caller reads: anyone with a tenant, and the central roles.
      return [
        { name: p.name, roles: [], qual: 'app_tenant_id() IS NOT NULL', check: null },
        { name: `${p.name}_central`, roles: ['central', 'central_read'], qual: 'true', check: null },
      ];
  }
  throw new Error(`cannot convert policy ${p.name} on ${p.table}: ${p.qual ?? ''} / ${p.check ?? ''}`);
}

const create = (p: Policy, t: Target): string =>
  [
    `CREATE POLICY ${t.name} ON ${p.table} AS ${p.permissive} FOR ${p.cmd}`,
    `TO ${t.roles.length ? t.roles.map((r) => DB_ROLE_NAMES[r]).join(', ') : 'PUBLIC'}`,
    t.qual === null ? '' : `USING (${t.qual})`,
    t.check === null ? '' : `WITH CHECK (${t.check})`,
  ].join(' ');

const DEFINER_FUNCTIONS = [
  'auth_api_key(text, int)',
  'app_central_tenant_ids()',
  'feed_asset_boundaries(timestamptz, timestamptz)',
];

const POLICIES_SQL = `SELECT tablename AS "table", policyname AS name, cmd, permissive, roles::text[] AS roles,
  qual, with_check AS "check" FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname`;

/**
 * Row-level security by database role instead of `app_role()` tests (ADR 0008). A role test on a
 * setting is opaque to the planner: it guessed 0.5 % per policy (so the feed sorted all posts instead
 * of walking an index), and it kept the non-leakproof `@@`, `@>` and `&&` out of index conditions (so
 * the GIN indexes were never used and search read every post). With the role in `TO`, a central caller
 * has no row filter at all and a library's filter is plain column logic.
 */
export class RlsDatabaseRoles1763900009000 implements MigrationInterface {
  name = 'RlsDatabaseRoles1763900009000';

  async up(q: QueryRunner): Promise<void> {
    // They switched `app.role` to read beyond the caller; now they run as the owner, who holds the
    // system roles' rights (see migrateDatabase), with a fixed search path as definers must.
    for (const fn of DEFINER_FUNCTIONS)
      await q.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = public, pg_temp`);
    const policies = (await q.query(POLICIES_SQL)) as Policy[];
    for (const p of policies) {
      if (!`${p.qual ?? ''} ${p.check ?? ''}`.includes('app_role()')) continue;
      const targets = convert(p);
      await q.query(`DROP POLICY ${p.name} ON ${p.table}`);
      for (const t of targets) await q.query(create(p, t));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of DEFINER_FUNCTIONS)
      await q.query(`ALTER FUNCTION ${fn} SECURITY INVOKER RESET search_path`);
    const byName = new Map(Object.entries(DB_ROLE_NAMES).map(([k, v]) => [v, k]));
    const policies = (await q.query(POLICIES_SQL)) as Policy[];
    for (const p of policies) {
      const roles = p.roles.map((r) => byName.get(r)).filter((r): r is string => r !== undefined);
      if (!roles.length) continue;
      const test = `app_role() IN (${roles.map((r) => `'${r}'`).join(', ')})`;
      const guard = (e: string | null) => (e === null ? '' : `(${test} AND (${e}))`);
      await q.query(`DROP POLICY ${p.name} ON ${p.table}`);
      await q.query(
        [
          `CREATE POLICY ${p.name} ON ${p.table} AS ${p.permissive} FOR ${p.cmd}`,
          p.qual === null ? '' : `USING ${guard(p.qual)}`,
          p.check === null ? '' : `WITH CHECK ${guard(p.check)}`,
        ].join(' '),
      );
    }
  }
}
