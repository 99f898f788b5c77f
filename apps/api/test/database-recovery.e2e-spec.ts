import { chmodSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EmbeddedPostgres,
  createHttpApp,
  createLogger,
  ensureOwnerDatabase,
  freePort,
  migrateDatabase,
  OWNER_ROLE,
  StorageService,
} from '@bibliohub/api-core';
import { testConfig } from '@bibliohub/api-testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { AppModule } from '../src/app.module.js';

/** Polls readiness until it answers `status`; returns the seconds it took. Fails after `limitMs`. */
async function waitForReady(app: NestExpressApplication, status: number, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const res = await supertest(app.getHttpServer()).get('/health/ready');
    if (res.status === status) return (Date.now() - started) / 1000;
    if (Date.now() - started > limitMs)
      throw new Error(`readiness stayed ${res.status} (${JSON.stringify(res.body)}), expected ${status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('database restart under a running API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bibliohub-recovery-'));
  chmodSync(dir, 0o755);
  let server: EmbeddedPostgres;
  let app: NestExpressApplication;

  beforeAll(async () => {
    const password = 'recovery-test';
    server = new EmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: await freePort(),
      superPassword: password,
    });
    await server.start();
    await ensureOwnerDatabase(server.superuserUrl(), password);
    const config = testConfig({
      DATABASE_URL: `postgres://${OWNER_ROLE}:${password}@127.0.0.1:${server.port}/bibliohub`,
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    });
    await migrateDatabase(config);
    const storage = new StorageService(config);
    await storage.ensureBucket();
    storage.onApplicationShutdown();
    const logger = createLogger('silent');
    app = await createHttpApp(AppModule.register(config, logger), logger);
  });

  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('goes 503 naming the database while it is down and back to 200 within 10 s of its return', async () => {
    await waitForReady(app, 200, 5_000);
    await server.stop();

    const down = await supertest(app.getHttpServer()).get('/health/ready');
    expect(down.status).toBe(503);
    expect(down.body.down).toEqual(['database']);
    // A GraphQL request that needs no database still answers while it is down.
    const gql = await supertest(app.getHttpServer()).post('/graphql').send({ query: '{ __typename }' });
    expect(gql.status).toBe(200);

    await server.start();
    const seconds = await waitForReady(app, 200, 10_000);
    expect(seconds).toBeLessThanOrEqual(10);
  });
});
