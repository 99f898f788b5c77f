import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { ApiScope, Province, Role, TenantKind } from '@bibliohub/contracts';
import { AppError, validateInput } from '@bibliohub/api-core';
import {
  ApiKeyService,
  CreateTenantInput,
  TenantEntity,
  TenantService,
  UserService,
} from '@bibliohub/api-identity';
import { TenantDb } from '@bibliohub/api-core';

/** Options parsed from `--name value` pairs. */
export type Options = Record<string, string | boolean | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '')
    throw AppError.badInput('MISSING_OPTION', `--${name} is required`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value))
    throw AppError.badInput('INVALID_OPTION', `--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

async function tenantBySlug(app: INestApplicationContext, slug: string): Promise<TenantEntity> {
  const tenant = await app.get(TenantDb).system((db) => db.findOneBy(TenantEntity, { slug }));
  if (!tenant) throw AppError.notFound('TENANT_NOT_FOUND', `No tenant with slug "${slug}"`);
  return tenant;
}

/** `tenant:create`: a library (or with --central, the national office). */
export async function createTenantCommand(app: INestApplicationContext, options: Options) {
  const input = await validateInput(CreateTenantInput, {
    name: required(options, 'name'),
    slug: required(options, 'slug'),
    province: oneOf(required(options, 'province'), Object.values(Province), 'province'),
    city: options['city'],
    website: options['website'],
    contactEmail: options['email'],
  });
  const tenant = await app
    .get(TenantService)
    .create(null, input, options['central'] ? TenantKind.CENTRAL : TenantKind.LIBRARY);
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind };
}

/** `user:create`: prints a generated password when none is given. */
export async function createUserCommand(app: INestApplicationContext, options: Options) {
  const tenant = await tenantBySlug(app, required(options, 'tenant'));
  const password =
    typeof options['password'] === 'string' ? options['password'] : randomBytes(12).toString('base64url');
  const user = await app.get(UserService).create(null, {
    tenantId: tenant.id,
    email: required(options, 'email'),
    name: typeof options['name'] === 'string' ? options['name'] : required(options, 'email').split('@')[0],
    role: oneOf(required(options, 'role'), Object.values(Role), 'role'),
    password,
  });
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    tenant: tenant.slug,
    ...(options['password'] ? {} : { password }),
  };
}

/** `apikey:create`: the key is printed once. */
export async function createApiKeyCommand(app: INestApplicationContext, options: Options) {
  const tenant = await tenantBySlug(app, required(options, 'tenant'));
  const scopes = String(options['scopes'] ?? ApiScope.FEED_READ)
    .split(',')
    .map((s) => oneOf(s.trim(), Object.values(ApiScope), 'scopes'));
  const expires = typeof options['expires'] === 'string' ? new Date(options['expires']) : null;
  if (expires && Number.isNaN(expires.getTime()))
    throw AppError.badInput('INVALID_OPTION', '--expires must be a date such as 2027-01-31');
  const { apiKey, key } = await app.get(ApiKeyService).create(null, {
    tenantId: tenant.id,
    name: typeof options['name'] === 'string' ? options['name'] : 'CLI',
    scopes,
    expiresAt: expires,
  });
  return {
    id: apiKey.id,
    tenant: tenant.slug,
    prefix: apiKey.prefix,
    scopes: apiKey.scopes,
    expiresAt: apiKey.expiresAt,
    key,
  };
}
