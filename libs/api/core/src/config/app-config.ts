import { resolve } from 'node:path';
import { ASSET_KIND_RULES, AssetKind } from '@bibliohub/contracts';
import { ConfigError } from './config.error.js';
import { loadSecrets, type Secrets } from './secrets.js';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  /** Owner connection (runs migrations). Unset → embedded PostgreSQL under DATA_DIR. */
  url?: string;
  /** Application connection (no table ownership, no BYPASSRLS). Unset → derived from `url`. */
  appUrl?: string;
  /**
   * A streaming replica for feed, RSS/Atom and dashboard reads (TenantDb.read). Without a user in the
   * URL the application role's user and password are filled in. Unset → every read goes to `url`.
   */
  readUrl?: string;
  poolSize: number;
  /** Longest wait for a pooled connection and longest statement, so no request hangs on a dead database. */
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

export interface S3Config {
  /** Unset → embedded s3rver under DATA_DIR. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

export interface JobsConfig {
  /** How often the worker looks for due jobs; 0 disables the background worker (tests run passes by hand). */
  pollIntervalMs: number;
}

export interface AssetsConfig {
  /** Largest upload per kind (ASSET_MAX_BYTES_<KIND>, default from ASSET_KIND_RULES). */
  maxBytes: Record<AssetKind, number>;
  /** How often staging leftovers older than 24 h are removed; 0 disables the sweep. */
  stagingSweepIntervalMs: number;
}

export interface MetricsConfig {
  /** When set, `GET /metrics` needs `Authorization: Bearer <token>`; unset, it is open (keep it off the internet). */
  token?: string;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  logLevel: LogLevel;
  /** Seed demo tenants, users and content into an empty database at start. Never in production. */
  demoData: boolean;
  database: DatabaseConfig;
  s3: S3Config;
  jobs: JobsConfig;
  assets: AssetsConfig;
  metrics: MetricsConfig;
  secrets: Secrets;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
}

function integer(env: Env, name: string, min: number, max: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(
      name,
      `must be a URL starting with ${protocols.join(' or ')} (got an unparsable value)`,
    );
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      name,
      `must be a URL starting with ${protocols.join(' or ')} (got "${parsed.protocol}")`,
    );
  }
  return raw;
}

function metricsToken(env: Env): string | undefined {
  const raw = env['METRICS_TOKEN'];
  if (raw === undefined || raw === '') return undefined;
  // It travels in an Authorization header: printable ASCII without spaces, long enough not to be guessed.
  if (!/^[\x21-\x7e]{16,256}$/.test(raw)) {
    throw new ConfigError(
      'METRICS_TOKEN',
      'must be 16-256 printable characters without spaces (generate one with: openssl rand -hex 24)',
    );
  }
  return raw;
}

function bucketName(env: Env): string {
  const raw = env['S3_BUCKET'] || 'bibliohub';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(raw)) {
    throw new ConfigError(
      'S3_BUCKET',
      `must be 3-63 lowercase letters, digits, dots or hyphens (got "${raw}")`,
    );
  }
  return raw;
}

/**
 * Reads and validates the whole configuration once at start. Throws ConfigError naming the first
 * bad variable; callers print its message as one line and exit non-zero.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 0, 65535, 3000);
  const host = env['HOST'] || '0.0.0.0';
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(
    /\/$/,
    '',
  );
  const dataDir = resolve(env['DATA_DIR'] || '.data');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const s3Endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:']);

  if (production && !databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      'is required when NODE_ENV=production (the embedded database is for development only)',
    );
  }
  if (production && !s3Endpoint) {
    throw new ConfigError(
      'S3_ENDPOINT',
      'is required when NODE_ENV=production (the embedded S3 is for development only)',
    );
  }
  const readUrl = url(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']);
  if (readUrl && !databaseUrl) {
    throw new ConfigError(
      'DATABASE_READ_URL',
      'needs DATABASE_URL (a read replica follows an external primary, not the embedded database)',
    );
  }
  if (s3Endpoint && (!env['S3_ACCESS_KEY_ID'] || !env['S3_SECRET_ACCESS_KEY'])) {
    throw new ConfigError(
      'S3_ACCESS_KEY_ID',
      'and S3_SECRET_ACCESS_KEY are required when S3_ENDPOINT is set',
    );
  }

  return {
    nodeEnv,
    port,
    host,
    publicUrl,
    dataDir,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    demoData: !production && bool(env, 'DEMO_DATA', nodeEnv === 'development'),
    database: {
      url: databaseUrl,
      appUrl: url(env, 'DATABASE_APP_URL', ['postgres:', 'postgresql:']),
      readUrl,
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 1, 500, 10),
      connectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 100, 600_000, 5_000),
      statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 100, 3_600_000, 15_000),
    },
    s3: {
      endpoint: s3Endpoint,
      bucket: bucketName(env),
      region: env['S3_REGION'] || 'us-east-1',
      // s3rver accepts exactly these credentials; real endpoints must be given both variables.
      accessKeyId: env['S3_ACCESS_KEY_ID'] || 'S3RVER',
      secretAccessKey: env['S3_SECRET_ACCESS_KEY'] || 'S3RVER',
      forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true),
    },
    jobs: { pollIntervalMs: integer(env, 'JOB_POLL_INTERVAL_MS', 0, 3_600_000, 1_000) },
    assets: {
      maxBytes: Object.fromEntries(
        Object.values(AssetKind).map((kind) => [
          kind,
          integer(env, `ASSET_MAX_BYTES_${kind}`, 1, 64 * 1024 ** 3, ASSET_KIND_RULES[kind].maxBytes),
        ]),
      ) as Record<AssetKind, number>,
      stagingSweepIntervalMs: integer(env, 'ASSET_STAGING_SWEEP_INTERVAL_MS', 0, 86_400_000, 600_000),
    },
    metrics: { token: metricsToken(env) },
    secrets: loadSecrets(env, dataDir, production),
  };
}
