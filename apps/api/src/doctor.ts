import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import {
  ConfigError,
  HealthService,
  appDatabaseUrl,
  createLogger,
  loadConfig,
  pendingMigrations,
  startInfrastructure,
  StorageService,
  type AppConfig,
  type Infrastructure,
} from '@bibliohub/api-core';
import { AppModule } from './app.module.js';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
}

/**
 * Walks the same path as a start, one step at a time, and reports each step instead of stopping at
 * the first failure where later steps can still be checked.
 */
export async function runDoctor(): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const report = (): DoctorReport => ({ ok: checks.every((c) => c.ok), checks });

  let config: AppConfig;
  try {
    config = loadConfig();
    checks.push({
      name: 'configuration',
      ok: true,
      detail: `NODE_ENV=${config.nodeEnv}, DATA_DIR=${config.dataDir}`,
    });
  } catch (error) {
    const variable = error instanceof ConfigError ? error.variable : 'environment';
    checks.push({
      name: 'configuration',
      ok: false,
      detail: (error as Error).message,
      fix: `correct ${variable} (see README, Configuration)`,
    });
    return report();
  }

  const logger = createLogger('silent');
  let infra: Infrastructure;
  try {
    infra = await startInfrastructure(config, logger);
  } catch (error) {
    checks.push({
      name: 'infrastructure',
      ok: false,
      detail: (error as Error).message,
      fix: 'set DATABASE_URL and S3_ENDPOINT to running services, or free DATA_DIR for the embedded ones',
    });
    return report();
  }
  try {
    const resolved = infra.config;
    checks.push(
      await step(
        'database (owner)',
        async () => {
          const pending = await pendingMigrations(resolved);
          if (pending)
            throw Object.assign(new Error('migrations are pending'), { fix: 'npm run cli -- migrate' });
          return `connected${infra.embedded.database ? ' to the embedded PostgreSQL' : ''}; schema up to date`;
        },
        'check DATABASE_URL (host, port, user, password, database) and that PostgreSQL runs',
      ),
    );
    checks.push(
      await step(
        'database (app role)',
        async () => {
          const client = new pg.Client({
            connectionString: appDatabaseUrl(resolved),
            connectionTimeoutMillis: 5_000,
          });
          await client.connect();
          try {
            const { rows } = await client.query<{
              rolname: string;
              rolbypassrls: boolean;
              rolsuper: boolean;
            }>('SELECT rolname, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user');
            const role = rows[0];
            if (!role || role.rolbypassrls || role.rolsuper)
              throw new Error(`role ${role?.rolname} may bypass row-level security`);
            return `connected as ${role.rolname} (no BYPASSRLS)`;
          } finally {
            await client.end();
          }
        },
        'run `npm run cli -- migrate` to create the app role, or set DATABASE_APP_URL to a LOGIN role without BYPASSRLS',
      ),
    );
    checks.push(
      await step(
        'storage',
        async () => {
          const storage = new StorageService(resolved);
          try {
            const key = `doctor/${Date.now()}`;
            await storage.put(key, 'ok', 'text/plain');
            const object = await storage.get(key);
            const text = object ? Buffer.concat(await object.body.toArray()).toString() : '';
            await storage.delete(key);
            if (text !== 'ok') throw new Error('wrote an object but read back different bytes');
            return `bucket "${resolved.s3.bucket}" at ${resolved.s3.endpoint} writable`;
          } finally {
            storage.onApplicationShutdown();
          }
        },
        'check S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; run `npm run cli -- migrate` to create the bucket',
      ),
    );
    if (checks.every((c) => c.ok)) {
      checks.push(
        await step(
          'application',
          async () => {
            const app = await NestFactory.createApplicationContext(AppModule.register(resolved, logger), {
              logger: false,
            });
            try {
              const health = await app.get(HealthService).check();
              const down = health.filter((c) => !c.ok);
              if (down.length)
                throw new Error(`not ready: ${down.map((c) => `${c.name} (${c.error})`).join(', ')}`);
              return 'modules start and report ready';
            } finally {
              await app.close();
            }
          },
          'see the error above; run with LOG_LEVEL=debug npm start for details',
        ),
      );
    }
  } finally {
    await infra.stop();
  }
  return report();
}

async function step(name: string, fn: () => Promise<string>, fix: string): Promise<DoctorCheck> {
  try {
    return { name, ok: true, detail: await fn() };
  } catch (error) {
    const e = error as Error & { fix?: string };
    return { name, ok: false, detail: e.message || e.name, fix: e.fix ?? fix };
  }
}
