import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role, TenantKind } from '@bibliohub/contracts';
import { JobWorker, type Actor } from '@bibliohub/api-core';
import { PostService } from '@bibliohub/api-content';
import {
  asOwner,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  json: {
    id: string;
    type: string;
    data: { postId: string; status: string; withdrawalReason: string | null };
  };
}

/** A webhook receiver on loopback that fails the first `failFirst` requests. */
async function receiver(failFirst = 0): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls += 1;
      received.push({ headers: req.headers, body, json: JSON.parse(body) as Received['json'] });
      res.statusCode = calls <= failFirst ? 503 : 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server };
}

function verify(secret: string, header: string, body: string): boolean {
  const { t, v1 } = Object.fromEntries(header.split(',').map((p) => p.split('='))) as {
    t: string;
    v1: string;
  };
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

describe('webhooks', () => {
  let t: TestApp;
  let editor: Actor;
  let admin: Record<string, string>;
  let otherAdmin: Record<string, string>;
  let posts: PostService;
  let worker: JobWorker;
  const servers: Server[] = [];

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    posts = t.app.get(PostService);
    worker = t.app.get(JobWorker);
    const central = await createCentral(t);
    const editorUser = await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR);
    editor = {
      kind: 'USER',
      id: editorUser.user.id,
      tenantId: central.id,
      tenantKind: TenantKind.CENTRAL,
      role: Role.CENTRAL_EDITOR,
      scopes: [],
    };
    admin = (await createSignedInUser(t, (await createLibrary(t)).id, Role.LIBRARY_ADMIN)).headers;
    otherAdmin = (await createSignedInUser(t, (await createLibrary(t)).id, Role.LIBRARY_ADMIN)).headers;
  });
  afterAll(async () => {
    servers.forEach((s) => s.close());
    await t.close();
  });

  const register = async (url: string, headers = admin, events: string[] = []) => {
    const res = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string }; secret: string } }>(
      `mutation($url: String!, $events: [String!]) { createWebhookEndpoint(input: { url: $url, events: $events }) { endpoint { id } secret } }`,
      { url, events },
      headers,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createWebhookEndpoint;
  };
  const publish = async (title: string) => {
    const p = await posts.create(editor, { title, body: 'x' });
    return posts.publish(editor, p.id, p.version);
  };

  it('signs each delivery (HMAC-SHA256 over timestamp and body) and delivers events in order', async () => {
    const hook = await receiver();
    servers.push(hook.server);
    const { endpoint, secret } = await register(hook.url, admin, ['post.published', 'post.withdrawn']);
    const a = await publish('Eerste');
    const b = await publish('Tweede');
    await posts.withdraw(editor, a.id, a.version, 'Verouderd');
    await worker.runUntilIdle();
    const mine = hook.received.filter((r) => [a.id, b.id].includes(r.json.data.postId));
    expect(mine.map((r) => `${r.json.type}:${r.json.data.postId}`)).toEqual([
      `post.published:${a.id}`,
      `post.published:${b.id}`,
      `post.withdrawn:${a.id}`,
    ]);
    expect(mine[2].json.data.withdrawalReason).toBe('Verouderd');
    for (const r of mine) {
      expect(verify(secret, r.headers['bibliohub-signature'] as string, r.body)).toBe(true);
      expect(r.headers['bibliohub-event']).toBe(r.json.type);
      expect(r.headers['bibliohub-delivery']).toBe(r.json.id);
    }
    expect(verify('whsec_wrong', mine[0].headers['bibliohub-signature'] as string, mine[0].body)).toBe(false);
    const log = await t.gql<{
      webhookDeliveries: { nodes: { status: string; lastStatusCode: number; endpointId: string }[] };
    }>(`{ webhookDeliveries(first: 10) { nodes { status lastStatusCode endpointId } } }`, {}, admin);
    expect(
      log
        .data!.webhookDeliveries.nodes.filter((d) => d.endpointId === endpoint.id)
        .every((d) => d.status === 'DELIVERED' && d.lastStatusCode === 204),
    ).toBe(true);
  });

  it('retries a failed delivery with backoff and keeps later events behind it', async () => {
    const hook = await receiver(1);
    servers.push(hook.server);
    const { endpoint } = await register(hook.url);
    const first = await publish('Eerst mislukt');
    const second = await publish('Daarna');
    await worker.runUntilIdle();
    expect(hook.received.map((r) => r.json.data.postId)).toEqual([first.id]);
    const [pending] = await asOwner<{ attempts: number; last_status_code: number; wait: number }>(
      t,
      `SELECT attempts, last_status_code, extract(epoch FROM next_attempt_at - now())::int AS wait FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id LIMIT 1`,
      [endpoint.id],
    );
    expect(pending).toMatchObject({ attempts: 1, last_status_code: 503 });
    expect(pending.wait).toBeGreaterThan(5);
    // Let the backoff pass.
    await asOwner(t, `UPDATE webhook_deliveries SET next_attempt_at = now() WHERE endpoint_id = $1`, [
      endpoint.id,
    ]);
    await asOwner(t, `UPDATE jobs SET run_at = now() WHERE kind = 'webhooks.endpoint' AND done_at IS NULL`);
    await worker.runUntilIdle();
    expect(hook.received.map((r) => r.json.data.postId)).toEqual([first.id, first.id, second.id]);
    expect(hook.received[0].json.id).toBe(hook.received[1].json.id);
  });

  it('answers a dead receiver without slowing the editor (delivery happens in the background)', async () => {
    const { endpoint } = await register('http://127.0.0.1:9/unreachable');
    const started = Date.now();
    await publish('Geen ontvanger');
    expect(Date.now() - started).toBeLessThan(2000);
    await worker.runUntilIdle();
    const [row] = await asOwner<{ status: string; attempts: number; last_error: string }>(
      t,
      `SELECT status, attempts, last_error FROM webhook_deliveries WHERE endpoint_id = $1`,
      [endpoint.id],
    );
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.last_error).toBeTruthy();
  });

  it('keeps endpoints and delivery logs private to their library and validates addresses', async () => {
    const hook = await receiver();
    servers.push(hook.server);
    const { endpoint } = await register(hook.url);
    const other = await t.gql<{ webhookEndpoints: { id: string }[] }>(
      `{ webhookEndpoints { id } }`,
      {},
      otherAdmin,
    );
    expect(other.data!.webhookEndpoints.map((e) => e.id)).not.toContain(endpoint.id);
    const del = await t.gql(
      `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
      { id: endpoint.id },
      otherAdmin,
    );
    expect(del.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const logs = await t.gql<{ webhookDeliveries: { nodes: { endpointId: string }[] } }>(
      `{ webhookDeliveries(first: 100) { nodes { endpointId } } }`,
      {},
      otherAdmin,
    );
    expect(logs.data!.webhookDeliveries.nodes).toEqual([]);
    const bad = await t.gql(
      `mutation { createWebhookEndpoint(input: { url: "http://example.org/hook" }) { secret } }`,
      {},
      admin,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'INVALID_WEBHOOK_URL',
    });
    const secrets = await t.gql(`{ webhookEndpoints { id url } }`, {}, admin);
    expect(JSON.stringify(secrets)).not.toContain('whsec_');
  });
});
