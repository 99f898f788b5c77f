import { chmodSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgres, EmbeddedS3, OWNER_ROLE, ensureOwnerDatabase } from '@bibliohub/api-core';

/** Environment variables the global setup hands to every test worker. */
export const TEST_ENV = {
  adminUrl: 'BIBLIOHUB_TEST_ADMIN_URL',
  ownerUrl: 'BIBLIOHUB_TEST_OWNER_URL',
  template: 'BIBLIOHUB_TEST_TEMPLATE',
  dataDir: 'BIBLIOHUB_TEST_DATA_DIR',
} as const;

export const TEMPLATE_DATABASE = 'bibliohub_template';

/** Fixed, test-only secrets so every worker's app role password matches the template's. */
export const TEST_SECRETS = {
  JWT_SECRET: 'test-jwt-secret-0123456789abcdefghijklmnopqrstuv',
  DATABASE_APP_PASSWORD: 'test-app-password-0123456789abcdefghijklmnop',
};

interface Started {
  stop(): Promise<void>;
}

/**
 * Starts one real PostgreSQL cluster and one s3rver for the whole test run (unless DATABASE_URL /
 * S3_ENDPOINT point at external ones) and migrates a template database that each test file clones.
 * With DATABASE_URL the role needs CREATEDB and CREATEROLE. `migrate` runs the migrations in another
 * process (the CLI), so no decorated class is ever loaded into jest's parent process.
 */
export async function startTestInfrastructure(
  migrate: (env: Record<string, string>) => Promise<void>,
): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bibliohub-test-'));
  chmodSync(dataDir, 0o755); // the embedded cluster runs as the postgres user when we are root
  const stops: (() => Promise<void>)[] = [async () => rm(dataDir, { recursive: true, force: true })];
  Object.assign(process.env, TEST_SECRETS, { [TEST_ENV.dataDir]: dataDir, NODE_ENV: 'test' });

  let adminUrl = process.env['DATABASE_URL'];
  let ownerUrl: URL;
  if (!adminUrl) {
    const password = 'test-superuser';
    const server = new EmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), superPassword: password });
    await server.start();
    stops.unshift(() => server.stop());
    await ensureOwnerDatabase(server.superuserUrl(), password, TEMPLATE_DATABASE);
    adminUrl = server.superuserUrl();
    ownerUrl = new URL(`postgres://${OWNER_ROLE}:${password}@127.0.0.1:${server.port}/${TEMPLATE_DATABASE}`);
  } else {
    ownerUrl = new URL(adminUrl);
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await client.end();
    ownerUrl.pathname = `/${TEMPLATE_DATABASE}`;
  }

  if (!process.env['S3_ENDPOINT']) {
    const s3 = new EmbeddedS3(join(dataDir, 's3'));
    await s3.start();
    stops.unshift(() => s3.stop());
    process.env['S3_ENDPOINT'] = s3.endpoint;
    process.env['S3_ACCESS_KEY_ID'] = 'S3RVER';
    process.env['S3_SECRET_ACCESS_KEY'] = 'S3RVER';
  }

  await migrate({ DATABASE_URL: ownerUrl.toString(), DATA_DIR: dataDir });
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.ownerUrl] = ownerUrl.toString();
  process.env[TEST_ENV.template] = TEMPLATE_DATABASE;

  return {
    stop: async () => {
      for (const stop of stops) await stop();
    },
  };
}
