import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config.js';
import { ConfigError } from './config.error.js';

const made: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bibliohub-config-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const failure = (env: Record<string, string>) => {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      s3: { bucket: 'bibliohub', forcePathStyle: true },
    });
    expect(config.database.url).toBeUndefined();
    expect(config.s3.endpoint).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT: must be a whole number from 0 to 65535/],
    ['PORT', '70000', /PORT: must be a whole number/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL: must be a URL starting with postgres: or postgresql:/],
    ['S3_FORCE_PATH_STYLE', 'maybe', /S3_FORCE_PATH_STYLE: must be true or false/],
    ['S3_BUCKET', 'Bad_Bucket', /S3_BUCKET: must be 3-63 lowercase/],
    ['NODE_ENV', 'staging', /NODE_ENV: must be one of development, production, test/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: must be one of/],
    ['JWT_SECRET', 'short', /JWT_SECRET: must be at least 32 characters/],
    ['METRICS_TOKEN', 'too-short', /METRICS_TOKEN: must be 16-256 printable characters/],
    ['METRICS_TOKEN', 'has a space in it somewhere', /METRICS_TOKEN: must be 16-256 printable/],
  ])('names %s when it is %s', (name, value, message) => {
    const error = failure({ [name]: value });
    expect(error.variable).toBe(name);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('protects /metrics only when METRICS_TOKEN is given', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).metrics.token).toBeUndefined();
    const token = 'a1b2c3d4e5f6a7b8c9d0e1f2';
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: token }).metrics.token).toBe(token);
  });

  it('reads per-kind upload caps and the job poll interval', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      ASSET_MAX_BYTES_ICON: '4096',
      JOB_POLL_INTERVAL_MS: '0',
    });
    expect(config.assets.maxBytes.ICON).toBe(4096);
    expect(config.assets.maxBytes.PHOTO).toBe(50 * 1024 * 1024);
    expect(config.jobs.pollIntervalMs).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir() }).jobs.pollIntervalMs).toBe(1000);
    expect(failure({ ASSET_MAX_BYTES_PHOTO: 'lots' }).variable).toBe('ASSET_MAX_BYTES_PHOTO');
  });

  it('takes DATABASE_READ_URL only with an external primary', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).database.readUrl).toBeUndefined();
    const replica = 'postgres://replica.example.org:5432/bibliohub';
    expect(
      loadConfig({
        DATA_DIR: dataDir(),
        DATABASE_URL: 'postgres://o@db/bibliohub',
        DATABASE_READ_URL: replica,
      }).database.readUrl,
    ).toBe(replica);
    expect(failure({ DATABASE_READ_URL: replica }).message).toMatch(/DATABASE_READ_URL: needs DATABASE_URL/);
    expect(failure({ DATABASE_URL: 'postgres://o@db/b', DATABASE_READ_URL: 'http://replica' }).variable).toBe(
      'DATABASE_READ_URL',
    );
  });

  it('requires S3 credentials with an external endpoint', () => {
    expect(failure({ S3_ENDPOINT: 'http://localhost:9000' }).variable).toBe('S3_ACCESS_KEY_ID');
  });

  it('generates secrets once per DATA_DIR, private to the owner, and reuses them', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.secrets.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.secrets).toEqual(first.secrets);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))).toMatchObject(first.secrets);
  });

  it('prefers given secrets over stored ones', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret }).secrets.JWT_SECRET).toBe(secret);
  });

  it('refuses to start in production without external services and secrets', () => {
    expect(failure({ NODE_ENV: 'production' }).variable).toBe('DATABASE_URL');
    const base = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      S3_ENDPOINT: 'https://s3.example',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    };
    expect(failure(base).variable).toBe('JWT_SECRET');
    expect(failure({ ...base, JWT_SECRET: 'j'.repeat(32) }).variable).toBe('DATABASE_APP_PASSWORD');
    expect(
      loadConfig({
        ...base,
        DATA_DIR: dataDir(),
        JWT_SECRET: 'j'.repeat(32),
        DATABASE_APP_PASSWORD: 'p'.repeat(32),
      }).nodeEnv,
    ).toBe('production');
  });
});
