import { ApiScope, Channel, Role, TenantKind } from '@bibliohub/contracts';
import { PostService } from '@bibliohub/api-content';
import { TenantDb, type Actor } from '@bibliohub/api-core';
import { FeedService, type FeedItemType, type PostOverrideType } from '@bibliohub/api-feed';
import {
  asOwner,
  bearer,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type GqlResponse,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const OVERRIDE = `postId version fields { field local upstream } upstreamChanges { field before after }`;
const ITEM = `id title body variants { channel text hashtags link callToAction } overridden upstreamChanges { field before after } version`;

interface Library {
  id: string;
  headers: Record<string, string>;
  key: string;
  actor: Actor;
}

describe('local overrides', () => {
  let t: TestApp;
  let editor: Actor;
  let editorHeaders: Record<string, string>;
  let posts: PostService;
  let feed: FeedService;
  let libA: Library;
  let libB: Library;
  let libC: Library;

  const publish = async (input: Parameters<PostService['create']>[1]) => {
    const post = await posts.create(editor, input);
    return posts.publish(editor, post.id, post.version);
  };
  const edit = async (id: string, input: Parameters<PostService['update']>[3]) => {
    const current = await posts.get(editor, id);
    return posts.update(editor, id, current.version, input);
  };

  const get = (lib: Library, postId: string) =>
    t.gql<{ postOverride: PostOverrideType }>(
      `query($id: ID!) { postOverride(postId: $id) { ${OVERRIDE} } }`,
      { id: postId },
      lib.headers,
    );
  const set = (lib: Library, postId: string, input: Record<string, unknown>) =>
    t.gql<{ setPostOverride: PostOverrideType }>(
      `mutation($id: ID!, $input: PostOverrideInput!) { setPostOverride(postId: $id, input: $input) { ${OVERRIDE} } }`,
      { id: postId, input },
      lib.headers,
    );
  const clear = (lib: Library, postId: string, fields: string[], version?: number) =>
    t.gql<{ clearPostOverride: PostOverrideType }>(
      `mutation($id: ID!, $fields: [String!]!, $version: Int) { clearPostOverride(postId: $id, fields: $fields, version: $version) { ${OVERRIDE} } }`,
      { id: postId, fields, version },
      lib.headers,
    );
  const resolve = (lib: Library, postId: string, decisions: { field: string; take: boolean }[]) =>
    t.gql<{ resolveUpstreamChanges: PostOverrideType }>(
      `mutation($id: ID!, $d: [UpstreamDecisionInput!]!) { resolveUpstreamChanges(postId: $id, decisions: $d) { ${OVERRIDE} } }`,
      { id: postId, d: decisions },
      lib.headers,
    );
  /** The post as it appears in the library's feed (over its API key), or undefined. */
  const item = async (lib: Library, postId: string): Promise<FeedItemType | undefined> => {
    const res = await t.gql<{ feed: { nodes: FeedItemType[] } }>(
      `{ feed(first: 100) { nodes { ${ITEM} } } }`,
      {},
      bearer(lib.key),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.feed.nodes.find((n) => n.id === postId);
  };
  const ok = <T>(res: GqlResponse<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions;

  const library = async (overrides: Parameters<typeof createLibrary>[1]): Promise<Library> => {
    const tenant = await createLibrary(t, overrides);
    const user = await createSignedInUser(t, tenant.id, Role.LIBRARY_EDITOR);
    return {
      id: tenant.id,
      headers: user.headers,
      key: (await createApiKey(t, tenant.id, [ApiScope.FEED_READ])).key,
      actor: {
        kind: 'USER',
        id: user.user.id,
        tenantId: tenant.id,
        tenantKind: TenantKind.LIBRARY,
        role: Role.LIBRARY_EDITOR,
        scopes: [],
      },
    };
  };

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    posts = t.app.get(PostService);
    feed = t.app.get(FeedService);
    const central = await createCentral(t);
    const editorUser = await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR);
    editorHeaders = editorUser.headers;
    editor = {
      kind: 'USER',
      id: editorUser.user.id,
      tenantId: central.id,
      tenantKind: TenantKind.CENTRAL,
      role: Role.CENTRAL_EDITOR,
      scopes: [],
    };
    libA = await library({ displayName: 'DOK Delft', city: 'Delft', website: 'https://www.dok.info' });
    libB = await library({
      displayName: 'Bibliotheek Assen',
      city: 'Assen',
      website: 'https://assen.example.nl',
    });
    libC = await library({ displayName: 'Bibliotheek Zwolle', city: 'Zwolle' });
  });
  afterAll(() => t.close());

  it('overrides only the given fields of the library’s own copy, rendered with its profile', async () => {
    const post = await publish({
      title: 'Boekenweek',
      body: 'Kom naar {{bibliotheek.naam}}',
      variants: [
        { channel: Channel.X, text: 'Lezen!', hashtags: ['boekenweek'] },
        { channel: Channel.FACEBOOK, text: 'FB tekst', hashtags: [], link: 'https://www.bibliotheek.nl' },
      ],
    });
    const res = ok(
      await set(libA, post.id, {
        title: 'Boekenweek in {{bibliotheek.plaats}}',
        variants: [
          { channel: 'X', hashtags: ['delft', '#lezen'] },
          { channel: 'FACEBOOK', link: null },
        ],
        version: 0,
      }),
    ).setPostOverride;
    expect(res).toEqual({
      postId: post.id,
      version: 1,
      fields: [
        { field: 'title', local: 'Boekenweek in {{bibliotheek.plaats}}', upstream: 'Boekenweek' },
        { field: 'variants.FACEBOOK.link', local: null, upstream: 'https://www.bibliotheek.nl' },
        { field: 'variants.X.hashtags', local: '#delft #lezen', upstream: '#boekenweek' },
      ],
      upstreamChanges: [],
    });

    const mine = await item(libA, post.id);
    expect(mine).toMatchObject({
      title: 'Boekenweek in Delft',
      body: 'Kom naar DOK Delft',
      overridden: ['title', 'variants.FACEBOOK.link', 'variants.X.hashtags'],
      upstreamChanges: [],
    });
    expect(mine!.variants).toEqual([
      { channel: 'FACEBOOK', text: 'FB tekst', hashtags: [], link: null, callToAction: null },
      { channel: 'X', text: 'Lezen!', hashtags: ['delft', 'lezen'], link: null, callToAction: null },
    ]);
    expect(JSON.stringify(mine)).not.toContain('{{');

    const theirs = await item(libB, post.id);
    expect(theirs).toMatchObject({ title: 'Boekenweek', body: 'Kom naar Bibliotheek Assen', overridden: [] });
    expect(theirs!.variants.find((v) => v.channel === Channel.X)!.hashtags).toEqual(['boekenweek']);

    const more = ok(await set(libA, post.id, { body: 'Eigen tekst', version: 1 })).setPostOverride;
    expect(more.version).toBe(2);
    expect(more.fields.map((f) => f.field)).toEqual([
      'title',
      'body',
      'variants.FACEBOOK.link',
      'variants.X.hashtags',
    ]);
    expect((await item(libA, post.id))!.body).toBe('Eigen tekst');
  });

  it('checks the merged copy against the post rules and stores nothing when it fails', async () => {
    const post = await publish({
      title: 'Regels',
      body: 'x',
      variants: [{ channel: Channel.X, text: 'kort', hashtags: [] }],
    });
    const placeholder = await set(libA, post.id, { title: 'Hallo {{bibliotheek.onbekend}}', version: 0 });
    expect(errorOf(placeholder)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'INVALID_PLACEHOLDER' });
    expect(JSON.stringify(errorOf(placeholder))).toContain('"field":"title"');
    const tooLong = await set(libA, post.id, {
      variants: [{ channel: 'X', text: 'a'.repeat(300) }],
      version: 0,
    });
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'CHANNEL_LIMIT_EXCEEDED' });
    const noVariant = await set(libA, post.id, {
      variants: [{ channel: 'INSTAGRAM', text: 'x' }],
      version: 0,
    });
    expect(errorOf(noVariant)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'VARIANT_NOT_FOUND' });
    const nothing = await set(libA, post.id, { version: 0 });
    expect(errorOf(nothing)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'NOTHING_TO_OVERRIDE' });
    const empty = await set(libA, post.id, { title: '', version: 0 });
    expect(errorOf(empty)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'VALIDATION_FAILED' });
    expect(ok(await get(libA, post.id)).postOverride).toMatchObject({ version: 0, fields: [] });
  });

  it('answers NOT_FOUND for posts the library cannot see: drafts, withdrawn, unknown and malformed ids', async () => {
    const draft = await posts.create(editor, { title: 'Concept', body: 'x' });
    const withdrawn = await publish({ title: 'Weg', body: 'x' });
    await posts.withdraw(editor, withdrawn.id, withdrawn.version, 'Fout');
    for (const id of [draft.id, withdrawn.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      for (const res of [
        await get(libA, id),
        await set(libA, id, { title: 'x', version: 0 }),
        await clear(libA, id, []),
        await resolve(libA, id, [{ field: 'title', take: true }]),
      ])
        expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', subCode: 'POST_NOT_FOUND' });
    }
  });

  it('refuses a stale version with CONFLICT', async () => {
    const post = await publish({ title: 'Versies', body: 'x' });
    ok(await set(libA, post.id, { title: 'Een', version: 0 }));
    const stale = await set(libA, post.id, { title: 'Twee', version: 0 });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', subCode: 'STALE_VERSION', currentVersion: 1 });
    const staleClear = await clear(libA, post.id, [], 7);
    expect(errorOf(staleClear)).toMatchObject({ code: 'CONFLICT', subCode: 'STALE_VERSION' });
    // Two first overrides at once: one wins, the other is told to reload (no duplicate, no lost write).
    const racer = await publish({ title: 'Race', body: 'x' });
    const results = await Promise.all([
      set(libA, racer.id, { title: 'Links', version: 0 }),
      set(libA, racer.id, { title: 'Rechts', version: 0 }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.code === 'CONFLICT')).toHaveLength(1);
    expect(ok(await get(libA, racer.id)).postOverride.version).toBe(1);
  });

  it('shows which overridden fields changed upstream (before/after) and resolves them per field', async () => {
    const post = await publish({
      title: 'Origineel',
      body: 'Tekst',
      variants: [{ channel: Channel.X, text: 'X-tekst {{bibliotheek.naam}}', hashtags: [] }],
    });
    ok(
      await set(libA, post.id, {
        title: 'Mijn titel',
        variants: [{ channel: 'X', text: 'Mijn X' }],
        version: 0,
      }),
    );
    await edit(post.id, {
      title: 'Nieuwe titel',
      body: 'Nieuwe tekst',
      variants: [{ channel: Channel.X, text: 'Nieuwe X {{bibliotheek.naam}}', hashtags: [] }],
    });

    const o = ok(await get(libA, post.id)).postOverride;
    expect(o.upstreamChanges).toEqual([
      { field: 'title', before: 'Origineel', after: 'Nieuwe titel' },
      {
        field: 'variants.X.text',
        before: 'X-tekst {{bibliotheek.naam}}',
        after: 'Nieuwe X {{bibliotheek.naam}}',
      },
    ]);
    expect(o.fields).toEqual([
      { field: 'title', local: 'Mijn titel', upstream: 'Nieuwe titel' },
      { field: 'variants.X.text', local: 'Mijn X', upstream: 'Nieuwe X {{bibliotheek.naam}}' },
    ]);
    // In the feed: own values stay until decided, a field not overridden follows the central post, and
    // the changes are rendered for the library.
    expect(await item(libA, post.id)).toMatchObject({
      title: 'Mijn titel',
      body: 'Nieuwe tekst',
      variants: [{ channel: 'X', text: 'Mijn X' }],
      overridden: ['title', 'variants.X.text'],
      upstreamChanges: [
        { field: 'title', before: 'Origineel', after: 'Nieuwe titel' },
        { field: 'variants.X.text', before: 'X-tekst DOK Delft', after: 'Nieuwe X DOK Delft' },
      ],
    });

    // Editing an own value again does not make a pending upstream change disappear.
    const edited = ok(
      await set(libA, post.id, { title: 'Mijn titel 2', version: o.version }),
    ).setPostOverride;
    expect(edited.upstreamChanges.map((c) => c.field)).toEqual(['title', 'variants.X.text']);

    const resolved = ok(
      await resolve(libA, post.id, [
        { field: 'title', take: true },
        { field: 'variants.X.text', take: false },
      ]),
    ).resolveUpstreamChanges;
    expect(resolved).toMatchObject({
      fields: [{ field: 'variants.X.text', local: 'Mijn X' }],
      upstreamChanges: [],
      version: edited.version + 1,
    });
    expect(await item(libA, post.id)).toMatchObject({
      title: 'Nieuwe titel',
      variants: [{ channel: 'X', text: 'Mijn X' }],
      overridden: ['variants.X.text'],
      upstreamChanges: [],
    });
    // Resolving again changes nothing (a retry is harmless).
    expect(
      ok(await resolve(libA, post.id, [{ field: 'title', take: true }])).resolveUpstreamChanges.version,
    ).toBe(resolved.version);

    // The next central edit is measured from the kept decision.
    await edit(post.id, { variants: [{ channel: Channel.X, text: 'Derde X', hashtags: [] }] });
    expect(ok(await get(libA, post.id)).postOverride.upstreamChanges).toEqual([
      { field: 'variants.X.text', before: 'Nieuwe X {{bibliotheek.naam}}', after: 'Derde X' },
    ]);
    // A central edit of a field the library did not override is no upstream change.
    await edit(post.id, { body: 'Nog nieuwer' });
    expect(ok(await get(libA, post.id)).postOverride.upstreamChanges).toHaveLength(1);

    // The variant disappears centrally: the override no longer applies, and shows as changed to nothing.
    await edit(post.id, { variants: [{ channel: Channel.FACEBOOK, text: 'Alleen FB', hashtags: [] }] });
    expect(ok(await get(libA, post.id)).postOverride.upstreamChanges).toEqual([
      { field: 'variants.X.text', before: 'Nieuwe X {{bibliotheek.naam}}', after: null },
    ]);
    expect((await item(libA, post.id))!.variants.map((v) => v.channel)).toEqual(['FACEBOOK']);
    const taken = ok(
      await resolve(libA, post.id, [{ field: 'variants.X.text', take: true }]),
    ).resolveUpstreamChanges;
    expect(taken).toMatchObject({ fields: [], upstreamChanges: [] });

    const bad = await resolve(libA, post.id, [{ field: 'variants.X.kleur', take: true }]);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'INVALID_FIELD' });
  });

  it('clears single fields, whole variants or everything', async () => {
    const post = await publish({
      title: 'Wissen',
      body: 'Centraal',
      variants: [{ channel: Channel.INSTAGRAM, text: 'Insta', hashtags: ['a'] }],
    });
    ok(
      await set(libA, post.id, {
        title: 'T',
        body: 'B',
        variants: [{ channel: 'INSTAGRAM', text: 'I', hashtags: ['b'], callToAction: 'Reserveer nu' }],
        version: 0,
      }),
    );
    const fields = (o: PostOverrideType) => o.fields.map((f) => f.field);
    let o = ok(await clear(libA, post.id, ['variants.INSTAGRAM'])).clearPostOverride;
    expect(fields(o)).toEqual(['title', 'body']);
    o = ok(await clear(libA, post.id, ['body'], o.version)).clearPostOverride;
    expect(fields(o)).toEqual(['title']);
    const invalid = await clear(libA, post.id, ['variants.INSTAGRAM.kleur']);
    expect(errorOf(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'INVALID_FIELD' });
    o = ok(await clear(libA, post.id, [])).clearPostOverride;
    expect(o).toMatchObject({ fields: [], upstreamChanges: [], version: 4 });
    expect(await item(libA, post.id)).toMatchObject({
      title: 'Wissen',
      body: 'Centraal',
      variants: [{ channel: 'INSTAGRAM', text: 'Insta', hashtags: ['a'], callToAction: null }],
      overridden: [],
    });
    // Versions keep counting after everything was cleared, so an old copy cannot overwrite a new one.
    expect(errorOf(await set(libA, post.id, { title: 'x', version: 0 }))).toMatchObject({ code: 'CONFLICT' });
    ok(await set(libA, post.id, { title: 'x', version: 4 }));
  });

  it('lets a withdrawal win: the overridden post leaves the feed with the reason and stays out of reach', async () => {
    const post = await publish({ title: 'Terugtrekken', body: 'x' });
    ok(await set(libA, post.id, { title: 'Eigen titel', version: 0 }));
    const start = await feed.feed(libA.actor, { first: 1 });
    const current = await posts.get(editor, post.id);
    const withdrawn = await posts.withdraw(editor, post.id, current.version, 'Rechten verlopen');
    expect(await item(libA, post.id)).toBeUndefined();
    const delta = await feed.changes(libA.actor, start.syncCursor);
    expect(delta.changes.find((c) => c.postId === post.id)).toMatchObject({
      kind: 'REMOVE',
      reason: 'WITHDRAWN',
      message: 'Rechten verlopen',
    });
    expect(errorOf(await get(libA, post.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await set(libA, post.id, { title: 'Toch', version: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await clear(libA, post.id, []))).toMatchObject({ code: 'NOT_FOUND' });
    // Published again by the editors: the library's copy comes back with its override.
    await posts.publish(editor, post.id, withdrawn.version);
    expect(await item(libA, post.id)).toMatchObject({ title: 'Eigen titel', overridden: ['title'] });
  });

  it('reports override changes in delta sync as upserts of that library’s item only', async () => {
    const post = await publish({ title: 'Sync', body: 'x' });
    const startA = (await feed.feed(libA.actor, { first: 1 })).syncCursor;
    const startB = (await feed.feed(libB.actor, { first: 1 })).syncCursor;
    const o = ok(
      await set(libA, post.id, { title: 'Sync bij {{bibliotheek.naam}}', version: 0 }),
    ).setPostOverride;
    const changes = (key: string, since: string) =>
      t.gql<{
        feedChanges: {
          changes: { kind: string; postId: string; item: FeedItemType | null }[];
          cursor: string;
        };
      }>(
        `query($since: String!) { feedChanges(since: $since) { changes { kind postId item { ${ITEM} } } cursor } }`,
        { since },
        bearer(key),
      );
    const a = ok(await changes(libA.key, startA)).feedChanges;
    expect(a.changes.filter((c) => c.postId === post.id)).toMatchObject([
      { kind: 'UPSERT', item: { title: 'Sync bij DOK Delft', overridden: ['title'] } },
    ]);
    // B never receives A's copy (at most the central one, should its cursor still lag the publication).
    const b = ok(await changes(libB.key, startB)).feedChanges;
    for (const c of b.changes.filter((x) => x.postId === post.id))
      expect(c).toMatchObject({ kind: 'UPSERT', item: { title: 'Sync', overridden: [] } });
    ok(await clear(libA, post.id, [], o.version));
    const a2 = ok(await changes(libA.key, a.cursor)).feedChanges;
    expect(a2.changes.filter((c) => c.postId === post.id)).toMatchObject([
      { kind: 'UPSERT', item: { title: 'Sync', overridden: [] } },
    ]);
    const b2 = ok(await changes(libB.key, b.cursor)).feedChanges;
    for (const c of b2.changes.filter((x) => x.postId === post.id))
      expect(c).toMatchObject({ kind: 'UPSERT', item: { title: 'Sync', overridden: [] } });
    // The OVERRIDE events themselves are A's alone.
    const events = await t.app
      .get(TenantDb)
      .run(libB.actor, (db) =>
        db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM feed_events WHERE kind = 'OVERRIDE' AND post_id = $1`,
          [post.id],
        ),
      );
    expect(events).toEqual([{ n: 0 }]);
  });

  it('keeps overrides private: another library sees, changes and detects nothing of them', async () => {
    const post = await publish({
      title: 'Privé',
      body: 'Centraal',
      variants: [{ channel: Channel.X, text: 'X', hashtags: [] }],
    });
    const aOverride = ok(
      await set(libA, post.id, { title: 'Alleen A', variants: [{ channel: 'X', text: 'A-X' }], version: 0 }),
    ).setPostOverride;
    await edit(post.id, { title: 'Centraal nieuw' });

    // B answers exactly like C, a library that never touched anything.
    const answers = async (lib: Library) => [
      await get(lib, post.id),
      await clear(lib, post.id, ['title']),
      await clear(lib, post.id, []),
      await resolve(lib, post.id, [{ field: 'title', take: false }]),
      await resolve(lib, post.id, [{ field: 'variants.X.text', take: true }]),
    ];
    const fromB = await answers(libB);
    expect(fromB).toEqual(await answers(libC));
    expect(fromB[0].data!).toEqual({
      postOverride: { postId: post.id, version: 0, fields: [], upstreamChanges: [] },
    });
    expect(await item(libB, post.id)).toMatchObject({
      title: 'Centraal nieuw',
      variants: [{ channel: 'X', text: 'X' }],
      overridden: [],
      upstreamChanges: [],
    });
    // B's own override of the same post is its own, with its own version, and leaves A's alone.
    ok(await set(libB, post.id, { body: 'Alleen B', version: 0 }));
    expect(ok(await get(libA, post.id)).postOverride).toMatchObject({
      version: aOverride.version,
      fields: [
        { field: 'title', local: 'Alleen A' },
        { field: 'variants.X.text', local: 'A-X' },
      ],
      upstreamChanges: [{ field: 'title', before: 'Privé', after: 'Centraal nieuw' }],
    });
    expect(await item(libA, post.id)).toMatchObject({ title: 'Alleen A', body: 'Centraal' });
    expect(await item(libB, post.id)).toMatchObject({ title: 'Centraal nieuw', body: 'Alleen B' });

    // Row-level security, whatever the code does: B reads only its own rows and events, and cannot write A's.
    const asB = <T>(sql: string, params: unknown[] = []) =>
      t.app.get(TenantDb).run(libB.actor, (db) => db.query<T>(sql, params));
    expect(await asB('SELECT tenant_id FROM post_overrides')).toEqual([{ tenant_id: libB.id }]);
    expect(await asB(`SELECT DISTINCT tenant_id FROM feed_events WHERE kind = 'OVERRIDE'`)).toEqual([
      { tenant_id: libB.id },
    ]);
    await expect(
      asB(`INSERT INTO post_overrides (tenant_id, post_id, fields, base) VALUES ($1, $2, '{}', '{}')`, [
        libA.id,
        post.id,
      ]),
    ).rejects.toThrow(/row-level security/);
    expect(await asB(`UPDATE post_overrides SET fields = '{}' WHERE tenant_id = $1`, [libA.id])).toEqual([
      [],
      0,
    ]);
    const [row] = await asOwner<{ fields: Record<string, unknown> }>(
      t,
      'SELECT fields FROM post_overrides WHERE tenant_id = $1 AND post_id = $2',
      [libA.id, post.id],
    );
    expect(row.fields).toEqual({ title: 'Alleen A', 'variants.X.text': 'A-X' });
  });

  it('is for library users only, and every change lands in the audit log', async () => {
    const post = await publish({ title: 'Toegang', body: 'x' });
    const byKey = await t.gql(
      `mutation($id: ID!) { setPostOverride(postId: $id, input: { title: "x", version: 0 }) { version } }`,
      { id: post.id },
      bearer(libA.key),
    );
    expect(errorOf(byKey)).toMatchObject({ code: 'FORBIDDEN', subCode: 'API_KEY_NOT_ALLOWED' });
    const byCentral = await t.gql(
      `query($id: ID!) { postOverride(postId: $id) { version } }`,
      { id: post.id },
      editorHeaders,
    );
    expect(errorOf(byCentral)).toMatchObject({ code: 'FORBIDDEN', subCode: 'ROLE_NOT_ALLOWED' });

    ok(await set(libA, post.id, { title: 'Gelogd', version: 0 }));
    ok(await resolve(libA, post.id, [{ field: 'title', take: true }]));
    const audit = await asOwner<{ action: string; tenant_id: string; after: { fields: object } }>(
      t,
      `SELECT action, tenant_id, after FROM audit_log WHERE entity_type = 'post_override' AND entity_id = $1 ORDER BY id`,
      [post.id],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'post.override.set',
        tenant_id: libA.id,
        after: expect.objectContaining({ fields: { title: 'Gelogd' } }),
      }),
      expect.objectContaining({
        action: 'post.override.resolve',
        after: expect.objectContaining({ fields: {} }),
      }),
    ]);
  });
});
