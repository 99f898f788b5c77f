import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { DB_ROLE_NAMES } from '../tenancy/rls.sql.js';
import { APP_ROLE, createDataSource, requiredOwnerUrl } from './data-source.factory.js';

/** `GRANT … WITH INHERIT FALSE`, which the per-transaction database roles rely on, came with 16. */
const MIN_SERVER_VERSION = 160000;

export interface MigrationReport {
  applied: string[];
}

/**
 * Brings a database to the current schema as the owner: makes sure the application role exists
 * (unless DATABASE_APP_URL names one the operator manages) and may switch to the per-caller database
 * roles, runs pending migrations and grants those roles data access (never ownership, never BYPASSRLS).
 */
export async function migrateDatabase(config: AppConfig): Promise<MigrationReport> {
  // One migrator per database at a time: API replicas that start together would otherwise race on the
  // same DDL and GRANTs ("tuple concurrently updated"). A session lock, released when the client ends.
  const lock = new pg.Client({
    connectionString: requiredOwnerUrl(config),
    connectionTimeoutMillis: config.database.connectTimeoutMs,
  });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('bibliohub.migrate'))");
    return await migrateLocked(config);
  } finally {
    await lock.end();
  }
}

async function migrateLocked(config: AppConfig): Promise<MigrationReport> {
  const appRole = config.database.appUrl
    ? decodeURIComponent(new URL(config.database.appUrl).username)
    : APP_ROLE;
  await ensureRoles(
    requiredOwnerUrl(config),
    appRole,
    config.database.appUrl ? null : config.secrets.DATABASE_APP_PASSWORD,
  );

  const owner = createDataSource(config, 'owner');
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    const roles = [appRole, ...Object.values(DB_ROLE_NAMES)].map((r) => pg.escapeIdentifier(r)).join(', ');
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${roles}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${roles}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${roles}`);
    await owner.query(`REVOKE ALL ON TABLE schema_migrations FROM ${roles}`);
    return { applied: applied.map((m) => m.name) };
  } finally {
    await owner.destroy();
  }
}

/** Pending migration names, for `doctor` and readiness of a rollout. */
export async function pendingMigrations(config: AppConfig): Promise<boolean> {
  const owner = createDataSource(config, 'owner');
  await owner.initialize();
  try {
    return await owner.showMigrations();
  } finally {
    await owner.destroy();
  }
}

/**
 * The application role (created or updated when `password` is given, i.e. not operator-managed) and
 * the NOLOGIN per-caller roles it switches to with SET ROLE. It must not inherit them: policies apply
 * to every role that has a policy role's privileges, so inheriting would give it all of them at once.
 */
async function ensureRoles(ownerUrl: string, appRole: string, password: string | null): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  const unsafe = async (role: string): Promise<boolean | undefined> => {
    const { rows } = await client.query<{ unsafe: boolean }>(
      'SELECT rolsuper OR rolbypassrls AS unsafe FROM pg_roles WHERE rolname = $1',
      [role],
    );
    return rows[0]?.unsafe;
  };
  const refuse = (role: string) =>
    new Error(`${role} exists with SUPERUSER or BYPASSRLS; row-level security would not apply to it`);
  try {
    const { rows } = await client.query<{ version: number }>(
      "SELECT current_setting('server_version_num')::int AS version",
    );
    if (rows[0].version < MIN_SERVER_VERSION) {
      throw new Error(`PostgreSQL 16 or newer is required (found ${rows[0].version})`);
    }
    const app = pg.escapeIdentifier(appRole);
    if (password !== null) {
      // DDL takes no bind parameters; the literal is escaped by the driver.
      const passwordClause = `PASSWORD ${client.escapeLiteral(password)}`;
      const state = await unsafe(appRole);
      if (state === undefined) {
        await client.query(
          `CREATE ROLE ${app} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS ${passwordClause}`,
        );
      } else if (state) {
        throw refuse(appRole);
      } else {
        await client.query(`ALTER ROLE ${app} WITH LOGIN ${passwordClause}`);
      }
    }
    for (const name of Object.values(DB_ROLE_NAMES)) {
      const role = pg.escapeIdentifier(name);
      const state = await unsafe(name);
      if (state) throw refuse(name);
      if (state === undefined) {
        await client.query(
          `CREATE ROLE ${role} WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT`,
        );
      }
      await client.query(`GRANT ${role} TO ${app} WITH INHERIT FALSE, SET TRUE`);
    }
    // The owner (migrations, and the few SECURITY DEFINER functions such as the API-key look-up) acts
    // for the system: it holds the non-tenant roles' rights. It owns the tables anyway.
    const elevated = [DB_ROLE_NAMES.central, DB_ROLE_NAMES.central_read, DB_ROLE_NAMES.system];
    await client.query(
      `GRANT ${elevated.map((r) => pg.escapeIdentifier(r)).join(', ')} TO CURRENT_USER WITH INHERIT TRUE`,
    );
  } catch (error) {
    throw new Error(
      `could not prepare the database roles ${[appRole, ...Object.values(DB_ROLE_NAMES)].join(', ')} (${(error as Error).message}); give the DATABASE_URL user CREATEROLE, or create them with infra/postgres/roles.sql and set DATABASE_APP_URL`,
    );
  } finally {
    await client.end();
  }
}
