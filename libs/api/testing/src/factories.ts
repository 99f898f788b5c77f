import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { ApiScope, Province, Role, TenantKind } from '@bibliohub/contracts';
import {
  ApiKeyService,
  TenantService,
  UserService,
  type ApiKeyEntity,
  type CreateTenantInput,
  type TenantEntity,
} from '@bibliohub/api-identity';
import type { TestApp } from './test-app.js';

/**
 * Test data made through the real services of a running app (actor `null` = operator bootstrap, as
 * the CLI does), so every row passes the same checks, hashing and row-level security as in production.
 */

let counter = 0;
/** A value unique within the test run, usable in slugs and e-mail addresses. */
export function unique(prefix = 'x'): string {
  counter += 1;
  return `${prefix}-${randomBytes(4).toString('hex')}-${counter}`;
}

export const TEST_PASSWORD = 'correct horse battery staple';

export function createCentral(t: TestApp, overrides: Partial<CreateTenantInput> = {}): Promise<TenantEntity> {
  const slug = overrides.slug ?? unique('landelijk');
  return t.app
    .get(TenantService)
    .create(
      null,
      { name: `Landelijk bureau ${slug}`, slug, province: Province.UTRECHT, ...overrides },
      TenantKind.CENTRAL,
    );
}

export function createLibrary(t: TestApp, overrides: Partial<CreateTenantInput> = {}): Promise<TenantEntity> {
  const slug = overrides.slug ?? unique('bieb');
  return t.app.get(TenantService).create(null, {
    name: `Bibliotheek ${slug}`,
    slug,
    province: Province.ZUID_HOLLAND,
    city: 'Delft',
    website: `https://${slug}.example.nl`,
    ...overrides,
  });
}

export interface CreatedUser {
  user: Awaited<ReturnType<UserService['create']>>;
  email: string;
  password: string;
}

export async function createUser(
  t: TestApp,
  tenantId: string,
  role: Role,
  overrides: { email?: string; password?: string; name?: string } = {},
): Promise<CreatedUser> {
  const email = overrides.email ?? `${unique(role.toLowerCase().replace(/_/g, '-'))}@example.nl`;
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await t.app
    .get(UserService)
    .create(null, { tenantId, email, password, role, name: overrides.name ?? `Test ${role}` });
  return { user, email, password };
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Logs in through the GraphQL `login` mutation; fails the test when the login is refused. */
export async function login(
  t: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Tokens> {
  const res = await t.gql<{ login: Tokens }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }',
    { email, password },
    headers,
  );
  if (!res.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}

/** A user of the given role plus a signed-in session. */
export async function createSignedInUser(
  t: TestApp,
  tenantId: string,
  role: Role,
): Promise<CreatedUser & Tokens & { headers: Record<string, string> }> {
  const created = await createUser(t, tenantId, role);
  const tokens = await login(t, created.email, created.password);
  return { ...created, ...tokens, headers: bearer(tokens.accessToken) };
}

export async function createApiKey(
  t: TestApp,
  tenantId: string,
  scopes: ApiScope[] = [ApiScope.FEED_READ],
  options: { name?: string; expiresAt?: Date | null } = {},
): Promise<{ apiKey: ApiKeyEntity; key: string }> {
  return t.app
    .get(ApiKeyService)
    .create(null, { tenantId, scopes, name: options.name ?? 'Website', expiresAt: options.expiresAt });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * Runs SQL as the table owner inside a transaction with `app.role = 'central'` (FORCE ROW LEVEL
 * SECURITY applies to the owner too), for arranging and inspecting rows of every tenant.
 */
export async function asOwner<R extends pg.QueryResultRow = Record<string, unknown>>(
  t: TestApp,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = await t.owner.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.role', 'central', true)");
    const { rows } = await client.query<R>(sql, params);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
