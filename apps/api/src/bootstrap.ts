import { fileURLToPath } from 'node:url';
import {
  ConfigError,
  createLogger,
  describeStartupError,
  loadConfig,
  migrateDatabase,
  startInfrastructure,
  StorageService,
  createHttpApp,
  type AppConfig,
  type Infrastructure,
  type MigrationReport,
} from '@bibliohub/api-core';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';

export interface Prepared {
  config: AppConfig;
  logger: Logger;
  infra: Infrastructure;
  migrations: MigrationReport;
}

/**
 * Everything `npm start` and the CLI share before Nest runs: validated configuration, embedded
 * services for what is not configured, migrations as the owner role, and the bucket.
 */
export async function prepare(options: { quiet?: boolean } = {}): Promise<Prepared> {
  const config = loadConfig();
  // The CLI (quiet): warnings only, and on stderr, so stdout carries just the command's output (`--json`).
  const logger = options.quiet
    ? createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr)
    : createLogger(config.logLevel);
  const infra = await startInfrastructure(config, logger);
  try {
    const migrations = await migrateDatabase(infra.config).catch((error: Error) => {
      throw new ConfigError(
        'DATABASE_URL',
        `cannot prepare the database at ${redactUrl(infra.config.database.url)}: ${error.message}`,
      );
    });
    if (migrations.applied.length) logger.info({ migrations: migrations.applied }, 'migrations applied');
    const storage = new StorageService(infra.config);
    await storage.ensureBucket().catch((error: Error) => {
      throw new ConfigError(
        'S3_ENDPOINT',
        `cannot use bucket "${infra.config.s3.bucket}" at ${infra.config.s3.endpoint}: ${error.message || error.name}`,
      );
    });
    storage.onApplicationShutdown();
    return { config: infra.config, logger, infra, migrations };
  } catch (error) {
    await infra.stop();
    throw error;
  }
}

/** The built web app, served on the same origin when present. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function createApiApp({ config, logger }: Prepared) {
  return createHttpApp(AppModule.register(config, logger), logger, { webDir: WEB_DIST });
}

export function redactUrl(url: string | undefined): string {
  if (!url) return '(unset)';
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Prints one line and exits non-zero: the contract for every start-up failure. */
export function exitWithStartupError(error: unknown): never {
  process.stderr.write(describeStartupError(error) + '\n');
  process.exit(1);
}
