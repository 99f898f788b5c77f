import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.error.js';

/** Every secret the hub needs. Given by the environment, or generated once per DATA_DIR outside production. */
export interface Secrets {
  /** HMAC key for access tokens (at least 32 characters). */
  JWT_SECRET: string;
  /** Password of the application database role when DATABASE_APP_URL is not given. */
  DATABASE_APP_PASSWORD: string;
}

export const SECRET_NAMES: readonly (keyof Secrets)[] = ['JWT_SECRET', 'DATABASE_APP_PASSWORD'];
const MIN_LENGTH = 32;

export function secretsFile(dataDir: string): string {
  return join(dataDir, 'secrets.json');
}

export function loadSecrets(
  env: Record<string, string | undefined>,
  dataDir: string,
  production: boolean,
): Secrets {
  const stored = production ? {} : readStored(dataDir);
  const result: Partial<Secrets> = {};
  let generated = false;
  for (const name of SECRET_NAMES) {
    const given = env[name];
    if (given) {
      if (given.length < MIN_LENGTH)
        throw new ConfigError(name, `must be at least ${MIN_LENGTH} characters long`);
      result[name] = given;
    } else if (production) {
      throw new ConfigError(
        name,
        'is required when NODE_ENV=production (generate one with: openssl rand -base64 48)',
      );
    } else if (stored[name]) {
      result[name] = stored[name];
    } else {
      result[name] = randomBytes(32).toString('base64url');
      stored[name] = result[name];
      generated = true;
    }
  }
  if (generated) writeStored(dataDir, stored);
  return result as Secrets;
}

/** A secret only the embedded mode needs (e.g. the embedded database's password): generated once, kept in DATA_DIR. */
export function embeddedSecret(dataDir: string, name: string): string {
  const stored = readStored(dataDir) as Record<string, string>;
  if (stored[name]) return stored[name];
  stored[name] = randomBytes(32).toString('base64url');
  writeStored(dataDir, stored);
  return stored[name];
}

function writeStored(dataDir: string, stored: object): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(secretsFile(dataDir), JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  chmodSync(secretsFile(dataDir), 0o600);
}

function readStored(dataDir: string): Partial<Secrets> {
  const file = secretsFile(dataDir);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  } catch {
    throw new ConfigError(
      'DATA_DIR',
      `${file} is not valid JSON; fix or delete it (new secrets are then generated)`,
    );
  }
}
