import { Role } from '@bibliohub/contracts';
import {
  asOwner,
  createLibrary,
  createSignedInUser,
  createTestApp,
  createUser,
  unique,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

interface AuditRow {
  tenant_id: string;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  at: Date;
}

describe('audit log of identity changes', () => {
  let t: TestApp;
  let libraryId: string;
  let admin: Awaited<ReturnType<typeof createSignedInUser>>;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    libraryId = (await createLibrary(t)).id;
    admin = await createSignedInUser(t, libraryId, Role.LIBRARY_ADMIN);
  });
  afterAll(() => t.close());

  const auditOf = (entityId: string) =>
    asOwner<AuditRow>(
      t,
      'SELECT tenant_id, actor_kind, actor_id, action, entity_type, entity_id, before, after, request_id, at FROM audit_log WHERE entity_id = $1 ORDER BY id',
      [entityId],
    );
  const asAdmin = (query: string, variables: Record<string, unknown>, requestId: string) =>
    t.gql<Record<string, Record<string, unknown>>>(query, variables, {
      ...admin.headers,
      'x-request-id': requestId,
    });

  it('records createUser with the actor, the request and the new user (no password)', async () => {
    const email = `${unique('nieuw')}@example.nl`;
    const res = await asAdmin(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, name: 'Nieuwe collega', role: 'LIBRARY_EDITOR', password: 'a good password' } },
      'audit-create-user',
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!['createUser']['id'] as string;
    const rows = await auditOf(id);
    expect(rows).toEqual([
      {
        tenant_id: libraryId,
        actor_kind: 'USER',
        actor_id: admin.user.id,
        action: 'user.create',
        entity_type: 'User',
        entity_id: id,
        before: null,
        after: { email, name: 'Nieuwe collega', role: 'LIBRARY_EDITOR', disabled: false },
        request_id: 'audit-create-user',
        at: expect.any(Date),
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/argon2|a good password/);
  });

  it('records disableUser with the state before and after', async () => {
    const { user } = await createUser(t, libraryId, Role.LIBRARY_EDITOR, { name: 'Te blokkeren' });
    const res = await asAdmin(
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id: user.id },
      'audit-disable-user',
    );
    expect(res.errors).toBeUndefined();
    const rows = await auditOf(user.id);
    // the operator bootstrap that created the user is recorded as the system
    expect(rows.map((r) => [r.action, r.actor_kind, r.actor_id])).toEqual([
      ['user.create', 'SYSTEM', null],
      ['user.disable', 'USER', admin.user.id],
    ]);
    expect(rows[1]).toMatchObject({
      tenant_id: libraryId,
      entity_type: 'User',
      before: { email: user.email, name: 'Te blokkeren', role: 'LIBRARY_EDITOR', disabled: false },
      after: { email: user.email, name: 'Te blokkeren', role: 'LIBRARY_EDITOR', disabled: true },
      request_id: 'audit-disable-user',
    });
  });

  it('records updateTenantProfile with the profile before and after', async () => {
    const [{ version }] = await asOwner<{ version: number }>(t, 'SELECT version FROM tenants WHERE id = $1', [
      libraryId,
    ]);
    const res = await asAdmin(
      'mutation($input: UpdateTenantProfileInput!) { updateTenantProfile(input: $input) { version phone } }',
      { input: { version, phone: '015 212 3456', displayName: 'Bieb Delft' } },
      'audit-profile',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!['updateTenantProfile']).toEqual({ version: version + 1, phone: '015 212 3456' });
    const rows = (await auditOf(libraryId)).filter((r) => r.action === 'tenant.updateProfile');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tenant_id: libraryId,
      actor_kind: 'USER',
      actor_id: admin.user.id,
      entity_type: 'Tenant',
      request_id: 'audit-profile',
      before: { id: libraryId, phone: null, displayName: null, version },
      after: { id: libraryId, phone: '015 212 3456', displayName: 'Bieb Delft', version: version + 1 },
    });
  });

  it('writes nothing when the change is refused', async () => {
    const [{ n: before }] = await asOwner<{ n: number }>(t, 'SELECT count(*)::int AS n FROM audit_log');
    const stale = await asAdmin(
      'mutation { updateTenantProfile(input: { version: 1, phone: "0101234567" }) { id } }',
      {},
      'audit-stale',
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await asAdmin(
      'mutation($id: ID!) { disableUser(id: $id) { id } }',
      { id: crypto.randomUUID() },
      'audit-missing',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ n: after }] = await asOwner<{ n: number }>(t, 'SELECT count(*)::int AS n FROM audit_log');
    expect(after).toBe(before);
  });
});
