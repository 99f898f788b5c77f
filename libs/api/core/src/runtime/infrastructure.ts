import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config.error.js';
import { embeddedSecret } from '../config/secrets.js';
import { EmbeddedPostgres, untraversableParent } from '../database/embedded-postgres.js';
import { EmbeddedS3 } from '../storage/embedded-s3.js';

export const OWNER_ROLE = 'bibliohub_owner';
export const EMBEDDED_DATABASE = 'bibliohub';

export interface Infrastructure {
  /** The configuration with DATABASE_URL and S3_ENDPOINT filled in for embedded services. */
  config: AppConfig;
  embedded: { database: boolean; storage: boolean };
  /** Stops what this process started (never what it attached to). */
  stop(): Promise<void>;
}

/**
 * Starts embedded PostgreSQL and S3 for whatever the configuration leaves unset, so a fresh machine
 * needs nothing installed; with DATABASE_URL / S3_ENDPOINT set nothing embedded starts.
 */
export async function startInfrastructure(config: AppConfig, logger: Logger): Promise<Infrastructure> {
  const stops: (() => Promise<void>)[] = [];
  const resolved: AppConfig = { ...config, database: { ...config.database }, s3: { ...config.s3 } };
  try {
    if (!resolved.database.url) {
      const dataDir = join(config.dataDir, 'postgres');
      const blocked = untraversableParent(dataDir);
      if (blocked) {
        throw new ConfigError(
          'DATA_DIR',
          `the embedded database runs as the "postgres" user, which cannot enter ${blocked}; choose a DATA_DIR outside it or run: chmod o+x ${blocked}`,
        );
      }
      const password = embeddedSecret(config.dataDir, 'EMBEDDED_DB_PASSWORD');
      const server = new EmbeddedPostgres({
        dataDir,
        superPassword: password,
        onLog: (line) => logger.debug({ component: 'postgres' }, line),
      });
      await server.start();
      stops.push(() => server.stop());
      await ensureOwnerDatabase(server.superuserUrl(), password);
      resolved.database.url = `postgres://${OWNER_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/${EMBEDDED_DATABASE}`;
      logger.info({ port: server.port, dataDir, attached: server.attached }, 'embedded PostgreSQL ready');
    }
    if (!resolved.s3.endpoint) {
      const s3 = new EmbeddedS3(join(config.dataDir, 's3'));
      await s3.start();
      stops.push(() => s3.stop());
      resolved.s3.endpoint = s3.endpoint;
      logger.info({ endpoint: s3.endpoint }, 'embedded S3 (s3rver) ready');
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
  return {
    config: resolved,
    embedded: { database: !config.database.url, storage: !config.s3.endpoint },
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

/**
 * In the embedded cluster, migrations run as a non-superuser owner role (as in production), which
 * owns the database; the superuser is used only here.
 */
export async function ensureOwnerDatabase(
  superuserUrl: string,
  password: string,
  database = EMBEDDED_DATABASE,
): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [OWNER_ROLE]);
    if (!role.rowCount) {
      await client.query(
        `CREATE ROLE ${OWNER_ROLE} WITH LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
      );
    }
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!db.rowCount)
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)} OWNER ${OWNER_ROLE}`);
  } finally {
    await client.end();
  }
}
