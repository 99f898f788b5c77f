import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createHttpApp, createLogger, loadConfig, StorageService, type AppConfig } from '@bibliohub/api-core';
import { TEST_ENV } from './test-infrastructure.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof supertest>;
  /** Connection as the owner role (bypasses nothing but owns the tables): for arranging and inspecting. */
  owner: pg.Pool;
  dataSource: DataSource;
  /** POST a GraphQL operation; returns the parsed body. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; subCode?: string; details?: unknown[] } & Record<string, unknown>;
  }[];
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run integration tests through jest's integration project (global setup)`,
    );
  return value;
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<{ ownerUrl: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: requiredEnv(TEST_ENV.adminUrl) });
  await admin.connect();
  const owner = new URL(requiredEnv(TEST_ENV.ownerUrl));
  try {
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE ${requiredEnv(TEST_ENV.template)} OWNER ${pg.escapeIdentifier(decodeURIComponent(owner.username))}`,
    );
  } finally {
    await admin.end();
  }
  owner.pathname = `/${name}`;
  return {
    ownerUrl: owner.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: requiredEnv(TEST_ENV.adminUrl) });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Configuration for a test file: its own database and bucket, the run's S3 and secrets. */
export function testConfig(overrides: Record<string, string>): AppConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: requiredEnv(TEST_ENV.dataDir),
    S3_BUCKET: `t-${randomBytes(6).toString('hex')}`,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    ...overrides,
  });
}

/**
 * Boots the real application (given its root module) against its own database and bucket.
 * Usage: `const t = await createTestApp((c, l) => AppModule.register(c, l));`
 */
export async function createTestApp(
  root: (config: AppConfig, logger: Logger) => DynamicModule,
  options: { reuse?: AppConfig } = {},
): Promise<TestApp> {
  // `reuse`: a second app on the same database and bucket, like a restart or another replica.
  const db = options.reuse
    ? { ownerUrl: options.reuse.database.url!, drop: () => Promise.resolve() }
    : await createTestDatabase();
  const config = options.reuse ?? testConfig({ DATABASE_URL: db.ownerUrl });
  const logger = createLogger(config.logLevel);
  const storage = new StorageService(config);
  await storage.ensureBucket();
  storage.onApplicationShutdown();
  const app = await createHttpApp(root(config, logger), logger);
  const owner = new pg.Pool({ connectionString: db.ownerUrl, max: 2 });
  const http = () => supertest(app.getHttpServer());
  return {
    app,
    config,
    http,
    owner,
    dataSource: app.get(DataSource),
    gql: async (query, variables, headers = {}) => {
      const res = await http()
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query, variables });
      return { status: res.status, ...(res.body as object) };
    },
    close: async () => {
      await app.close();
      await owner.end();
      await db.drop();
    },
  };
}
