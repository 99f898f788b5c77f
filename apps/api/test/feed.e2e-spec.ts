import { ApiScope, Channel, Role, TenantKind } from '@bibliohub/contracts';
import { PostService, ThemeService } from '@bibliohub/api-content';
import {
  FeedChangeKind,
  FeedService,
  OverrideService,
  UsageService,
  type FeedItemType,
  type PostOverrideInput,
} from '@bibliohub/api-feed';
import { JobWorker, requestContext, type Actor } from '@bibliohub/api-core';
import {
  asOwner,
  bearer,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';
import { createAsset, makeImage } from './asset-test-helpers.js';

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
    const many: { id: string; version: number }[] = [];
    for (let i = 0; i < 100; i++)
      many.push(
        await publish({
          title: `Veel ${i}`,
          body: 'Welkom bij {{bibliotheek.naam}}',
          themeId: themes[1],
          variants: [{ channel: Channel.FACEBOOK, text: 'fb', hashtags: [] }],
        }),
      );
    // Local overrides (one with an upstream change since) come with the same statement.
    const overrides = t.app.get(OverrideService);
    for (const p of many.slice(-5))
      await overrides.set(libA.actor, p.id, {
        title: 'Eigen {{bibliotheek.naam}}',
        variants: [{ channel: Channel.FACEBOOK, text: 'eigen fb' }],
        version: 0,
      });
    await posts.update(editor, many[99].id, many[99].version, { title: 'Veel 99, bijgewerkt' });

    const query = `query($n: Int!) { feed(first: $n) { nodes { id title variants { text } theme { name } overridden upstreamChanges { field before after } } pageInfo { hasNextPage } syncCursor } }`;
    // Warm-up: the key's last-used time is written at most once a minute, not on the measured requests.
    await gqlKey(libA.key, query, { n: 1 });
    const statements: string[] = [];
    let requestId = '';
    const logger = t.dataSource.logger as { logQuery: (q: string) => void };
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (q: string) => {
      // Only the measured request's statements: background work (job worker, webhooks) runs meanwhile.
      if (requestContext.getStore()?.requestId !== requestId) return;
      if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(q.trim())) statements.push(q);
    };
    try {
      for (const first of [20, 100]) {
        statements.length = 0;
        requestId = `statement-count-${first}`;
        const res = await t.gql(query, { n: first }, { ...bearer(libA.key), 'x-request-id': requestId });
        const nodes = (res.data as { feed: { nodes: FeedItemType[] } }).feed.nodes;
        expect(nodes).toHaveLength(first);
        const mine = nodes.filter((n) => n.overridden.length);
        expect(mine.map((n) => n.title)).toEqual(Array(5).fill('Eigen DOK Delft'));
        expect(mine[0].upstreamChanges).toEqual([
          { field: 'title', before: 'Veel 99', after: 'Veel 99, bijgewerkt' },
        ]);
        // API key check (1) + tenant context (1) + the feed statement (1)
        expect(statements.length).toBeGreaterThan(0);
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
    const overrides = t.app.get(OverrideService);
    const themeFilter = themes.slice(0, 2);
    const STEPS = 40;
    const overrideOps = { set: 0, clear: 0, centralEdit: 0, resolve: 0 };
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
      type Mine = { id: string; version: number; status: string; facebook: boolean; overridden: boolean };
      const mine: (Mine & { pending?: boolean })[] = [];
      for (let step = 0; step < STEPS; step++) {
        const roll = random();
        const published = mine.filter((p) => p.status === 'PUBLISHED');
        if (roll < 0.3 && published.length) {
          // The library changes its copy, or the editors change a post the library overrode.
          const op = random();
          const overridden = published.filter((p) => p.overridden);
          const pending = published.filter((p) => p.pending);
          let mode = op < 0.3 ? 'set' : op < 0.42 ? 'clear' : op < 0.7 ? 'central' : 'resolve';
          if (mode === 'resolve' && !pending.length) mode = 'central';
          const p =
            mode === 'resolve'
              ? pick(pending)!
              : mode !== 'set' && overridden.length
                ? pick(overridden)!
                : pick(published)!;
          const current = await overrides.get(lib, p.id);
          if (mode === 'set') {
            const input: PostOverrideInput = { version: current.version };
            if (random() < 0.6) input.title = `Lokaal ${seed}-${step} in {{bibliotheek.plaats}}`;
            if (random() < 0.4) input.body = `Eigen tekst ${seed}-${step} van {{bibliotheek.naam}}`;
            if (p.facebook && random() < 0.5)
              input.variants = [{ channel: Channel.FACEBOOK, text: `Eigen FB ${step}`, hashtags: ['eigen'] }];
            if (!input.title && !input.body && !input.variants) input.title = `Lokaal ${seed}-${step}`;
            await overrides.set(lib, p.id, input);
            p.overridden = true;
            overrideOps.set++;
          } else if (mode === 'clear') {
            const fields = current.fields.map((f) => f.field).filter(() => random() < 0.5);
            const after = await overrides.clear(lib, p.id, fields);
            Object.assign(p, {
              overridden: after.fields.length > 0,
              pending: after.upstreamChanges.length > 0,
            });
            overrideOps.clear++;
          } else if (mode === 'central') {
            // Mostly a field the library overrode, so the change shows as an upstream change.
            const target = random() < 0.7 ? pick(current.fields)?.field : undefined;
            const what =
              target === 'title' ? 0 : target === 'body' ? 0.5 : target ? 0.7 + random() * 0.3 : random();
            const facebook = what < 0.7 ? p.facebook : random() < 0.8;
            const u = await posts.update(
              editor,
              p.id,
              p.version,
              what < 0.35
                ? { title: `Centraal ${seed}-${step}` }
                : what < 0.7
                  ? { body: `Centrale tekst ${seed}-${step} bij {{bibliotheek.naam}}` }
                  : {
                      variants: facebook
                        ? [{ channel: Channel.FACEBOOK, text: `Centraal FB ${step}`, hashtags: [] }]
                        : [],
                    },
            );
            Object.assign(p, { version: u.version, facebook, pending: p.pending || !!target });
            overrideOps.centralEdit++;
          } else {
            const decisions = current.upstreamChanges.map((c) => ({ field: c.field, take: random() < 0.5 }));
            const after = await overrides.resolve(lib, p.id, decisions);
            Object.assign(p, { overridden: after.fields.length > 0, pending: false });
            overrideOps.resolve += decisions.length;
          }
        } else if (roll < 0.5) {
          const from = random() < 0.3 ? new Date(clock + Math.floor(random() * 5) * HOUR) : null;
          const until = random() < 0.4 ? new Date(clock + (1 + Math.floor(random() * 6)) * HOUR) : null;
          const facebook = random() < 0.5;
          const p = await publish({
            title: `P${seed}-${step}`,
            body: 'Bij {{bibliotheek.naam}}',
            themeId: pick(themes),
            variants: facebook
              ? [
                  {
                    channel: Channel.FACEBOOK,
                    text: `FB ${seed}-${step} {{bibliotheek.naam}}`,
                    hashtags: ['lezen'],
                  },
                ]
              : [],
            availableFrom: from,
            availableUntil: until && from && until <= from ? null : until,
          });
          mine.push({ id: p.id, version: p.version, status: p.status, facebook, overridden: false });
        } else if (roll < 0.58 && published.length) {
          const p = pick(published)!;
          const u = await posts.update(editor, p.id, p.version, { title: `Bewerkt ${seed}-${step}` });
          p.version = u.version;
        } else if (roll < 0.65 && published.length) {
          const p = pick(published)!;
          const w = await posts.withdraw(editor, p.id, p.version, `Reden ${step}`);
          Object.assign(p, { version: w.version, status: w.status });
        } else if (roll < 0.7 && mine.some((p) => p.status === 'WITHDRAWN')) {
          const p = pick(mine.filter((x) => x.status === 'WITHDRAWN'))!;
          const r =
            random() < 0.5
              ? await posts.publish(editor, p.id, p.version)
              : await posts.archive(editor, p.id, p.version);
          Object.assign(p, { version: r.version, status: r.status });
        } else if (roll < 0.8) {
          const subset = themeFilter.filter(() => random() < 0.6);
          await feed.updateSubscription(lib, subset, random() < 0.2 ? [Channel.FACEBOOK] : []);
        } else {
          clock += Math.floor(1 + random() * 3) * HOUR;
        }
        if (random() < 0.5 || step === STEPS - 1) {
          const delta = await feed.changes(lib, cursor, at());
          expect(delta.resetRequired).toBe(false);
          for (const change of delta.changes) {
            if (change.kind === FeedChangeKind.UPSERT) copy.set(change.postId, change.item!);
            else copy.delete(change.postId);
          }
          cursor = delta.cursor;
          const truth = (await readAll()).items;
          // Rendered content included: overrides applied, placeholders filled, upstream changes listed.
          const summary = (m: Map<string, FeedItemType>) =>
            [...m.values()]
              .map((i) =>
                [
                  i.id,
                  i.version,
                  i.title,
                  i.body,
                  i.variants.map((v) => `${v.channel}=${v.text}#${v.hashtags.join(',')}`).join('|'),
                  i.overridden.join(','),
                  i.upstreamChanges.map((c) => `${c.field}:${c.before}>${c.after}`).join('|'),
                ].join(':'),
              )
              .sort();
          const truthSummary = summary(truth);
          expect({ seed, step, items: summary(copy) }).toEqual({ seed, step, items: truthSummary });
          expect(truthSummary.join('\n')).not.toContain('{{');
        }
      }
      await feed.updateSubscription(lib, [], []);
    }
    // The histories did exercise every kind of override operation.
    for (const count of Object.values(overrideOps)) expect(count).toBeGreaterThan(0);
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
    expect(items[0].description).toContain('Insta Delft');
    expect(items[0].link).toBe('https://www.dok.info');
    expect(items[0].guid['#text']).toMatch(/^urn:uuid:/);
    expect(Number.isNaN(Date.parse(items[0].pubDate))).toBe(false);
    expect(r.text).not.toContain('{{');
    const again = await t.http().get(path(rss)).set('If-None-Match', r.headers['etag']);
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
    expect(atomDoc.feed.entry[0].id).toMatch(/^urn:uuid:/);
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
      .set('If-None-Match', first.headers['etag']);
    expect(second.status).toBe(304);
    const post = await t
      .http()
      .post('/graphql')
      .set(bearer(key))
      .send({ query: '{ feed(first: 1) { nodes { id } } }' });
    expect(post.headers['cache-control']).not.toBe('private, max-age=30');
  });
});

describe('feed items with attached assets', () => {
  let t: TestApp;
  let editorHeaders: Record<string, string>;
  let key: string;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    editorHeaders = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    const lib = await createLibrary(t, { displayName: 'DOK Delft' });
    key = (await createApiKey(t, lib.id, [ApiScope.FEED_READ])).key;
  });
  afterAll(() => t.close());

  it('delivers asset download addresses per rendition, and drops the post when an asset expires (delta sync says why)', async () => {
    const asset = await createAsset(t, editorHeaders, 'PHOTO', 'voorlezen.png', await makeImage(800, 600), {
      altText: 'Kinderen luisteren naar een voorlezer in {{bibliotheek.naam}}',
    });
    await t.app.get(JobWorker).runUntilIdle();
    const created = await t.gql<{ createPost: { id: string; version: number } }>(
      `mutation { createPost(input: { title: "Met beeld", body: "x" }) { id version } }`,
      {},
      editorHeaders,
    );
    const post = created.data!.createPost;
    const attached = await t.gql<{ setPostAssets: { version: number } }>(
      `mutation($id: ID!, $a: ID!) { setPostAssets(postId: $id, assets: [{ assetId: $a }]) { version } }`,
      { id: post.id, a: asset.id },
      editorHeaders,
    );
    await t.gql(
      `mutation($id: ID!, $v: Int!) { publishPost(id: $id, version: $v) { id } }`,
      { id: post.id, v: attached.data!.setPostAssets.version },
      editorHeaders,
    );

    const query = `{ feed(first: 10) { nodes { id assets { id altText files { rendition url mimeType width } } } syncCursor } }`;
    const first = await t.gql<{
      feed: {
        nodes: {
          id: string;
          assets: {
            id: string;
            altText: string;
            files: { rendition: string; url: string; mimeType: string; width: number }[];
          }[];
        }[];
        syncCursor: string;
      };
    }>(query, {}, bearer(key));
    const item = first.data!.feed.nodes.find((n) => n.id === post.id)!;
    expect(item.assets[0].altText).toBe('Kinderen luisteren naar een voorlezer in DOK Delft');
    const renditions = item.assets[0].files.map((f) => f.rendition).sort();
    expect(renditions).toEqual(expect.arrayContaining(['original', 'thumb', 'preview']));
    const thumb = item.assets[0].files.find((f) => f.rendition === 'thumb')!;
    expect(thumb).toMatchObject({ mimeType: 'image/webp', width: 320 });
    const downloaded = await t.http().get(new URL(thumb.url).pathname).set(bearer(key));
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('image/webp');

    // The asset's validity runs out without anyone touching the post.
    await asOwner(t, `UPDATE assets SET valid_until = now() + interval '1 second' WHERE id = $1`, [asset.id]);
    await new Promise((r) => setTimeout(r, 1500));
    const after = await t.gql<{ feed: { nodes: { id: string }[] } }>(
      `{ feed(first: 10) { nodes { id } } }`,
      {},
      bearer(key),
    );
    expect(after.data!.feed.nodes.map((n) => n.id)).not.toContain(post.id);
    const delta = await t.gql<{
      feedChanges: { changes: { postId: string; kind: string; reason: string | null }[] };
    }>(
      `query($since: String!) { feedChanges(since: $since) { changes { postId kind reason } } }`,
      { since: first.data!.feed.syncCursor },
      bearer(key),
    );
    expect(delta.data!.feedChanges.changes.find((c) => c.postId === post.id)).toEqual({
      postId: post.id,
      kind: 'REMOVE',
      reason: 'ASSET_UNAVAILABLE',
    });
  });
});
