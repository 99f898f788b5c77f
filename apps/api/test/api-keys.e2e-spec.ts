import { ApiScope, Role } from '@bibliohub/contracts';
import {
  asOwner,
  bearer,
  createApiKey,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const KEY_FIELDS = 'id tenantId name prefix scopes expiresAt lastUsedAt revokedAt createdAt';
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ${KEY_FIELDS} } } }`;
const LIST_KEYS = `query($tenantId: ID) { apiKeys(tenantId: $tenantId) { ${KEY_FIELDS} } }`;
const REVOKE_KEY = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const SERVER_INFO = '{ serverInfo { version } }';

interface ApiKeyView {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

const KEY_PATTERN = /^bh_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

describe('API keys', () => {
  let t: TestApp;
  let libraryId: string;
  let admin: Awaited<ReturnType<typeof createSignedInUser>>;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    libraryId = (await createLibrary(t)).id;
    admin = await createSignedInUser(t, libraryId, Role.LIBRARY_ADMIN);
  });
  afterAll(() => t.close());

  const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
    code: res.errors?.[0]?.extensions?.['code'],
    subCode: res.errors?.[0]?.extensions?.['subCode'],
  });
  const createViaApi = async (input: Record<string, unknown>) => {
    const res = await t.gql<{ createApiKey: { key: string; apiKey: ApiKeyView } }>(
      CREATE_KEY,
      { input },
      admin.headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createApiKey;
  };
  const listKeys = async () => {
    const res = await t.gql<{ apiKeys: ApiKeyView[] }>(LIST_KEYS, {}, admin.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.apiKeys;
  };
  /** An operation open to any valid caller: proves the key itself is accepted. */
  const callWith = (key: string) => t.gql<{ serverInfo: { version: string } }>(SERVER_INFO, {}, bearer(key));

  it('returns the full key once; lists show the prefix but never the secret', async () => {
    const created = await createViaApi({ name: 'Website', scopes: ['FEED_READ', 'SUBMISSIONS_WRITE'] });
    const match = KEY_PATTERN.exec(created.key);
    expect(match).not.toBeNull();
    const [, prefix, secret] = match!;
    expect(created.apiKey).toMatchObject({
      tenantId: libraryId,
      name: 'Website',
      prefix,
      scopes: ['FEED_READ', 'SUBMISSIONS_WRITE'],
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });

    const listed = await t.http().post('/graphql').set(admin.headers).send({ query: LIST_KEYS });
    const keys = (listed.body as { data: { apiKeys: ApiKeyView[] } }).data.apiKeys;
    expect(keys.find((k) => k.id === created.apiKey.id)).toMatchObject({ prefix, name: 'Website' });
    expect(listed.text).toContain(prefix);
    expect(listed.text).not.toContain(secret);

    // and no field of the type could carry it
    const type = await t.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "ApiKey") { fields { name } } }',
    );
    expect(type.data!.__type.fields.map((f) => f.name).sort()).toEqual(KEY_FIELDS.split(' ').sort());
  });

  it('stores neither the secret nor the full key anywhere in the database', async () => {
    const viaApi = await createViaApi({ name: 'Planner', scopes: ['FEED_READ'] });
    const viaService = await createApiKey(t, libraryId, [ApiScope.FEED_READ]);
    // use both, so last-used bookkeeping has run too
    for (const { key } of [viaApi, viaService]) expect((await callWith(key)).errors).toBeUndefined();

    const tables = await asOwner<{ table_name: string }>(
      t,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(expect.arrayContaining(['api_keys', 'audit_log']));
    let dump = '';
    for (const { table_name: table } of tables) {
      const rows = await asOwner<{ row: string }>(t, `SELECT r::text AS row FROM ${table} r`);
      dump += rows.map((r) => r.row).join('\n') + '\n';
    }
    for (const { key } of [viaApi, viaService]) {
      const [, prefix, secret] = KEY_PATTERN.exec(key)!;
      // the dump is real: it holds the visible prefix
      expect(dump).toContain(prefix);
      expect(dump).not.toContain(key);
      expect(dump).not.toContain(secret);
      const raw = Buffer.from(secret, 'base64url');
      expect(dump).not.toContain(raw.toString('hex'));
      expect(dump).not.toContain(raw.toString('base64'));
    }
  });

  it('works as "Authorization: Bearer bh_…" and records when it was last used, in a batch after the request', async () => {
    const { apiKey, key } = await createApiKey(t, libraryId, [ApiScope.FEED_READ]);
    const lastUsed = async () => (await listKeys()).find((k) => k.id === apiKey.id)?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    for (const res of await Promise.all([callWith(key), callWith(key), callWith(key)])) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.serverInfo.version).toEqual(expect.any(String));
    }
    // Written by the API key service's flush (every second), not inside the requests.
    let recorded = await lastUsed();
    for (let i = 0; !recorded && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      recorded = await lastUsed();
    }
    expect(recorded).not.toBeNull();
    expect(new Date(recorded!).getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });

  it('refuses keys that do not exist or carry a wrong secret', async () => {
    const { key } = await createApiKey(t, libraryId, [ApiScope.FEED_READ]);
    const [, prefix, secret] = KEY_PATTERN.exec(key)!;
    const wrongSecret = `bh_${prefix}_${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [wrongSecret, `bh_${'0'.repeat(12)}_${secret}`, 'bh_short']) {
      expect(errorOf(await callWith(bad))).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_API_KEY' });
    }
    expect((await callWith(key)).errors).toBeUndefined();
  });

  describe('a feed:read key', () => {
    let key: string;
    let keyId: string;
    /** What the refused calls below would have changed. */
    const state = () =>
      asOwner(
        t,
        `SELECT (SELECT count(*)::int FROM api_keys WHERE tenant_id = $1) AS keys,
                (SELECT count(*)::int FROM api_keys WHERE revoked_at IS NOT NULL) AS revoked,
                (SELECT count(*)::int FROM users) AS users,
                (SELECT version FROM tenants WHERE id = $1) AS tenant_version,
                (SELECT count(*)::int FROM audit_log) AS audit_entries`,
        [libraryId],
      );
    let before: Record<string, unknown>[];
    beforeAll(async () => {
      ({
        key,
        apiKey: { id: keyId },
      } = await createApiKey(t, libraryId, [ApiScope.FEED_READ]));
      before = await state();
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['me', '{ me { id } }', {}],
      ['tenant', 'query($slug: String!) { tenant(slug: $slug) { id } }', { slug: 'x' }],
      ['apiKeys', '{ apiKeys { id } }', {}],
      ['users', '{ users { nodes { id } } }', {}],
      [
        'createApiKey',
        'mutation { createApiKey(input: { name: "Mine", scopes: [SUBMISSIONS_WRITE] }) { key } }',
        {},
      ],
      ['revokeApiKey (itself)', 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', {}],
      [
        'createUser',
        'mutation { createUser(input: { email: "k@example.nl", name: "K", role: LIBRARY_ADMIN, password: "0123456789ab" }) { id } }',
        {},
      ],
      [
        'updateTenantProfile',
        'mutation { updateTenantProfile(input: { version: 1, phone: "0151234567" }) { id } }',
        {},
      ],
      ['logout', 'mutation { logout }', {}],
      [
        'changePassword',
        'mutation { changePassword(currentPassword: "0123456789ab", newPassword: "0123456789abc") { accessToken } }',
        {},
      ],
    ])('is refused with FORBIDDEN API_KEY_NOT_ALLOWED on %s', async (_name, query, variables) => {
      const res = await t.gql(query, { id: keyId, ...variables }, bearer(key));
      expect(res.data ?? null).toBeNull();
      expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', subCode: 'API_KEY_NOT_ALLOWED' });
    });

    it('changed nothing while being refused', async () => {
      expect(await state()).toEqual(before);
      expect((await callWith(key)).errors).toBeUndefined();
    });
  });

  it('stops working on the very next request once revoked', async () => {
    const { apiKey, key } = await createApiKey(t, libraryId, [ApiScope.FEED_READ]);
    expect((await callWith(key)).errors).toBeUndefined();
    const revoked = await t.gql<{ revokeApiKey: { id: string; revokedAt: string } }>(
      REVOKE_KEY,
      { id: apiKey.id },
      admin.headers,
    );
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    expect(errorOf(await callWith(key))).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_API_KEY' });
    expect((await listKeys()).find((k) => k.id === apiKey.id)?.revokedAt).not.toBeNull();
    // revoking twice is harmless and keeps the first time
    const again = await t.gql<{ revokeApiKey: { revokedAt: string } }>(
      REVOKE_KEY,
      { id: apiKey.id },
      admin.headers,
    );
    expect(again.data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
  });

  it('refuses an expired key, and refuses to create one that is already expired', async () => {
    const { apiKey, key } = await createApiKey(t, libraryId, [ApiScope.FEED_READ], {
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    expect((await callWith(key)).errors).toBeUndefined();
    await asOwner(t, `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      apiKey.id,
    ]);
    expect(errorOf(await callWith(key))).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_API_KEY' });

    const past = await t.gql(
      CREATE_KEY,
      {
        input: { name: 'Old', scopes: ['FEED_READ'], expiresAt: new Date(Date.now() - 60_000).toISOString() },
      },
      admin.headers,
    );
    expect(errorOf(past)).toEqual({ code: 'BAD_USER_INPUT', subCode: 'EXPIRY_IN_PAST' });
  });

  it('refuses the keys of a deactivated library', async () => {
    const other = await createLibrary(t);
    const { key } = await createApiKey(t, other.id, [ApiScope.FEED_READ]);
    expect((await callWith(key)).errors).toBeUndefined();
    await asOwner(t, 'UPDATE tenants SET active = false WHERE id = $1', [other.id]);
    expect(errorOf(await callWith(key))).toEqual({ code: 'UNAUTHENTICATED', subCode: 'INVALID_API_KEY' });
  });

  it('is managed by library admins only', async () => {
    const editor = await createSignedInUser(t, libraryId, Role.LIBRARY_EDITOR);
    for (const [query, variables] of [
      [LIST_KEYS, {}],
      [CREATE_KEY, { input: { name: 'Mine', scopes: ['FEED_READ'] } }],
    ] as const) {
      expect(errorOf(await t.gql(query, variables, editor.headers))).toEqual({
        code: 'FORBIDDEN',
        subCode: 'ROLE_NOT_ALLOWED',
      });
    }
  });
});
