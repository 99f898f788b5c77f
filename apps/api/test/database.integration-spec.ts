import { createTestApp, type TestApp } from '@bibliohub/api-testing';
import { APP_ROLE, registeredMigrations } from '@bibliohub/api-core';
import { AppModule } from '../src/app.module.js';

describe('database schema and roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
  });
  afterAll(() => t.close());

  it('has migrations that match the entities exactly (nothing left for synchronize to do)', async () => {
    const log = await t.dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
    expect(t.dataSource.options.synchronize).toBe(false);
  });

  it('has every registered migration applied', async () => {
    const { rows } = await t.owner.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(registeredMigrations().map((m) => (m as { name: string }).name));
  });

  it('connects the application as a role that owns nothing and cannot bypass row-level security', async () => {
    const [me] = await t.dataSource.query<
      { rolname: string; rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }[]
    >('SELECT rolname, rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user');
    expect(me).toEqual({ rolname: APP_ROLE, rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await t.owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
  });

  it('keeps the migration history out of the application role’s reach', async () => {
    await expect(t.dataSource.query('SELECT * FROM schema_migrations')).rejects.toThrow(/permission denied/);
  });
});
