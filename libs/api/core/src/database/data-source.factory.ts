import { DataSource, type LoggerOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { registeredEntities, registeredMigrations } from './schema-registry.js';

export const APP_ROLE = 'bibliohub_app';

/** The application role's connection string: DATABASE_APP_URL, or DATABASE_URL with the app role's credentials. */
export function appDatabaseUrl(config: AppConfig): string {
  if (config.database.appUrl) return config.database.appUrl;
  const url = new URL(requiredOwnerUrl(config));
  url.username = APP_ROLE;
  url.password = config.secrets.DATABASE_APP_PASSWORD;
  return url.toString();
}

/**
 * The read replica's connection string, or undefined without DATABASE_READ_URL. It connects as the
 * application role (row-level security applies there too): a URL without a user gets its credentials.
 */
export function readDatabaseUrl(config: AppConfig): string | undefined {
  if (!config.database.readUrl) return undefined;
  const url = new URL(config.database.readUrl);
  if (url.username) return url.toString();
  const app = new URL(appDatabaseUrl(config));
  url.username = app.username;
  url.password = app.password;
  return url.toString();
}

export function requiredOwnerUrl(config: AppConfig): string {
  if (!config.database.url) throw new Error('DATABASE_URL is not resolved; start the infrastructure first');
  return config.database.url;
}

/** One place that builds DataSources, so the owner (migrations) and the app role share every setting. */
export function createDataSource(
  config: AppConfig,
  role: 'owner' | 'app' | 'read',
  logging: LoggerOptions = ['error'],
): DataSource {
  const url =
    role === 'owner'
      ? requiredOwnerUrl(config)
      : role === 'read'
        ? readDatabaseUrl(config)
        : appDatabaseUrl(config);
  if (!url) throw new Error('DATABASE_READ_URL is not set');
  return new DataSource({
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    // A hot standby refuses CREATE EXTENSION even when the extension exists; migrations install them.
    installExtensions: role !== 'read',
    url,
    applicationName: `bibliohub-${role}`,
    entities: registeredEntities(),
    migrations: registeredMigrations(),
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Errors reach callers and are logged once where handled; TypeORM's own console logging is for local debugging.
    logging: config.nodeEnv === 'development' ? logging : false,
    poolSize: role === 'owner' ? 2 : config.database.poolSize,
    connectTimeoutMS: config.database.connectTimeoutMs,
    extra: {
      // Bound every statement so a dead or stuck database never holds a request longer than this.
      statement_timeout: config.database.statementTimeoutMs,
      query_timeout: config.database.statementTimeoutMs + 1_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
  });
}
