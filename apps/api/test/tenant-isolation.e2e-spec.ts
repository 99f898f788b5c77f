import { randomUUID } from 'node:crypto';
import { ApiScope, Role } from '@bibliohub/contracts';
import {
  asOwner,
  bearer,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  createUser,
  unique,
  type GqlResponse,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/** The ids an operation can be pointed at: one library's rows. */
interface Target {
  tenantId: string;
  slug: string;
  /** A user of that library that the tests may edit and disable. */
  userId: string;
  keyId: string;
}

type Data = Record<string, unknown>;

interface Probe {
  name: string;
  query: string;
  /** Variables aimed at `target`; `own` is the caller's library (for versions and defaults). */
  variables: (target: Target, own: Target) => Data | Promise<Data>;
  /**
   * Operations that default to the caller's own library: checks that the answer concerns `own` only.
   * Without it, an operation aimed at another library's ids must answer NOT_FOUND.
   */
  scopedToOwn?: (data: Data, own: Target, other: Target) => void;
}

/** Current optimistic-lock versions, read as the owner, so a probe never fails on a stale version. */
let versionOf: (table: 'users' | 'tenants', id: string) => Promise<number>;

/**
 * Every query and mutation of schema.graphql that takes an id, a slug or a tenant id. Adding an
 * operation to the API means adding one line here; the tests below run each one as library A against
 * library B (and against ids that do not exist), and A's own ids as a control.
 */
const PROBES: Probe[] = [
  {
    name: 'tenant(slug)',
    query: 'query($slug: String!) { tenant(slug: $slug) { id name slug contactEmail } }',
    variables: (x) => ({ slug: x.slug }),
  },
  {
    name: 'user(id)',
    query: 'query($id: ID!) { user(id: $id) { id email tenantId tenant { id } } }',
    variables: (x) => ({ id: x.userId }),
  },
  {
    name: 'updateUser(id) name',
    query:
      'mutation($id: ID!, $version: Int!) { updateUser(id: $id, input: { name: "Overgenomen", version: $version }) { id name } }',
    variables: async (x) => ({ id: x.userId, version: await versionOf('users', x.userId) }),
  },
  {
    name: 'updateUser(id) role',
    query:
      'mutation($id: ID!, $version: Int!) { updateUser(id: $id, input: { role: LIBRARY_ADMIN, version: $version }) { id role } }',
    variables: async (x) => ({ id: x.userId, version: await versionOf('users', x.userId) }),
  },
  {
    name: 'disableUser(id)',
    query: 'mutation($id: ID!) { disableUser(id: $id) { id disabled } }',
    variables: (x) => ({ id: x.userId }),
  },
  {
    name: 'enableUser(id)',
    query: 'mutation($id: ID!) { enableUser(id: $id) { id disabled } }',
    variables: (x) => ({ id: x.userId }),
  },
  {
    name: 'revokeApiKey(id)',
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
    variables: (x) => ({ id: x.keyId }),
  },
  {
    name: 'apiKeys(tenantId)',
    query: 'query($tenantId: ID) { apiKeys(tenantId: $tenantId) { id tenantId prefix } }',
    variables: (x) => ({ tenantId: x.tenantId }),
    scopedToOwn: (data, own, other) => {
      const keys = data['apiKeys'] as { id: string; tenantId: string }[];
      expect(keys.map((k) => k.id)).toContain(own.keyId);
      expect(keys.map((k) => k.id)).not.toContain(other.keyId);
      expect(new Set(keys.map((k) => k.tenantId))).toEqual(new Set([own.tenantId]));
    },
  },
  {
    name: 'users(tenantId)',
    query: 'query($tenantId: ID) { users(tenantId: $tenantId, first: 100) { nodes { id tenantId } } }',
    variables: (x) => ({ tenantId: x.tenantId }),
    scopedToOwn: (data, own, other) => {
      const users = (data['users'] as { nodes: { id: string; tenantId: string }[] }).nodes;
      expect(users.map((u) => u.id)).toContain(own.userId);
      expect(users.map((u) => u.id)).not.toContain(other.userId);
      expect(new Set(users.map((u) => u.tenantId))).toEqual(new Set([own.tenantId]));
    },
  },
  {
    name: 'createUser(input.tenantId)',
    query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id tenantId } }',
    variables: (x) => ({
      input: {
        tenantId: x.tenantId,
        email: `${unique('probe')}@example.nl`,
        name: 'Probe',
        role: Role.LIBRARY_EDITOR,
        password: 'probe password 123',
      },
    }),
    scopedToOwn: (data, own) => expect((data['createUser'] as Data)['tenantId']).toBe(own.tenantId),
  },
  {
    name: 'createApiKey(input.tenantId)',
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { tenantId } } }',
    variables: (x) => ({ input: { tenantId: x.tenantId, name: 'Probe', scopes: ['FEED_READ'] } }),
    scopedToOwn: (data, own) =>
      expect(((data['createApiKey'] as Data)['apiKey'] as Data)['tenantId']).toBe(own.tenantId),
  },
  {
    name: 'updateTenantProfile(input.tenantId)',
    query: 'mutation($input: UpdateTenantProfileInput!) { updateTenantProfile(input: $input) { id } }',
    variables: async (x, own) => ({
      input: {
        tenantId: x.tenantId,
        version: await versionOf('tenants', own.tenantId),
        phone: '015 123 4567',
      },
    }),
    scopedToOwn: (data, own) => expect((data['updateTenantProfile'] as Data)['id']).toBe(own.tenantId),
  },
  {
    name: 'programmeEvidence(tenantId)',
    query: 'query($tenantId: ID) { programmeEvidence(tenantId: $tenantId) { tenantId trainings { id } } }',
    variables: (x) => ({ tenantId: x.tenantId }),
  },
  {
    name: 'kpiMeasurements(tenantId)',
    query: 'query($tenantId: ID) { kpiMeasurements(tenantId: $tenantId) { nodes { id tenantId } } }',
    variables: (x) => ({ tenantId: x.tenantId }),
  },
  {
    name: 'phaseHistory(tenantId)',
    query: 'query($tenantId: ID) { phaseHistory(tenantId: $tenantId) { nodes { id tenantId } } }',
    variables: (x) => ({ tenantId: x.tenantId }),
  },
];

/** Operations for central roles only, with the ids they take. */
const CENTRAL_ONLY: { name: string; query: string; variables: (x: Target) => Data | Promise<Data> }[] = [
  { name: 'tenants', query: '{ tenants { nodes { id } } }', variables: () => ({}) },
  {
    name: 'createTenant',
    query: 'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    variables: () => ({ input: { name: 'Nieuwe bieb', slug: unique('nieuw'), province: 'UTRECHT' } }),
  },
  {
    name: 'updateTenant(id)',
    query:
      'mutation($id: ID!, $version: Int!) { updateTenant(id: $id, input: { name: "Overgenomen", version: $version }) { id } }',
    variables: async (x) => ({ id: x.tenantId, version: await versionOf('tenants', x.tenantId) }),
  },
  {
    name: 'deactivateTenant(id)',
    query: 'mutation($id: ID!) { deactivateTenant(id: $id) { id active } }',
    variables: (x) => ({ id: x.tenantId }),
  },
  {
    name: 'reactivateTenant(id)',
    query: 'mutation($id: ID!) { reactivateTenant(id: $id) { id active } }',
    variables: (x) => ({ id: x.tenantId }),
  },
  {
    name: 'libraryProgramme(tenantId)',
    query: 'query($tenantId: ID!) { libraryProgramme(tenantId: $tenantId) { tenantId } }',
    variables: (x) => ({ tenantId: x.tenantId }),
  },
  {
    name: 'evidenceQueue(tenantId)',
    query: 'query($tenantId: ID) { evidenceQueue(tenantId: $tenantId) { nodes { id } } }',
    variables: (x) => ({ tenantId: x.tenantId }),
  },
];

const errorOf = (res: GqlResponse<unknown>) => ({
  code: res.errors?.[0]?.extensions?.code,
  subCode: res.errors?.[0]?.extensions?.subCode,
});

describe('tenant isolation', () => {
  let t: TestApp;
  let a: Target;
  let b: Target;
  /** Ids that exist nowhere. */
  let ghost: Target;
  /** Ids that cannot exist: not even well-formed. */
  const malformed: Target = {
    tenantId: 'not-a-uuid',
    slug: 'Not A Slug!',
    userId: 'abc',
    keyId: "1' OR '1'='1",
  };
  const callers: Record<
    'aAdmin' | 'aEditor' | 'aKey' | 'centralAdmin' | 'centralEditor' | 'viewer',
    Record<string, string>
  > = {} as never;
  let bUserIds: string[];
  let snapshotOfB: () => Promise<unknown>;
  let bBefore: unknown;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    versionOf = async (table, id) => {
      if (!/^[0-9a-f-]{36}$/.test(id)) return 1;
      const [row] = await asOwner<{ version: number }>(t, `SELECT version FROM ${table} WHERE id = $1`, [id]);
      return row?.version ?? 1;
    };
    const central = await createCentral(t);
    const [libraryA, libraryB] = [await createLibrary(t), await createLibrary(t)];
    const target = async (tenantId: string, slug: string): Promise<Target> => {
      const { user } = await createUser(t, tenantId, Role.LIBRARY_EDITOR);
      const { apiKey } = await createApiKey(t, tenantId, [ApiScope.FEED_READ]);
      return { tenantId, slug, userId: user.id, keyId: apiKey.id };
    };
    a = await target(libraryA.id, libraryA.slug);
    b = await target(libraryB.id, libraryB.slug);
    ghost = { tenantId: randomUUID(), slug: unique('nergens'), userId: randomUUID(), keyId: randomUUID() };

    callers.aAdmin = (await createSignedInUser(t, a.tenantId, Role.LIBRARY_ADMIN)).headers;
    callers.aEditor = (await createSignedInUser(t, a.tenantId, Role.LIBRARY_EDITOR)).headers;
    const aKey = await createApiKey(t, a.tenantId, [ApiScope.FEED_READ, ApiScope.SUBMISSIONS_WRITE]);
    callers.aKey = bearer(aKey.key);
    callers.centralAdmin = (await createSignedInUser(t, central.id, Role.CENTRAL_ADMIN)).headers;
    callers.centralEditor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    callers.viewer = (await createSignedInUser(t, central.id, Role.PROGRAMME_VIEWER)).headers;
    // B has its own admin and editor, signed in, so it has sessions that must survive too
    bUserIds = [b.userId];
    for (const role of [Role.LIBRARY_ADMIN, Role.LIBRARY_EDITOR]) {
      bUserIds.push((await createSignedInUser(t, b.tenantId, role)).user.id);
    }

    snapshotOfB = async () => {
      const rows = (sql: string) => asOwner<{ row: unknown }>(t, sql, [b.tenantId]);
      return {
        tenant: await rows('SELECT to_jsonb(x) AS row FROM tenants x WHERE id = $1'),
        users: await rows('SELECT to_jsonb(x) AS row FROM users x WHERE tenant_id = $1 ORDER BY id'),
        apiKeys: await rows('SELECT to_jsonb(x) AS row FROM api_keys x WHERE tenant_id = $1 ORDER BY id'),
        sessions: await rows(
          'SELECT to_jsonb(x) AS row FROM refresh_sessions x WHERE tenant_id = $1 ORDER BY id',
        ),
        audit: await rows('SELECT to_jsonb(x) AS row FROM audit_log x WHERE tenant_id = $1 ORDER BY id'),
      };
    };
    bBefore = await snapshotOfB();
  });
  afterAll(() => t.close());

  /** Library B's rows must be exactly as they were, whatever A tried. */
  const expectBUnchanged = async () => expect(await snapshotOfB()).toEqual(bBefore);
  const call = async (probe: { query: string }, variables: Data, headers: Record<string, string>) =>
    t.gql(probe.query, variables, headers);
  /** The parts of a response a caller could learn from. */
  const visible = (res: GqlResponse<unknown>) => ({ status: res.status, data: res.data, errors: res.errors });

  it('has real rows in B that a central admin can reach (so the refusals below are isolation)', async () => {
    const res = await t.gql<{
      tenant: { id: string };
      user: { id: string };
      apiKeys: { id: string }[];
      users: { nodes: { id: string }[] };
    }>(
      `query($slug: String!, $id: ID!, $tenantId: ID) {
        tenant(slug: $slug) { id }
        user(id: $id) { id }
        apiKeys(tenantId: $tenantId) { id }
        users(tenantId: $tenantId) { nodes { id } }
      }`,
      { slug: b.slug, id: b.userId, tenantId: b.tenantId },
      callers.centralAdmin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.tenant.id).toBe(b.tenantId);
    expect(res.data!.user.id).toBe(b.userId);
    expect(res.data!.apiKeys.map((k) => k.id)).toContain(b.keyId);
    expect(res.data!.users.nodes.map((u) => u.id).sort()).toEqual([...bUserIds].sort());
  });

  describe.each(PROBES)('as library A’s admin: $name', (probe) => {
    if (probe.scopedToOwn) {
      it('aimed at B, acts on A’s own data only', async () => {
        const res = await call(probe, await probe.variables(b, a), callers.aAdmin);
        expect(res.errors).toBeUndefined();
        probe.scopedToOwn!(res.data as Data, a, b);
        await expectBUnchanged();
      });
    } else {
      it('aimed at B answers NOT_FOUND, exactly as for ids that do not exist', async () => {
        const res = await call(probe, await probe.variables(b, a), callers.aAdmin);
        expect(res.data ?? null).toBeNull();
        expect(errorOf(res).code).toBe('NOT_FOUND');
        const none = await call(probe, await probe.variables(ghost, a), callers.aAdmin);
        expect(visible(res)).toEqual(visible(none));
        const garbage = await call(probe, await probe.variables(malformed, a), callers.aAdmin);
        expect(visible(garbage)).toEqual(visible(none));
        await expectBUnchanged();
      });

      it('aimed at A’s own ids works (the control)', async () => {
        const res = await call(probe, await probe.variables(a, a), callers.aAdmin);
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      });
    }
  });

  it.each([
    ...PROBES.filter((p) => !p.scopedToOwn),
    ...CENTRAL_ONLY.filter((op) => op.query.includes('$id')),
  ])('$name answers NOT_FOUND (not INTERNAL) for malformed ids, even for a central admin', async (op) => {
    const res = await call(op, await op.variables(malformed, malformed), callers.centralAdmin);
    expect(res.data ?? null).toBeNull();
    expect(errorOf(res).code).toBe('NOT_FOUND');
    await expectBUnchanged();
  });

  describe.each([
    ['A’s editor', 'aEditor'],
    ['A’s API key', 'aKey'],
  ] as const)('as %s', (_who, caller) => {
    it.each(PROBES)('$name answers B’s ids exactly as ids that do not exist', async (probe) => {
      const res = await call(probe, await probe.variables(b, a), callers[caller]);
      expect(res.data ?? null).toBeNull();
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorOf(res).code);
      const none = await call(probe, await probe.variables(ghost, a), callers[caller]);
      expect(visible(res)).toEqual(visible(none));
      await expectBUnchanged();
    });
  });

  describe.each([
    ['A’s admin', 'aAdmin', 'ROLE_NOT_ALLOWED'],
    ['A’s editor', 'aEditor', 'ROLE_NOT_ALLOWED'],
    ['A’s API key', 'aKey', 'API_KEY_NOT_ALLOWED'],
  ] as const)('central-only operations as %s', (_who, caller, subCode) => {
    it.each(CENTRAL_ONLY)('$name answers FORBIDDEN', async (op) => {
      const res = await call(op, await op.variables(b), callers[caller]);
      expect(res.data ?? null).toBeNull();
      expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', subCode });
      // the refusal does not depend on whether the id exists
      expect(visible(await call(op, await op.variables(ghost), callers[caller]))).toEqual(visible(res));
      await expectBUnchanged();
    });
  });

  const MUTATIONS = [
    ...CENTRAL_ONLY.filter((op) => op.query.startsWith('mutation')),
    ...PROBES.filter((p) => p.query.startsWith('mutation')).map((p) => ({
      ...p,
      variables: (x: Target) => p.variables(x, x),
    })),
  ];

  describe.each([
    ['the programme viewer', 'viewer'],
    ['a central editor', 'centralEditor'],
  ] as const)('%s', (_who, caller) => {
    it.each(MUTATIONS)('cannot call $name (FORBIDDEN)', async (op) => {
      const res = await call(op, await op.variables(b), callers[caller]);
      expect(res.data ?? null).toBeNull();
      expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', subCode: 'ROLE_NOT_ALLOWED' });
      await expectBUnchanged();
    });
  });

  it('the programme viewer reads every library (the national dashboard)', async () => {
    const res = await t.gql<{ tenants: { nodes: { id: string }[] }; tenant: { id: string } }>(
      'query($slug: String!) { tenants(first: 100) { nodes { id } } tenant(slug: $slug) { id } }',
      { slug: b.slug },
      callers.viewer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.tenants.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([a.tenantId, b.tenantId]),
    );
    expect(res.data!.tenant.id).toBe(b.tenantId);
  });

  it('a library admin cannot grant a central role, nor promote anyone to one', async () => {
    for (const role of [Role.CENTRAL_ADMIN, Role.CENTRAL_EDITOR, Role.PROGRAMME_VIEWER]) {
      const created = await t.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: { email: `${unique('up')}@example.nl`, name: 'Up', role, password: 'probe password 123' },
        },
        callers.aAdmin,
      );
      expect(errorOf(created)).toEqual({ code: 'FORBIDDEN', subCode: 'ROLE_ABOVE_OWN' });
      const promoted = await t.gql(
        'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
        { id: a.userId, input: { role, version: await versionOf('users', a.userId) } },
        callers.aAdmin,
      );
      expect(errorOf(promoted)).toEqual({ code: 'FORBIDDEN', subCode: 'ROLE_ABOVE_OWN' });
    }
    const [row] = await asOwner<{ role: string; n: number }>(
      t,
      `SELECT role, (SELECT count(*)::int FROM users WHERE role LIKE 'CENTRAL%' OR role = 'PROGRAMME_VIEWER') AS n
         FROM users WHERE id = $1`,
      [a.userId],
    );
    expect(row.role).toMatch(/^LIBRARY_/);
    expect(row.n).toBe(3); // the central admin, editor and viewer made in beforeAll
  });

  it('a library editor cannot create users', async () => {
    const res = await t.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: `${unique('ed')}@example.nl`,
          name: 'Ed',
          role: Role.LIBRARY_EDITOR,
          password: 'probe password 123',
        },
      },
      callers.aEditor,
    );
    expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', subCode: 'ROLE_NOT_ALLOWED' });
  });
});
