import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { APP_ROLE, createDataSource, requiredOwnerUrl } from './data-source.factory.js';

export interface MigrationReport {
  applied: string[];
}

/**
 * Brings a database to the current schema as the owner: makes sure the application role exists
 * (unless DATABASE_APP_URL names one the operator manages), runs pending migrations and grants the
 * application role data access (never ownership, never BYPASSRLS).
 */
export async function migrateDatabase(config: AppConfig): Promise<MigrationReport> {
  const appRole = config.database.appUrl
    ? decodeURIComponent(new URL(config.database.appUrl).username)
    : APP_ROLE;
  if (!config.database.appUrl)
    await ensureAppRole(requiredOwnerUrl(config), config.secrets.DATABASE_APP_PASSWORD);

  const owner = createDataSource(config, 'owner');
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    const role = pg.escapeIdentifier(appRole);
    await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await owner.query(`REVOKE ALL ON TABLE schema_migrations FROM ${role}`);
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

async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [APP_ROLE],
    );
    // DDL takes no bind parameters; the literal is escaped by the driver.
    const passwordClause = `PASSWORD ${client.escapeLiteral(password)}`;
    if (!rows[0]) {
      await client.query(
        `CREATE ROLE ${pg.escapeIdentifier(APP_ROLE)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS ${passwordClause}`,
      );
    } else if (rows[0].rolsuper || rows[0].rolbypassrls) {
      throw new Error(
        `${APP_ROLE} exists with SUPERUSER or BYPASSRLS; row-level security would not apply to it`,
      );
    } else {
      await client.query(`ALTER ROLE ${pg.escapeIdentifier(APP_ROLE)} WITH LOGIN ${passwordClause}`);
    }
  } catch (error) {
    throw new Error(
      `could not create or update the database role ${APP_ROLE} (${(error as Error).message}); give the DATABASE_URL user CREATEROLE, or create a role yourself and set DATABASE_APP_URL`,
    );
  } finally {
    await client.end();
  }
}
