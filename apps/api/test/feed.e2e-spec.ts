import { ApiScope, Channel, Role, TenantKind } from '@bibliohub/contracts';
import { PostService, ThemeService } from '@bibliohub/api-content';
import { FeedChangeKind, FeedService, UsageService, type FeedItemType } from '@bibliohub/api-feed';
import type { Actor } from '@bibliohub/api-core';
import {
  bearer,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/** Deterministic PRNG so a failing property run can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;

describe('library feed', () => {
  let t: TestApp;
  let editor: Actor;
  let posts: PostService;
  let feed: FeedService;
  let libA: { id: string; key: string; actor: Actor; headers: Record<string, string> };
  let libB: { id: string; key: string; actor: Actor };
  let themes: string[];

  const libraryActor = (tenantId: string, id: string): Actor => ({
    kind: 'USER',
    id,
    tenantId,
    tenantKind: TenantKind.LIBRARY,
    role: Role.LIBRARY_EDITOR,
    scopes: [],
  });
  const publish = async (input: Parameters<PostService['create']>[1]) => {
    const post = await posts.create(editor, input);
    return posts.publish(editor, post.id, post.version);
  };
  const gqlKey = (key: string, query: string, variables?: Record<string, unknown>) =>
    t.gql(query, variables, bearer(key));

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    posts = t.app.get(PostService);
    feed = t.app.get(FeedService);
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
    const a = await createLibrary(t, {
      displayName: 'DOK Delft',
      city: 'Delft',
      website: 'https://www.dok.info',
    });
    const b = await createLibrary(t, { name: 'Bibliotheek Assen', city: undefined, website: undefined });
    const aUser = await createSignedInUser(t, a.id, Role.LIBRARY_EDITOR);
    const bUser = await createSignedInUser(t, b.id, Role.LIBRARY_EDITOR);
    libA = {
      id: a.id,
      key: (await createApiKey(t, a.id, [ApiScope.FEED_READ, ApiScope.USAGE_WRITE])).key,
      actor: libraryActor(a.id, aUser.user.id),
      headers: aUser.headers,
    };
    libB = {
      id: b.id,
      key: (await createApiKey(t, b.id, [ApiScope.FEED_READ])).key,
      actor: libraryActor(b.id, bUser.user.id),
    };
    const themeService = t.app.get(ThemeService);
    themes = [];
    for (const slug of ['boekenweek', 'digitaal', 'jeugd']) {
      themes.push(
        (
          await themeService.create(editor, {
            kind: 'THEME' as never,
            name: slug,
            slug: `${slug}-${central.slug}`,
            description: '',
            colour: '#123456',
            recursYearly: false,
            active: true,
          })
        ).id,
      );
    }
  });
  afterAll(() => t.close());

  it('delivers published posts to an API key, rendered for that library with fallbacks, never a raw placeholder', async () => {
    const post = await publish({
      title: 'Boekenweek in {{bibliotheek.plaats}}',
      body: 'Kom naar {{bibliotheek.naam}}! Info: {{bibliotheek.website}}',
      themeId: themes[0],
      variants: [{ channel: Channel.X, text: 'Lezen bij {{bibliotheek.naam}}', hashtags: ['boekenweek'] }],
    });
    const query = `query($id: [ID!]) { feed(first: 5, themeIds: $id) { nodes { id title body variants { channel text } theme { slug } } syncCursor } }`;
    const a = await gqlKey(libA.key, query, { id: [themes[0]] });
    const itemA = (a.data as { feed: { nodes: FeedItemType[] } }).feed.nodes.find((n) => n.id === post.id)!;
    expect(itemA).toMatchObject({
      title: 'Boekenweek in Delft',
      body: 'Kom naar DOK Delft! Info: https://www.dok.info',
      variants: [{ channel: 'X', text: 'Lezen bij DOK Delft\n\n#boekenweek'.split('\n\n')[0] }],
    });
    const b = await gqlKey(libB.key, query, { id: [themes[0]] });
    const itemB = (b.data as { feed: { nodes: FeedItemType[] } }).feed.nodes.find((n) => n.id === post.id)!;
    expect(itemB.title).toBe('Boekenweek in jouw buurt');
    expect(itemB.body).toBe('Kom naar Bibliotheek Assen! Info: https://www.bibliotheek.nl');
    expect(JSON.stringify([itemA, itemB])).not.toContain('{{');
  });

  it('leaves out drafts, withdrawn posts and posts outside their window', async () => {
    const draft = await posts.create(editor, { title: 'Concept', body: 'x' });
    const withdrawn = await publish({ title: 'Teruggetrokken', body: 'x' });
    await posts.withdraw(editor, withdrawn.id, withdrawn.version, 'Fout in de tekst');
    const future = await publish({
      title: 'Later',
      body: 'x',
      availableFrom: new Date(Date.now() + 10 * HOUR),
    });
    const past = await publish({ title: 'Voorbij', body: 'x', availableUntil: new Date(Date.now() + 1000) });
    await new Promise((r) => setTimeout(r, 1100));
    const page = await feed.feed(libA.actor, { first: 100 });
    const ids = page.nodes.map((n) => n.id);
    for (const hidden of [draft.id, withdrawn.id, future.id, past.id]) expect(ids).not.toContain(hidden);
  });

  it('pages newest first with opaque cursors, first at most 100', async () => {
    for (let i = 0; i < 5; i++) await publish({ title: `Reeks ${i}`, body: 'x', themeId: themes[2] });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await feed.feed(libA.actor, { first: 2, after, themeIds: [themes[2]] });
      seen.push(...page.nodes.map((n) => n.title));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Reeks 4', 'Reeks 3', 'Reeks 2', 'Reeks 1', 'Reeks 0']);
    const tooMany = await gqlKey(libA.key, `{ feed(first: 101) { nodes { id } } }`);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('needs at most 3 SQL statements per page, for 20 and for 100 items', async () => {
    for (let i = 0; i < 100; i++)
      await publish({
        title: `Veel ${i}`,
        body: 'Welkom bij {{bibliotheek.naam}}',
        themeId: themes[1],
        variants: [{ channel: Channel.FACEBOOK, text: 'fb', hashtags: [] }],
      });
    const statements: string[] = [];
    const logger = t.dataSource.logger as { logQuery: (q: string) => void };
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (q: string) => {
      if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q.trim())) statements.push(q);
    };
    try {
      for (const first of [20, 100]) {
        statements.length = 0;
        const res = await gqlKey(
          libA.key,
          `query($n: Int!) { feed(first: $n) { nodes { id title variants { text } theme { name } } pageInfo { hasNextPage } syncCursor } }`,
          { n: first },
        );
        expect((res.data as { feed: { nodes: unknown[] } }).feed.nodes).toHaveLength(first);
        // API key check (1) + tenant context (1) + the feed statement (1)
        expect(statements.length).toBeLessThanOrEqual(3);
      }
    } finally {
      logger.logQuery = original;
    }
  });

  it('uses the subscription as the default filter and counts posts new since the last visit', async () => {
    await feed.markVisited(libB.actor);
    await publish({ title: 'Nieuw digitaal', body: 'x', themeId: themes[1] });
    await publish({ title: 'Nieuw jeugd', body: 'x', themeId: themes[2] });
    const sub = await feed.updateSubscription(libB.actor, [themes[1]], []);
    expect(sub.newSinceLastVisit).toBe(1);
    const page = await feed.feed(libB.actor, { first: 100 });
    expect(new Set(page.nodes.map((n) => n.theme?.id))).toEqual(new Set([themes[1]]));
    const reset = await feed.updateSubscription(libB.actor, [], []);
    expect(reset.themeIds).toEqual([]);
  });

  it('records usage idempotently, shows it to central editors, and keeps receipts private between libraries', async () => {
    const post = await publish({ title: 'Gebruikt', body: 'x' });
    const mark = `mutation($id: ID!, $at: DateTime!) { markPostUsed(postId: $id, channel: INSTAGRAM, url: "https://instagram.com/p/1", publishedAt: $at) { id } }`;
    const at = new Date().toISOString();
    const first = await gqlKey(libA.key, mark, { id: post.id, at });
    const again = await gqlKey(libA.key, mark, { id: post.id, at });
    expect((again.data as { markPostUsed: { id: string } }).markPostUsed.id).toBe(
      (first.data as { markPostUsed: { id: string } }).markPostUsed.id,
    );
    const readOnly = await gqlKey(libB.key, mark, { id: post.id, at });
    expect(readOnly.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', subCode: 'SCOPE_MISSING' });
    const draft = await posts.create(editor, { title: 'Nog geheim', body: 'x' });
    const hidden = await gqlKey(libA.key, mark, { id: draft.id, at });
    expect(hidden.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const usage = await t.app.get(UsageService).forPost(editor, post.id);
    expect(usage).toMatchObject({
      libraryCount: 1,
      receipts: [{ tenantId: libA.id, channel: 'INSTAGRAM', libraryName: 'DOK Delft' }],
    });
    const bMine = await t.app.get(UsageService).mine(libB.actor, 50);
    expect(bMine.nodes).toEqual([]);
    const inactive = await t.app.get(UsageService).inactiveLibraries(editor, 30);
    expect(inactive.map((l) => l.tenantId)).toContain(libB.id);
    expect(inactive.map((l) => l.tenantId)).not.toContain(libA.id);
  });

  it('refuses the feed to central users and to keys without feed:read', async () => {
    const keyless = (await createApiKey(t, libA.id, [ApiScope.SUBMISSIONS_WRITE])).key;
    const res = await gqlKey(keyless, `{ feed(first: 1) { nodes { id } } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', subCode: 'SCOPE_MISSING' });
  });

  it('delta sync keeps a client copy exactly equal to the feed (property test over random histories)', async () => {
    const lib = libA.actor;
    const themeFilter = themes.slice(0, 2);
    for (const seed of [1, 2, 3]) {
      const random = mulberry32(seed);
      const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];
      const base = Date.now();
      let clock = base;
      const at = () => new Date(clock);
      const readAll = async () => {
        const items = new Map<string, FeedItemType>();
        let after: string | null = null;
        let cursor = '';
        do {
          const page = await feed.feed(lib, { first: 100, after }, at());
          if (!cursor) cursor = page.syncCursor;
          for (const n of page.nodes) items.set(n.id, n);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        return { items, cursor };
      };
      const initial = await readAll();
      const copy = initial.items;
      let cursor = initial.cursor;
      const mine: { id: string; version: number; status: string }[] = [];
      for (let step = 0; step < 30; step++) {
        const roll = random();
        const published = mine.filter((p) => p.status === 'PUBLISHED');
        if (roll < 0.3) {
          const from = random() < 0.3 ? new Date(clock + Math.floor(random() * 5) * HOUR) : null;
          const until = random() < 0.4 ? new Date(clock + (1 + Math.floor(random() * 6)) * HOUR) : null;
          const p = await publish({
            title: `P${seed}-${step}`,
            body: 'Bij {{bibliotheek.naam}}',
            themeId: pick(themes),
            availableFrom: from,
            availableUntil: until && from && until <= from ? null : until,
          });
          mine.push({ id: p.id, version: p.version, status: p.status });
        } else if (roll < 0.45 && published.length) {
          const p = pick(published)!;
          const u = await posts.update(editor, p.id, p.version, { title: `Bewerkt ${seed}-${step}` });
          p.version = u.version;
        } else if (roll < 0.55 && published.length) {
          const p = pick(published)!;
          const w = await posts.withdraw(editor, p.id, p.version, `Reden ${step}`);
          Object.assign(p, { version: w.version, status: w.status });
        } else if (roll < 0.62 && mine.some((p) => p.status === 'WITHDRAWN')) {
          const p = pick(mine.filter((x) => x.status === 'WITHDRAWN'))!;
          const r =
            random() < 0.5
              ? await posts.publish(editor, p.id, p.version)
              : await posts.archive(editor, p.id, p.version);
          Object.assign(p, { version: r.version, status: r.status });
        } else if (roll < 0.75) {
          const subset = themeFilter.filter(() => random() < 0.6);
          await feed.updateSubscription(lib, subset, random() < 0.2 ? [Channel.FACEBOOK] : []);
        } else {
          clock += Math.floor(1 + random() * 3) * HOUR;
        }
        if (random() < 0.5 || step === 29) {
          const delta = await feed.changes(lib, cursor, at());
          expect(delta.resetRequired).toBe(false);
          for (const change of delta.changes) {
            if (change.kind === FeedChangeKind.UPSERT) copy.set(change.postId, change.item!);
            else copy.delete(change.postId);
          }
          cursor = delta.cursor;
          const truth = (await readAll()).items;
          const summary = (m: Map<string, FeedItemType>) =>
            [...m.values()]
              .map((i) => `${i.id}:${i.version}:${i.title}:${i.variants.map((v) => v.channel).join(',')}`)
              .sort();
          expect({ seed, step, items: summary(copy) }).toEqual({ seed, step, items: summary(truth) });
        }
      }
      await feed.updateSubscription(lib, [], []);
    }
  });

  it('reports a withdrawal in delta sync as REMOVE with the editors’ reason', async () => {
    const start = await feed.feed(libA.actor, { first: 1 });
    const post = await publish({ title: 'Even zichtbaar', body: 'x' });
    const withdrawn = await posts.withdraw(editor, post.id, post.version, 'Afbeelding zonder toestemming');
    expect(withdrawn.status).toBe('WITHDRAWN');
    const delta = await feed.changes(libA.actor, start.syncCursor);
    expect(delta.changes.find((c) => c.postId === post.id)).toMatchObject({
      kind: 'REMOVE',
      reason: 'WITHDRAWN',
      message: 'Afbeelding zonder toestemming',
    });
  });
});

describe('feed syndication and HTTP caching', () => {
  let t: TestApp;
  let key: string;
  let libraryId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    const editorUser = await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR);
    const editor: Actor = {
      kind: 'USER',
      id: editorUser.user.id,
      tenantId: central.id,
      tenantKind: TenantKind.CENTRAL,
      role: Role.CENTRAL_EDITOR,
      scopes: [],
    };
    const lib = await createLibrary(t, {
      displayName: 'Bieb & Co <Delft>',
      city: 'Delft',
      website: 'https://www.dok.info',
    });
    libraryId = lib.id;
    key = (await createApiKey(t, lib.id, [ApiScope.FEED_READ])).key;
    admin = (await createSignedInUser(t, lib.id, Role.LIBRARY_ADMIN)).headers;
    const posts = t.app.get(PostService);
    for (const title of ['Lezen & schrijven bij {{bibliotheek.naam}}', 'Tweede bericht']) {
      const p = await posts.create(editor, {
        title,
        body: 'Kom naar {{bibliotheek.naam}} <nu>!',
        variants: [
          {
            channel: Channel.INSTAGRAM,
            text: 'Insta {{bibliotheek.plaats}}',
            hashtags: ['lezen'],
            link: '{{bibliotheek.website}}',
          },
        ],
      });
      await posts.publish(editor, p.id, p.version);
    }
  });
  afterAll(() => t.close());

  const links = async () => {
    const res = await t.gql<{ feedLinks: { channel: string; rss: string; atom: string }[] }>(
      `{ feedLinks { channel rss atom } }`,
      {},
      bearer(key),
    );
    return res.data!.feedLinks.find((l) => l.channel === 'INSTAGRAM')!;
  };
  const path = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

  it('serves well-formed RSS 2.0 and Atom, personalised and escaped, with caching headers and 304', async () => {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const { rss, atom } = await links();
    const r = await t.http().get(path(rss)).expect(200);
    expect(r.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(r.headers['cache-control']).toBe('public, max-age=300');
    expect(XMLValidator.validate(r.text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.text) as {
      rss: {
        '@_version': string;
        channel: {
          title: string;
          item: {
            title: string;
            description: string;
            guid: { '#text': string };
            pubDate: string;
            link: string;
          }[];
        };
      };
    };
    expect(doc.rss['@_version']).toBe('2.0');
    const items = doc.rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.title)).toContain(
      'Lezen &amp; schrijven bij Bieb &amp; Co &lt;Delft&gt;'
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
    expect(items[0]!.description).toContain('Insta Delft');
    expect(items[0]!.link).toBe('https://www.dok.info');
    expect(items[0]!.guid['#text']).toMatch(/^urn:uuid:/);
    expect(Number.isNaN(Date.parse(items[0]!.pubDate))).toBe(false);
    expect(r.text).not.toContain('{{');
    const again = await t.http().get(path(rss)).set('If-None-Match', r.headers['etag']!);
    expect(again.status).toBe(304);

    const a = await t.http().get(path(atom)).expect(200);
    expect(a.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(a.text)).toBe(true);
    const atomDoc = new XMLParser({ ignoreAttributes: false }).parse(a.text) as {
      feed: {
        '@_xmlns': string;
        id: string;
        updated: string;
        entry: { id: string; updated: string; content: { '#text': string } }[];
      };
    };
    expect(atomDoc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atomDoc.feed.entry).toHaveLength(2);
    expect(atomDoc.feed.entry[0]!.id).toMatch(/^urn:uuid:/);
  });

  it('refuses wrong or rotated tokens and tokens of another library with a plain 404', async () => {
    const { rss } = await links();
    const wrong = await t.http().get(path(rss).replace(/token=[^&]+/, 'token=nope'));
    expect(wrong.status).toBe(404);
    expect(wrong.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', subCode: 'FEED_NOT_FOUND' });
    const other = await createLibrary(t);
    expect((await t.http().get(path(rss).replace(libraryId, other.id))).status).toBe(404);
    await t.gql(`mutation { rotateFeedToken { channel } }`, {}, admin);
    expect((await t.http().get(path(rss))).status).toBe(404);
    expect((await t.http().get(path((await links()).rss))).status).toBe(200);
  });

  it('lets clients cache feed reads over GET: private caching and 304 on a matching ETag', async () => {
    const query = encodeURIComponent('{ feed(first: 5) { nodes { id title } } }');
    const first = await t
      .http()
      .get(`/graphql?query=${query}`)
      .set(bearer(key))
      .set('apollo-require-preflight', 'true')
      .expect(200);
    expect(first.headers['cache-control']).toBe('private, max-age=30');
    expect(first.headers['vary']).toContain('Authorization');
    const second = await t
      .http()
      .get(`/graphql?query=${query}`)
      .set(bearer(key))
      .set('apollo-require-preflight', 'true')
      .set('If-None-Match', first.headers['etag']!);
    expect(second.status).toBe(304);
    const post = await t
      .http()
      .post('/graphql')
      .set(bearer(key))
      .send({ query: '{ feed(first: 1) { nodes { id } } }' });
    expect(post.headers['cache-control']).not.toBe('private, max-age=30');
  });
});
