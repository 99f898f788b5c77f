import { Role } from '@bibliohub/contracts';
import { AuthService } from '@bibliohub/api-identity';
import { WebhookDispatcher } from '@bibliohub/api-feed';
import { SubmissionService } from '@bibliohub/api-submissions';
import {
  asOwner,
  createLibrary,
  createSignedInUser,
  createTestApp,
  createUser,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/** The daily tasks that keep the log-like tables from growing without end (docs/operations.md). */
describe('retention', () => {
  let t: TestApp;
  let libraryId: string;
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000);

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    libraryId = (await createLibrary(t)).id;
  });
  afterAll(() => t.close());

  it('keeps finished webhook deliveries 30 days in the log, pending ones until they are sent', async () => {
    const { headers } = await createSignedInUser(t, libraryId, Role.LIBRARY_ADMIN);
    const res = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation { createWebhookEndpoint(input: { url: "https://hooks.example.org/bibliohub" }) { endpoint { id } } }`,
      {},
      headers,
    );
    const endpointId = res.data!.createWebhookEndpoint.endpoint.id;
    const rows = [
      ['DELIVERED', 31],
      ['FAILED', 31],
      ['PENDING', 31],
      ['DELIVERED', 29],
    ] as const;
    const inserted = await asOwner<{ id: string; status: string }>(
      t,
      `INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_type, payload, status, next_attempt_at, created_at)
       SELECT $1, $2, 'post.published', '{}', s, c, c FROM unnest($3::text[], $4::timestamptz[]) AS u(s, c)
       RETURNING id, status`,
      [libraryId, endpointId, rows.map((r) => r[0]), rows.map((r) => daysAgo(r[1]))],
    );
    expect(await t.app.get(WebhookDispatcher).purgeLog(now)).toBe(2);
    const left = await asOwner<{ id: string }>(
      t,
      'SELECT id FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id',
      [endpointId],
    );
    expect(left.map((r) => r.id)).toEqual([inserted[2].id, inserted[3].id]);
  });

  it('deletes notifications read more than 90 days ago and keeps unread ones however old', async () => {
    const inserted = await asOwner<{ id: string }>(
      t,
      `INSERT INTO notifications (tenant_id, kind, message, created_at, read_at)
       VALUES ($1, 'TEST', 'gelezen, oud', $2, $3), ($1, 'TEST', 'gelezen, recent', $2, $4),
              ($1, 'TEST', 'ongelezen', $2, NULL)
       RETURNING id`,
      [libraryId, daysAgo(400), daysAgo(91), daysAgo(89)],
    );
    expect(await t.app.get(SubmissionService).purgeReadNotifications(now)).toBe(1);
    const left = await asOwner<{ id: string }>(
      t,
      `SELECT id FROM notifications WHERE tenant_id = $1 AND kind = 'TEST' ORDER BY id`,
      [libraryId],
    );
    expect(left.map((r) => r.id)).toEqual([inserted[1].id, inserted[2].id]);
  });

  it('deletes a session family only when its newest refresh token expired over a day ago', async () => {
    const { user } = await createUser(t, libraryId, Role.LIBRARY_EDITOR);
    const families = {
      ended: [daysAgo(40), daysAgo(2)],
      rotatedAndLive: [daysAgo(2), daysAgo(-20)],
      endedToday: [daysAgo(0.5)],
    };
    for (const [name, expiries] of Object.entries(families))
      await asOwner(
        t,
        `INSERT INTO refresh_sessions (tenant_id, user_id, family_id, token_hash, expires_at)
         SELECT $1, $2, md5($3)::uuid, md5($3 || e::text), e FROM unnest($4::timestamptz[]) AS e`,
        [libraryId, user.id, `${user.id}/${name}`, expiries],
      );
    expect(await t.app.get(AuthService).purgeEndedSessions(now)).toBe(2);
    const left = await asOwner<{ family: string; n: number }>(
      t,
      `SELECT f.name AS family, count(s.id)::int AS n
         FROM unnest($2::text[]) AS f(name)
         LEFT JOIN refresh_sessions s ON s.family_id = md5($1 || '/' || f.name)::uuid
        GROUP BY f.name ORDER BY f.name`,
      [user.id, Object.keys(families)],
    );
    expect(left).toEqual([
      { family: 'ended', n: 0 },
      { family: 'endedToday', n: 1 },
      { family: 'rotatedAndLive', n: 2 },
    ]);
  });
});
