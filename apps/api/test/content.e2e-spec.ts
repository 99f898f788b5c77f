import { Role } from '@bibliohub/contracts';
import { PostScheduler } from '@bibliohub/api-content';
import {
  asOwner,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

const POST_FIELDS =
  'id title status version withdrawalReason variants { channel text length maxLength } theme { slug } publishedAt scheduledAt';

describe('central content library', () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let viewer: Record<string, string>;
  let library: Record<string, string>;
  let libraryId: string;
  let themeId: string;

  const gql = async <T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => t.gql<T>(query, variables, headers);
  const create = async (input: Record<string, unknown>) => {
    const res = await gql<{ createPost: { id: string; version: number; status: string } }>(
      editor,
      `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`,
      { input },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPost;
  };
  const act = (mutation: string, vars: { id: string; version: number; at?: string; reason?: string }) => {
    const types: Record<string, string> = { id: 'ID!', version: 'Int!', at: 'DateTime!', reason: 'String!' };
    const keys = Object.keys(vars);
    return gql<
      Record<string, { id: string; status: string; version: number; withdrawalReason: string | null }>
    >(
      editor,
      `mutation(${keys.map((k) => `$${k}: ${types[k]}`).join(', ')}) { ${mutation}(${keys.map((k) => `${k}: $${k}`).join(', ')}) { ${POST_FIELDS} } }`,
      vars,
    );
  };

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    viewer = (await createSignedInUser(t, central.id, Role.PROGRAMME_VIEWER)).headers;
    const lib = await createLibrary(t, {
      displayName: 'DOK Delft',
      city: 'Delft',
      website: 'https://www.dok.info',
    });
    libraryId = lib.id;
    library = (await createSignedInUser(t, lib.id, Role.LIBRARY_EDITOR)).headers;
    const theme = await gql<{ createTheme: { id: string } }>(
      editor,
      `mutation { createTheme(input: { kind: CAMPAIGN, name: "Nationale Voorleesdagen", slug: "voorleesdagen", colour: "#E4572E", periodStart: "2027-01-20", periodEnd: "2027-01-31", recursYearly: true }) { id } }`,
    );
    themeId = theme.data!.createTheme.id;
  });
  afterAll(() => t.close());

  it('creates a draft with channel variants counted as each channel counts', async () => {
    const post = await create({
      title: 'Voorlezen in {{bibliotheek.plaats}}',
      body: 'Kom naar {{bibliotheek.naam}} voor de Nationale Voorleesdagen.',
      themeId,
      variants: [
        {
          channel: 'X',
          text: 'Voorlezen! 📚 https://www.bibliotheek.nl/voorleesdagen/2027/programma',
          hashtags: ['voorlezen'],
        },
        { channel: 'INSTAGRAM', text: 'Samen lezen', hashtags: ['lezen'], callToAction: 'Kom langs' },
      ],
    });
    expect(post.status).toBe('DRAFT');
    const x = (
      post as unknown as { variants: { channel: string; length: number; maxLength: number }[] }
    ).variants.find((v) => v.channel === 'X')!;
    // "Voorlezen! " (11) + emoji (2) + " " (1) + link (23) + "\n\n#voorlezen" (12)
    expect(x).toMatchObject({ length: 11 + 2 + 1 + 23 + 12, maxLength: 280 });
  });

  it('refuses unknown and malformed placeholders, naming the token and the valid ones', async () => {
    const res = await gql(
      editor,
      `mutation { createPost(input: { title: "Hoi {{bibliotheek.burgemeester}}", body: "Tekst {{ oeps" }) { id } }`,
    );
    const error = res.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'INVALID_PLACEHOLDER' });
    expect(error.message).toContain('{{bibliotheek.burgemeester}}');
    expect(error.extensions!['validPlaceholders']).toContain('{{bibliotheek.naam}}');
    expect((error.extensions!.details as { field: string }[]).map((d) => d.field)).toEqual(['title', 'body']);
    const count = await asOwner<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM posts WHERE title LIKE 'Hoi%'`,
    );
    expect(count[0].n).toBe(0);
  });

  it('refuses variants over the channel limits: X 280 (links 23), Instagram 30 hashtags', async () => {
    const long = await gql(
      editor,
      `mutation($v: [PostVariantInput!]) { createPost(input: { title: "Lang", body: "b", variants: $v }) { id } }`,
      {
        v: [{ channel: 'X', text: 'a'.repeat(270) + ' {{bibliotheek.naam}}' }],
      },
    );
    expect(long.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'CHANNEL_LIMIT_EXCEEDED',
      details: [{ field: 'variants.X', reason: 'maxLength' }],
    });
    const tags = await gql(
      editor,
      `mutation($v: [PostVariantInput!]) { createPost(input: { title: "Tags", body: "b", variants: $v }) { id } }`,
      {
        v: [
          {
            channel: 'INSTAGRAM',
            text: 'Veel tags',
            hashtags: Array.from({ length: 31 }, (_, i) => `tag${i}`),
          },
        ],
      },
    );
    expect(tags.errors![0].extensions).toMatchObject({
      subCode: 'CHANNEL_LIMIT_EXCEEDED',
      details: [{ field: 'variants.INSTAGRAM', reason: 'maxHashtags' }],
    });
    const ok = await create({
      title: 'Precies',
      body: 'b',
      variants: [{ channel: 'X', text: 'a'.repeat(256) + ' https://example.org/' + 'x'.repeat(300) }],
    });
    expect(ok.status).toBe('DRAFT');
  });

  it('walks every valid transition and refuses invalid ones with CONFLICT naming the current status', async () => {
    let post: { id: string; version: number; status: string; withdrawalReason?: string | null } =
      await create({ title: 'Workflow', body: 'b' });
    const expectConflict = async (mutation: string, extra: { at?: string; reason?: string } = {}) => {
      const res = await act(mutation, { id: post.id, version: post.version, ...extra });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        subCode: 'INVALID_TRANSITION',
        currentStatus: post.status,
      });
    };
    const step = async (mutation: string, status: string, extra: { at?: string; reason?: string } = {}) => {
      const res = await act(mutation, { id: post.id, version: post.version, ...extra });
      if (!res.data) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
      post = res.data[mutation]!;
      expect(post.status).toBe(status);
    };
    await expectConflict('withdrawPost', { reason: 'nee' });
    await expectConflict('unschedulePost');
    await step('schedulePost', 'SCHEDULED', { at: new Date(Date.now() + 3_600_000).toISOString() });
    await step('unschedulePost', 'DRAFT');
    await step('publishPost', 'PUBLISHED');
    await expectConflict('publishPost');
    await expectConflict('schedulePost', { at: new Date(Date.now() + 3_600_000).toISOString() });
    await step('withdrawPost', 'WITHDRAWN', { reason: 'Rechten verlopen' });
    expect(post.withdrawalReason).toBe('Rechten verlopen');
    await step('publishPost', 'PUBLISHED');
    await step('archivePost', 'ARCHIVED');
    await expectConflict('publishPost');
    await expectConflict('archivePost');
    const edit = await gql(
      editor,
      `mutation($id: ID!, $v: Int!) { updatePost(id: $id, input: { version: $v, title: "x" }) { id } }`,
      { id: post.id, v: post.version },
    );
    expect(edit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', subCode: 'POST_ARCHIVED' });
    await step('restorePostToDraft', 'DRAFT');
  });

  it('refuses a stale version with CONFLICT naming the newer version, and changes nothing', async () => {
    const post = await create({ title: 'Versie', body: 'b' });
    const first = await gql<{ updatePost: { version: number } }>(
      editor,
      `mutation($id: ID!) { updatePost(id: $id, input: { version: 1, title: "Versie 2" }) { version } }`,
      { id: post.id },
    );
    expect(first.data!.updatePost.version).toBe(2);
    const stale = await gql(
      editor,
      `mutation($id: ID!) { updatePost(id: $id, input: { version: 1, title: "Versie 3" }) { version } }`,
      { id: post.id },
    );
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      subCode: 'STALE_VERSION',
      currentVersion: 2,
    });
    const now = await gql<{ post: { title: string } }>(
      editor,
      `query($id: ID!) { post(id: $id) { title } }`,
      { id: post.id },
    );
    expect(now.data!.post.title).toBe('Versie 2');
  });

  it('keeps revisions, restores an earlier one as a new revision, and audits every change', async () => {
    const post = await create({ title: 'Eerste titel', body: 'eerste tekst' });
    await gql(
      editor,
      `mutation($id: ID!) { updatePost(id: $id, input: { version: 1, title: "Tweede titel", body: "tweede tekst" }) { id } }`,
      { id: post.id },
    );
    const restored = await gql<{ restorePostRevision: { title: string; version: number } }>(
      editor,
      `mutation($id: ID!) { restorePostRevision(id: $id, version: 2, revision: 1) { title version } }`,
      { id: post.id },
    );
    expect(restored.data!.restorePostRevision).toEqual({ title: 'Eerste titel', version: 3 });
    const revisions = await gql<{ postRevisions: { number: number; action: string; title: string }[] }>(
      editor,
      `query($id: ID!) { postRevisions(id: $id) { number action title } }`,
      { id: post.id },
    );
    expect(revisions.data!.postRevisions).toEqual([
      { number: 3, action: 'restore:1', title: 'Eerste titel' },
      { number: 2, action: 'update', title: 'Tweede titel' },
      { number: 1, action: 'create', title: 'Eerste titel' },
    ]);
    const audit = await asOwner<{
      action: string;
      before: { title: string } | null;
      after: { title: string };
    }>(t, `SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [post.id]);
    expect(audit.map((a) => a.action)).toEqual(['post.create', 'post.update', 'post.restore']);
    expect(audit[1]).toMatchObject({ before: { title: 'Eerste titel' }, after: { title: 'Tweede titel' } });
  });

  it('finds Dutch words by stem and word part, ranking title matches above body matches', async () => {
    const a = await create({
      title: 'Nationale Voorleesdagen in de bibliotheek',
      body: 'Prentenboeken voor peuters',
    });
    const b = await create({ title: 'Word voorlezer', body: 'Vrijwilligers gezocht' });
    const c = await create({ title: 'Koffie en kranten', body: 'Elke ochtend voorlezen voor senioren' });
    await create({ title: 'Computerles', body: 'Digitale vaardigheden' });
    const res = await gql<{ posts: { nodes: { id: string }[] } }>(
      editor,
      `{ posts(search: "voorlezen", first: 50) { nodes { id } } }`,
    );
    const ids = res.data!.posts.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(ids.indexOf(c.id)).toBeGreaterThan(Math.max(ids.indexOf(a.id), ids.indexOf(b.id)));
    const none = await gql<{ posts: { nodes: unknown[] } }>(
      editor,
      `{ posts(search: "zwembad", first: 5) { nodes { id } } }`,
    );
    expect(none.data!.posts.nodes).toEqual([]);
  });

  it('pages with opaque cursors without gaps or repeats, and rejects forged cursors', async () => {
    for (let i = 0; i < 5; i++) await create({ title: `Pagina ${i}`, body: 'p', tags: ['paginatest'] });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          posts: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        };
      } = await gql(
        editor,
        `query($after: String) { posts(first: 2, after: $after, search: "paginatest", sort: UPDATED_DESC) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.data!.posts.nodes.map((n) => n.id));
      after = page.data!.posts.pageInfo.hasNextPage ? page.data!.posts.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const bad = await gql(editor, `{ posts(first: 2, after: "bm9wZQ") { nodes { id } } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'INVALID_CURSOR' });
    const tooMany = await gql(editor, `{ posts(first: 101) { nodes { id } } }`);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('never shows drafts, scheduled or withdrawn posts to libraries; they read published ones', async () => {
    const draft = await create({ title: 'Geheim concept', body: 'x' });
    const published = await create({ title: 'Openbaar bericht', body: 'Welkom bij {{bibliotheek.naam}}' });
    await act('publishPost', { id: published.id, version: published.version });
    const list = await gql<{ posts: { nodes: { id: string; status: string }[] } }>(
      library,
      `{ posts(first: 100) { nodes { id status } } }`,
    );
    expect(list.data!.posts.nodes.every((p) => p.status === 'PUBLISHED')).toBe(true);
    expect(list.data!.posts.nodes.map((p) => p.id)).toContain(published.id);
    const direct = await gql(library, `query($id: ID!) { post(id: $id) { id } }`, { id: draft.id });
    expect(direct.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const asked = await gql<{ posts: { nodes: unknown[] } }>(
      library,
      `{ posts(first: 10, statuses: [DRAFT]) { nodes { id } } }`,
    );
    expect(asked.data!.posts.nodes.map((n) => (n as { id: string }).id)).not.toContain(draft.id);
    const write = await gql(library, `mutation($id: ID!) { publishPost(id: $id, version: 1) { id } }`, {
      id: draft.id,
    });
    expect(write.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const viewerWrite = await gql(viewer, `mutation { createPost(input: { title: "x", body: "y" }) { id } }`);
    expect(viewerWrite.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const preview = await gql<{ previewPost: { body: string } }>(
      library,
      `query($id: ID!, $t: ID!) { previewPost(id: $id, tenantId: $t) { body } }`,
      { id: published.id, t: libraryId },
    );
    expect(preview.data!.previewPost.body).toBe('Welkom bij DOK Delft');
  });

  it('publishes scheduled posts whose time has come, also when they fell due while the hub was down', async () => {
    const post = await create({ title: 'Gepland', body: 'x' });
    const scheduled = await act('schedulePost', {
      id: post.id,
      version: post.version,
      at: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(scheduled.data!['schedulePost'].status).toBe('SCHEDULED');
    // Simulate downtime: the moment passes while no scheduler runs.
    await asOwner(t, `UPDATE posts SET scheduled_at = now() - interval '5 minutes' WHERE id = $1`, [post.id]);
    // A freshly started app publishes it on its first pass.
    const restarted = await createTestApp((config, logger) => AppModule.register(config, logger), {
      reuse: t.config,
    });
    try {
      // Its first pass runs at bootstrap; wait for it the way shutdown does.
      await restarted.app.get(PostScheduler).onApplicationShutdown();
    } finally {
      await restarted.close();
    }
    const after = await gql<{ post: { status: string; publishedAt: string } }>(
      editor,
      `query($id: ID!) { post(id: $id) { status publishedAt } }`,
      { id: post.id },
    );
    expect(after.data!.post.status).toBe('PUBLISHED');
    const audit = await asOwner<{ action: string; actor_kind: string }>(
      t,
      `SELECT action, actor_kind FROM audit_log WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [post.id],
    );
    expect(audit[0]).toEqual({ action: 'post.publish', actor_kind: 'SYSTEM' });
  });

  it('shows the calendar with yearly campaigns projected into the range', async () => {
    const post = await create({
      title: 'Voorleesontbijt',
      body: 'x',
      suggestedPublishAt: '2028-01-22T09:00:00.000Z',
      themeId,
    });
    const res = await gql<{
      calendar: {
        posts: { id: string }[];
        campaigns: { slug: string; periodStart: string; periodEnd: string }[];
      };
    }>(
      editor,
      `{ calendar(from: "2028-01-01T00:00:00Z", until: "2028-02-01T00:00:00Z") { posts { id } campaigns { slug periodStart periodEnd } } }`,
    );
    expect(res.data!.calendar.posts.map((p) => p.id)).toEqual([post.id]);
    expect(res.data!.calendar.campaigns).toEqual([
      { slug: 'voorleesdagen', periodStart: '2028-01-20', periodEnd: '2028-01-31' },
    ]);
  });

  it('duplicates a post into a new draft', async () => {
    const post = await create({ title: 'Origineel', body: 'tekst', tags: ['a'] });
    const copy = await gql<{ duplicatePost: { id: string; title: string; status: string } }>(
      editor,
      `mutation($id: ID!) { duplicatePost(id: $id) { id title status } }`,
      { id: post.id },
    );
    expect(copy.data!.duplicatePost).toMatchObject({ title: 'Origineel (kopie)', status: 'DRAFT' });
    expect(copy.data!.duplicatePost.id).not.toBe(post.id);
  });
});
