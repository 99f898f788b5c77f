import { Role, TenantKind } from '@bibliohub/contracts';
import { PostService } from '@bibliohub/api-content';
import { READ_AFTER_COOKIE, READ_AFTER_HEADER, type Actor } from '@bibliohub/api-core';
import {
  bearer,
  canStartStreamingReplica,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  createTestDatabase,
  startStreamingReplica,
  testConfig,
  type StreamingReplica,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

interface Library {
  id: string;
  headers: Record<string, string>;
}

const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

// A replica is a copy of the run's own PostgreSQL data directory; with an external DATABASE_URL there is none.
const describeWithReplica = canStartStreamingReplica() ? describe : describe.skip;

describeWithReplica('DATABASE_READ_URL: reads from a streaming replica', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let replica: StreamingReplica;
  let t: TestApp;
  let posts: PostService;
  let editor: Actor;
  let writer: Library;
  let reader: Library;
  let readerKey: string;
  let viewer: Record<string, string>;
  let first: { id: string; title: string };

  const publish = async (title: string) => {
    const post = await posts.create(editor, { title, body: `${title}.` });
    return posts.publish(editor, post.id, post.version);
  };
  /** Titles in the library's feed by post id (GraphQL `feed`, as the browser or an API client asks). */
  const feed = async (headers: Record<string, string>): Promise<Map<string, string>> => {
    const res = await t.gql<{ feed: { nodes: { id: string; title: string }[] } }>(
      '{ feed(first: 100) { nodes { id title } } }',
      {},
      headers,
    );
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.feed.nodes.map((n) => [n.id, n.title]));
  };
  const rss = async (lib: Library): Promise<string> => {
    const links = await t.gql<{ feedLinks: { channel: string; rss: string }[] }>(
      '{ feedLinks { channel rss } }',
      {},
      lib.headers,
    );
    const url = new URL(links.data!.feedLinks.find((l) => l.channel === 'GENERIC')!.rss);
    const res = await t.http().get(url.pathname + url.search);
    expect(res.status).toBe(200);
    return res.text;
  };
  const programmeLibraries = async (): Promise<string[]> => {
    const res = await t.gql<{ programmeLibraries: { nodes: { tenantId: string }[] } }>(
      '{ programmeLibraries(first: 100) { nodes { tenantId } } }',
      {},
      viewer,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.programmeLibraries.nodes.map((n) => n.tenantId);
  };
  const library = async (): Promise<Library> => {
    const tenant = await createLibrary(t);
    return {
      id: tenant.id,
      headers: (await createSignedInUser(t, tenant.id, Role.LIBRARY_EDITOR)).headers,
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    replica = await startStreamingReplica();
    const database = new URL(db.ownerUrl).pathname.slice(1);
    // No user in the URL: the hub connects to the replica as its application role (RLS applies there too).
    const config = testConfig({ DATABASE_URL: db.ownerUrl, DATABASE_READ_URL: replica.url(database) });
    t = await createTestApp((c, l) => AppModule.register(c, l), { reuse: config });
    posts = t.app.get(PostService);
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
    viewer = (await createSignedInUser(t, central.id, Role.PROGRAMME_VIEWER)).headers;
    writer = await library();
    reader = await library();
    readerKey = (await createApiKey(t, reader.id)).key;
    first = await publish('Eerste landelijke post');
    expect((await feed(bearer(readerKey))).has(first.id)).toBe(true);
    await replica.catchUp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await replica?.stop();
    await db?.drop();
  });

  it('serves feed, RSS and dashboard from the replica, and the library that wrote from where its write is', async () => {
    await replica.pause();
    const second = await publish('Tweede landelijke post');
    const late = await createLibrary(t);

    // Nobody who has not just written sees what the paused replica has not replayed.
    const readerFeed = await feed(reader.headers);
    expect(readerFeed.get(first.id)).toBe(first.title);
    expect(readerFeed.has(second.id)).toBe(false);
    expect((await feed(bearer(readerKey))).has(second.id)).toBe(false);
    const readerRss = await rss(reader);
    expect(readerRss).toContain(first.title);
    expect(readerRss).not.toContain(second.title);
    expect(await programmeLibraries()).not.toContain(late.id);

    // The library writes (a local override); the response hands it its write position.
    const res = await t
      .http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...writer.headers })
      .send({
        query:
          'mutation($id: ID!, $input: PostOverrideInput!) { setPostOverride(postId: $id, input: $input) { version } }',
        variables: { id: first.id, input: { title: 'Onze eigen titel', version: 0 } },
      });
    expect(res.body.errors).toBeUndefined();
    const token = res.headers[READ_AFTER_HEADER.toLowerCase()];
    expect(token).toMatch(LSN);
    const cookie = [res.headers['set-cookie'] ?? []]
      .flat()
      .find((c: string) => c.startsWith(`${READ_AFTER_COOKIE}=`));
    expect(cookie).toMatch(new RegExp(`^${READ_AFTER_COOKIE}=${token}; Path=/; Max-Age=\\d+; HttpOnly`));

    // With the cookie (browser) or the header (API client) it reads its own write: the replica has not
    // replayed it, so the primary answers (and shows the second post too).
    for (const headers of [
      { ...writer.headers, cookie: `${READ_AFTER_COOKIE}=${token}` },
      { ...writer.headers, [READ_AFTER_HEADER]: token },
    ]) {
      const own = await feed(headers);
      expect(own.get(first.id)).toBe('Onze eigen titel');
      expect(own.has(second.id)).toBe(true);
    }
    // Without the token the same library is served by the replica: the routing follows the write, not the tenant.
    expect((await feed(writer.headers)).get(first.id)).toBe(first.title);
    expect((await feed(reader.headers)).has(second.id)).toBe(false);

    await replica.resume();
    await replica.catchUp();
    const caughtUp = await feed(reader.headers);
    expect(caughtUp.get(second.id)).toBe(second.title);
    expect((await feed(writer.headers)).get(first.id)).toBe('Onze eigen titel');
    expect(await rss(reader)).toContain(second.title);
    expect(await programmeLibraries()).toContain(late.id);

    // Once the replica has replayed past the token, the writer is served by the replica again.
    await replica.pause();
    try {
      const third = await publish('Derde landelijke post');
      const withToken = await feed({ ...writer.headers, [READ_AFTER_HEADER]: token });
      expect(withToken.get(first.id)).toBe('Onze eigen titel');
      expect(withToken.has(third.id)).toBe(false);
    } finally {
      await replica.resume();
    }
  });

  it('ignores a malformed token and reads from the primary when the replica is gone', async () => {
    const garbage = await feed({ ...reader.headers, [READ_AFTER_HEADER]: "x'; DROP TABLE posts; --" });
    expect(garbage.has(first.id)).toBe(true);

    await replica.stop();
    const fourth = await publish('Vierde landelijke post');
    expect((await feed(reader.headers)).get(fourth.id)).toBe(fourth.title);
    expect(await rss(reader)).toContain(fourth.title);
  });
});
