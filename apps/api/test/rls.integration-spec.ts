import { Role, TenantKind } from '@bibliohub/contracts';
import { TenantDb, type Actor } from '@bibliohub/api-core';
import {
  asOwner,
  createApiKey,
  createCentral,
  createLibrary,
  createTestApp,
  createUser,
  login,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/** Every table the row-level security rules must cover: anything with a tenant_id, plus tenants. */
const TENANT_OWNED = ['tenants', 'users', 'refresh_sessions', 'api_keys', 'audit_log'];
/**
 * System tables with a tenant_id that say on whose behalf work runs, read only by background workers
 * and never by a request: the job queue (docs/jobs.md). Listed here by name so any other table still fails.
 */
const SYSTEM_TABLES = ['jobs'];

interface TableSecurity {
  table: string;
  kind: string;
  rls: boolean;
  forced: boolean;
  policies: number;
  securityInvoker: boolean;
}

describe('row-level security', () => {
  let t: TestApp;
  let tenantDb: TenantDb;
  let a: string;
  let b: string;
  let actorA: Actor;
  let central: string;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    tenantDb = t.app.get(TenantDb);
    [a, b] = [(await createLibrary(t)).id, (await createLibrary(t)).id];
    central = (await createCentral(t)).id;
    const { user } = await createUser(t, a, Role.LIBRARY_ADMIN);
    // a row in every tenant-owned table, in both libraries
    for (const tenantId of [a, b]) {
      const other = await createUser(t, tenantId, Role.LIBRARY_EDITOR);
      await login(t, other.email, other.password);
      await createApiKey(t, tenantId);
    }
    actorA = {
      kind: 'USER',
      id: user.id,
      tenantId: a,
      tenantKind: TenantKind.LIBRARY,
      role: Role.LIBRARY_ADMIN,
      scopes: [],
    };
  });
  afterAll(() => t.close());

  /** Reads the catalog: each relation in schema public with a tenant_id column (plus tenants). */
  const tenantOwnedRelations = async (): Promise<TableSecurity[]> => {
    const { rows } = await t.owner.query<TableSecurity>(
      `SELECT c.relname AS table, c.relkind AS kind, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
              coalesce('security_invoker=true' = ANY (c.reloptions), false) AS "securityInvoker"
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND (c.relname = 'tenants' OR EXISTS (
                SELECT 1 FROM information_schema.columns col
                 WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'tenant_id'))
        ORDER BY c.relname`,
    );
    return rows;
  };
  /** The relations that would let one tenant read another's rows. */
  const unprotected = (relations: TableSecurity[]): string[] =>
    relations
      .filter((r) => !SYSTEM_TABLES.includes(r.table))
      .filter((r) =>
        r.kind === 'v'
          ? !r.securityInvoker // a view runs as its owner unless security_invoker is set
          : r.kind === 'm' || r.kind === 'f' || !r.rls || !r.forced || r.policies === 0,
      )
      .map((r) => r.table);

  it('covers every tenant-owned table with ENABLE + FORCE row-level security and policies', async () => {
    const relations = await tenantOwnedRelations();
    expect(relations.map((r) => r.table)).toEqual(expect.arrayContaining(TENANT_OWNED));
    expect(unprotected(relations)).toEqual([]);
  });

  it('flags a tenant-owned table without forced row-level security (the check can fail)', async () => {
    await t.owner.query('CREATE TABLE rls_canary (id int, tenant_id uuid)');
    try {
      expect(unprotected(await tenantOwnedRelations())).toEqual(['rls_canary']);
      await t.owner.query('ALTER TABLE rls_canary ENABLE ROW LEVEL SECURITY');
      await t.owner.query(
        'CREATE POLICY rls_canary_tenant ON rls_canary USING (tenant_id = app_tenant_id())',
      );
      // enabled with a policy, but not forced: the owner would still bypass it
      expect(unprotected(await tenantOwnedRelations())).toEqual(['rls_canary']);
      await t.owner.query('ALTER TABLE rls_canary FORCE ROW LEVEL SECURITY');
      expect(unprotected(await tenantOwnedRelations())).toEqual([]);
    } finally {
      await t.owner.query('DROP TABLE rls_canary');
    }
  });

  it('returns no rows to the application role without a tenant context', async () => {
    const [{ n: users }] = await asOwner<{ n: number }>(t, 'SELECT count(*)::int AS n FROM users');
    expect(users).toBeGreaterThanOrEqual(3);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
    for (const table of TENANT_OWNED) {
      const [owned] = await asOwner<{ n: number }>(t, `SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n: owned.n > 0 }).toEqual({ table, n: true });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
  });

  it('refuses writes without a tenant context', async () => {
    const [, updated] = await t.dataSource.query<[unknown[], number]>("UPDATE users SET name = 'x'");
    expect(updated).toBe(0);
    await expect(
      t.dataSource.query(
        `INSERT INTO audit_log (tenant_id, actor_kind, action, entity_type, entity_id) VALUES ($1, 'SYSTEM', 'x', 'y', 'z')`,
        [a],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps a tenant context to its own rows, for reads and writes', async () => {
    const seen = await tenantDb.run(actorA, (db) =>
      db.query<{ tenant_id: string }[]>('SELECT DISTINCT tenant_id FROM users'),
    );
    expect(seen).toEqual([{ tenant_id: a }]);
    const [, updated] = await tenantDb.run(actorA, (db) =>
      db.query<[unknown[], number]>("UPDATE users SET name = 'x' WHERE tenant_id = $1", [b]),
    );
    expect(updated).toBe(0);
    await expect(
      tenantDb.run(actorA, (db) =>
        db.query(
          `INSERT INTO audit_log (tenant_id, actor_kind, action, entity_type, entity_id) VALUES ($1, 'SYSTEM', 'x', 'y', 'z')`,
          [b],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets the pre-authentication system context read identity rows but change nothing', async () => {
    const [{ n }] = await tenantDb.system((db) =>
      db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users'),
    );
    expect(n).toBeGreaterThanOrEqual(3);
    const [, updated] = await tenantDb.system((db) =>
      db.query<[unknown[], number]>("UPDATE users SET name = 'x'"),
    );
    expect(updated).toBe(0);
    expect(await tenantDb.system((db) => db.query('SELECT count(*)::int AS n FROM audit_log'))).toEqual([
      { n: 0 },
    ]);
  });

  it('refuses to run without a tenant id', () => {
    expect(() => tenantDb.asTenant('', () => Promise.resolve(1))).toThrow(/without a tenant id/);
    expect(() => tenantDb.run({ ...actorA, tenantId: 'not-a-uuid' }, () => Promise.resolve(1))).toThrow(
      /without a tenant id/,
    );
  });

  it('sets the tenant context per transaction only: the pooled connection reads empty afterwards', async () => {
    const inside = await tenantDb.run(actorA, (db) =>
      db.query<{ pid: number; tenant: string; role: string; db_role: string }[]>(
        "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS tenant, current_setting('app.role', true) AS role, current_user AS db_role",
      ),
    );
    expect(inside).toEqual([
      { pid: expect.any(Number), tenant: a, role: 'tenant', db_role: 'bibliohub_tenant' },
    ]);
    // find the very connection the transaction ran on (the pool hands out the most recently used first)
    let after: { pid: number; tenant: string | null; role: string | null } | undefined;
    for (let i = 0; i < 20 && after?.pid !== inside[0].pid; i++) {
      [after] = await t.dataSource.query<{ pid: number; tenant: string | null; role: string | null }[]>(
        "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS tenant, current_setting('app.role', true) AS role, current_user AS db_role",
      );
    }
    expect(after).toEqual({ pid: inside[0].pid, tenant: '', role: '', db_role: 'bibliohub_app' });
  });

  it('keeps role tests out of policy expressions: the role is in TO, where the planner can see it', async () => {
    const { rows } = await t.owner.query<{ policy: string }>(
      `SELECT tablename || '.' || policyname AS policy FROM pg_policies
        WHERE schemaname = 'public' AND (qual LIKE '%app_role()%' OR with_check LIKE '%app_role()%')`,
    );
    expect(rows).toEqual([]);
    const { rows: roles } = await t.owner.query<{ role: string }>(
      `SELECT DISTINCT unnest(roles)::text AS role FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`,
    );
    expect(roles.map((r) => r.role)).toEqual([
      'bibliohub_central',
      'bibliohub_central_read',
      'bibliohub_system',
      'bibliohub_tenant',
      'public',
    ]);
  });

  it('lets the application role switch to the caller roles without inheriting their policies', async () => {
    const { rows } = await t.owner.query<{ role: string; inherit: boolean; set: boolean }>(
      `SELECT r.rolname AS role, a.inherit_option AS inherit, a.set_option AS set
         FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
        WHERE m.rolname = 'bibliohub_app' ORDER BY 1`,
    );
    expect(rows).toEqual(
      ['bibliohub_central', 'bibliohub_central_read', 'bibliohub_system', 'bibliohub_tenant'].map((role) => ({
        role,
        inherit: false,
        set: true,
      })),
    );
  });

  it('runs the functions that read beyond their caller as the owner, with a fixed search path', async () => {
    const { rows } = await t.owner.query<{ fn: string; config: string[] | null }>(
      `SELECT p.oid::regprocedure::text AS fn, p.proconfig AS config FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1`,
    );
    expect(rows.map((r) => r.fn)).toEqual([
      'app_central_tenant_ids()',
      'auth_api_key(text,integer)',
      'feed_asset_boundaries(timestamp with time zone,timestamp with time zone)',
      'phase_status_counts()',
      'touch_api_keys(uuid[])',
    ]);
    for (const r of rows) expect(r.config).toContain('search_path=public, pg_temp');
  });

  it('finds the central tenant through its partial index (every library read of assets asks for it)', async () => {
    const plan = await tenantDb.run(actorA, async (db) => {
      await db.query('SET LOCAL enable_seqscan = off');
      const rows = await db.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM tenants WHERE kind = 'CENTRAL'`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('tenants_central');
  });

  it('gives central callers no row filter, so the search and array indexes can be used', async () => {
    const editor: Actor = {
      ...actorA,
      tenantId: central,
      tenantKind: TenantKind.CENTRAL,
      role: Role.CENTRAL_EDITOR,
    };
    const plan = await tenantDb.run(editor, async (db) => {
      // Force the choice the planner makes on a large table; on a handful of rows it would scan.
      await db.query('SET LOCAL enable_seqscan = off');
      const rows = await db.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM posts WHERE search_vector @@ to_tsquery('dutch', 'lezen') AND target_groups @> '{SENIOREN}'`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Bitmap Index Scan on posts_(search|target_groups)/);
  });
});
