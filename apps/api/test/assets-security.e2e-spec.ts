import { ApiScope, Role } from '@bibliohub/contracts';
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
import { StagingSweeper } from '@bibliohub/api-assets';
import { AppModule } from '../src/app.module.js';
import {
  assetRowCount,
  chunkedUpload,
  CLEAN_SVG,
  createAsset,
  download,
  finalize,
  makeImage,
  objectKeys,
  PDF,
  upload,
  uploadOk,
  type AssetResult,
} from './asset-test-helpers.js';

const ICON_CAP = 4096;
/** Above one multipart part (5 MiB): the cap is passed after parts reached S3. */
const VIDEO_CAP = 6 * 1024 * 1024;

describe('asset library security', () => {
  let t: TestApp;
  let centralId: string;
  let editor: Record<string, string>;
  let viewer: Record<string, string>;
  let libraryA: Record<string, string>;
  let libraryB: Record<string, string>;
  let libraryAId: string;
  const env = { ...process.env };

  const gql = async <T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => t.gql<T>(query, variables, headers);

  beforeAll(async () => {
    process.env['JOB_POLL_INTERVAL_MS'] = '0';
    // A small cap for one kind, so "one byte over" needs no large file.
    process.env['ASSET_MAX_BYTES_ICON'] = String(ICON_CAP);
    process.env['ASSET_MAX_BYTES_VIDEO'] = String(VIDEO_CAP);
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    centralId = central.id;
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    viewer = (await createSignedInUser(t, central.id, Role.PROGRAMME_VIEWER)).headers;
    const a = await createLibrary(t);
    const b = await createLibrary(t);
    libraryAId = a.id;
    libraryA = (await createSignedInUser(t, a.id, Role.LIBRARY_EDITOR)).headers;
    libraryB = (await createSignedInUser(t, b.id, Role.LIBRARY_ADMIN)).headers;
  });
  afterAll(async () => {
    process.env = env;
    await t.close();
  });

  describe('refuses bad files with a precise code and leaves nothing behind', () => {
    const cases: [string, string, string, () => Buffer | Promise<Buffer>, Record<string, unknown>][] = [
      [
        'HTML named .png',
        'PHOTO',
        'poster.png',
        () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
        {
          subCode: 'UNSUPPORTED_TYPE',
          sniffedType: 'text/html',
          allowedTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
        },
      ],
      [
        'a Windows executable named .pdf',
        'GUIDELINE',
        'huisstijl.pdf',
        () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
        {
          subCode: 'UNSUPPORTED_TYPE',
          sniffedType: 'application/vnd.microsoft.portable-executable',
          allowedTypes: ['application/pdf'],
        },
      ],
      [
        'an ELF executable named .png',
        'PHOTO',
        'foto.png',
        () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]),
        { subCode: 'UNSUPPORTED_TYPE', sniffedType: 'application/x-elf' },
      ],
      [
        'a ZIP named .pdf',
        'GUIDELINE',
        'gids.pdf',
        () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]),
        { subCode: 'UNSUPPORTED_TYPE', sniffedType: 'application/zip' },
      ],
      [
        'a PDF uploaded as a photo',
        'PHOTO',
        'foto.jpg',
        () => PDF,
        { subCode: 'UNSUPPORTED_TYPE', sniffedType: 'application/pdf' },
      ],
      [
        'SVG with <script>',
        'ICON',
        'icoon.svg',
        () =>
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
          ),
        { subCode: 'UNSAFE_SVG', found: '<script>' },
      ],
      [
        'SVG with onload=',
        'ICON',
        'icoon.svg',
        () =>
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
          ),
        { subCode: 'UNSAFE_SVG', found: 'an on… event attribute' },
      ],
      [
        'SVG with a disguised javascript: link',
        'LOGO',
        'logo.svg',
        () =>
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="jav&#x09;ascript&#58;alert(1)"><rect width="9" height="9"/></a></svg>',
          ),
        { subCode: 'UNSAFE_SVG', found: 'a javascript: URL' },
      ],
      [
        'SVG with <foreignObject>',
        'BANNER',
        'banner.svg',
        () =>
          Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>',
          ),
        { subCode: 'UNSAFE_SVG', found: '<foreignObject>' },
      ],
      [
        'SVG with a script after the first 64 KB',
        'LOGO',
        'groot.svg',
        () =>
          Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${'x'.repeat(70_000)} --><scr` +
              `ipt>alert(1)</script></svg>`,
          ),
        { subCode: 'UNSAFE_SVG', found: '<script>' },
      ],
      ['an empty file', 'PHOTO', 'leeg.png', () => Buffer.alloc(0), { subCode: 'EMPTY_FILE' }],
    ];

    it.each(cases)('%s', async (_name, kind, filename, body, expected) => {
      const rows = await assetRowCount(t);
      const res = await upload(t, editor, kind, filename, await body());
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', ...expected } }] });
      expect(await objectKeys(t, 'staging/')).toEqual([]);
      expect(await assetRowCount(t)).toBe(rows);
    });

    it('names the sniffed type and the allowed ones in the message', async () => {
      const res = await upload(
        t,
        editor,
        'PHOTO',
        'poster.png',
        Buffer.from('<html><body>hoi</body></html>'),
      );
      expect((res.body as { errors: { message: string }[] }).errors[0].message).toBe(
        'Not allowed for PHOTO: the file is a HTML document (text/html). Allowed: image/png, image/jpeg, image/webp, image/avif',
      );
    });

    it('refuses a file one byte over the cap (413, naming the limit), declared or streamed', async () => {
      const over = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(ICON_CAP - 7),
      ]);
      expect(over.length).toBe(ICON_CAP + 1);
      const declared = await upload(t, editor, 'ICON', 'icoon.png', over);
      expect(declared.status).toBe(413);
      expect(declared.body).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', subCode: 'FILE_TOO_LARGE', maxBytes: ICON_CAP } }],
      });
      const streamed = await chunkedUpload(t, editor, 'kind=ICON&filename=icoon.png', over);
      expect(streamed.status).toBe(413);
      expect(streamed.body.errors![0].extensions).toMatchObject({
        subCode: 'FILE_TOO_LARGE',
        maxBytes: ICON_CAP,
      });
      expect(await objectKeys(t, 'staging/')).toEqual([]);
      // Exactly at the cap is fine.
      const exact = await chunkedUpload(
        t,
        editor,
        'kind=ICON&filename=icoon.png',
        over.subarray(0, ICON_CAP),
      );
      expect(exact.status).toBe(201);
      // Staged and never finalised: what the sweep is for.
      expect(await objectKeys(t, 'staging/')).toHaveLength(1);
      await t.app.get(StagingSweeper).sweep(new Date(Date.now() + 1000));
    });

    it('stops a streamed upload past the cap after parts reached S3, and keeps nothing', async () => {
      const video = Buffer.concat([
        Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex'),
        Buffer.alloc(VIDEO_CAP, 7),
      ]);
      const res = await chunkedUpload(t, editor, 'kind=VIDEO&filename=film.mp4', video);
      expect(res.status).toBe(413);
      expect(res.body.errors![0].extensions).toMatchObject({
        subCode: 'FILE_TOO_LARGE',
        maxBytes: VIDEO_CAP,
      });
      expect(await objectKeys(t, 'staging/')).toEqual([]);
    });

    it.each([
      ['../../etc/passwd.png', 'it contains a / or \\'],
      ['..png', 'it contains ..'],
      ['foto\\..\\x.png', 'it contains a / or \\'],
      ['foto\u0000.png', 'it contains NUL or control characters'],
      ['foto\n.png', 'it contains NUL or control characters'],
      ['foto\u202egnp.exe', 'it contains invisible direction characters'],
      ['', 'give the name as ?filename='],
    ])('refuses the file name %j', async (filename, why) => {
      const res = await upload(t, editor, 'PHOTO', filename, await makeImage(8, 8));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        errors: [
          {
            extensions: {
              code: 'BAD_USER_INPUT',
              subCode: 'INVALID_FILENAME',
              details: [{ field: 'filename', message: why }],
            },
          },
        ],
      });
      expect(await objectKeys(t, 'staging/')).toEqual([]);
    });

    it('refuses an unknown kind, listing the kinds', async () => {
      const res = await upload(t, editor, 'MEME', 'x.png', await makeImage(8, 8));
      expect(res.body).toMatchObject({
        errors: [
          { extensions: { subCode: 'INVALID_KIND', allowedKinds: expect.arrayContaining(['PHOTO']) } },
        ],
      });
    });

    it('accepts a clean SVG and never puts the client file name in an object key', async () => {
      const asset = await createAsset(t, editor, 'ICON', 'Bieb logo (wit).svg', CLEAN_SVG);
      expect(asset.file).toMatchObject({ mimeType: 'image/svg+xml', width: 120, height: 40 });
      expect(await objectKeys(t, `assets/${centralId}/${asset.id}/`)).toEqual([
        `assets/${centralId}/${asset.id}/v1/original`,
      ]);
    });
  });

  describe('who may upload', () => {
    it('refuses an API key with only feed:read (FORBIDDEN), and callers without credentials', async () => {
      const { key } = await createApiKey(t, libraryAId, [ApiScope.FEED_READ]);
      const res = await upload(t, bearer(key), 'PHOTO', 'foto.png', await makeImage(8, 8));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN', subCode: 'SCOPE_MISSING' } }],
      });
      const anonymous = await upload(t, {}, 'PHOTO', 'foto.png', await makeImage(8, 8));
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(await objectKeys(t, 'staging/')).toEqual([]);
    });

    it('refuses programme viewers', async () => {
      const res = await upload(t, viewer, 'PHOTO', 'foto.png', await makeImage(8, 8));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN', subCode: 'ROLE_NOT_ALLOWED' } }],
      });
    });

    it('lets an API key with submissions:write upload and finalise into its own library', async () => {
      const { key } = await createApiKey(t, libraryAId, [ApiScope.SUBMISSIONS_WRITE]);
      const asset = await createAsset(t, bearer(key), 'PHOTO', 'van-de-website.png', await makeImage(20, 20));
      expect(asset.ownerTenantId).toBe(libraryAId);
    });

    it('refuses a forged, tampered or other tenant’s upload token', async () => {
      const receipt = await uploadOk(t, libraryA, 'PHOTO', 'a.png', await makeImage(8, 8));
      const otherTenant = await finalize(t, libraryB, {
        uploadToken: receipt.uploadToken,
        title: 'B',
        altText: 'x',
      });
      expect(otherTenant.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        subCode: 'INVALID_UPLOAD_TOKEN',
      });
      const [body, signature] = receipt.uploadToken.split('.') as [string, string];
      const facts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
      const tampered = `${Buffer.from(JSON.stringify({ ...facts, mimeType: 'image/svg+xml' })).toString('base64url')}.${signature}`;
      const forged = await finalize(t, libraryA, { uploadToken: tampered, title: 'A', altText: 'x' });
      expect(forged.errors![0].extensions).toMatchObject({ subCode: 'INVALID_UPLOAD_TOKEN' });
      const ok = await finalize(t, libraryA, { uploadToken: receipt.uploadToken, title: 'A', altText: 'x' });
      expect(ok.errors).toBeUndefined();
    });
  });

  describe('tenant isolation and visibility', () => {
    let own: AssetResult;
    let central: AssetResult;

    beforeAll(async () => {
      own = await createAsset(t, libraryA, 'PHOTO', 'eigen-foto.png', await makeImage(40, 40));
      central = await createAsset(t, editor, 'LOGO', 'logo.png', await makeImage(40, 20));
    });

    it('hides library A’s own uploads from library B: not found, not downloadable, not listed', async () => {
      const res = await gql(libraryB, 'query($id: ID!) { asset(id: $id) { id } }', { id: own.id });
      expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', subCode: 'ASSET_NOT_FOUND' });
      for (const path of [
        own.downloadUrl,
        `/files/assets/${own.id}/thumb`,
        `/files/assets/${own.id}/original?version=1`,
      ]) {
        const file = await download(t, libraryB, path);
        expect(file.status).toBe(404);
        expect(file.headers['content-disposition']).toBeUndefined();
      }
      const list = await gql<{ assets: { nodes: { id: string }[] } }>(
        libraryB,
        '{ assets(first: 100) { nodes { id } } }',
      );
      expect(list.data!.assets.nodes.map((n) => n.id)).not.toContain(own.id);
      expect(list.data!.assets.nodes.map((n) => n.id)).toContain(central.id);
      const update = await gql(
        libraryB,
        'mutation($id: ID!) { updateAsset(id: $id, input: { version: 1, title: "van B" }) { id } }',
        { id: own.id },
      );
      expect(update.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      const del = await gql(libraryB, 'mutation($id: ID!) { deleteAsset(id: $id, version: 1) }', {
        id: own.id,
      });
      expect(del.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      // Library A and the national office see it.
      expect((await download(t, libraryA, own.downloadUrl)).status).toBe(200);
      expect((await download(t, editor, own.downloadUrl)).status).toBe(200);
    });

    it('answers unknown and malformed ids like invisible ones (404 JSON)', async () => {
      for (const path of [
        '/files/assets/not-a-uuid/original',
        `/files/assets/${own.id}/huge`,
        `/files/assets/${central.id}/original?version=7`,
      ]) {
        const res = await download(t, libraryA, path);
        expect(res.status).toBe(404);
        expect(JSON.parse((res.body as Buffer).toString('utf8'))).toMatchObject({
          errors: [{ extensions: { code: 'NOT_FOUND' } }],
        });
      }
    });

    it('lets libraries read central assets but not change them', async () => {
      const res = await gql<{ asset: { id: string } }>(
        libraryB,
        'query($id: ID!) { asset(id: $id) { id } }',
        { id: central.id },
      );
      expect(res.data!.asset.id).toBe(central.id);
      expect((await download(t, libraryB, central.downloadUrl)).status).toBe(200);
      const update = await gql(
        libraryB,
        'mutation($id: ID!, $v: Int!) { updateAsset(id: $id, input: { version: $v, title: "Van B" }) { id } }',
        { id: central.id, v: central.version },
      );
      expect(update.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', subCode: 'ASSET_READ_ONLY' });
      const { key } = await createApiKey(t, libraryAId, [ApiScope.FEED_READ]);
      expect((await download(t, bearer(key), central.downloadUrl)).status).toBe(200);
    });

    it.each([
      ['past validUntil', 'EXPIRED', "valid_until = now() - interval '1 minute'"],
      [
        'past its portrait consent',
        'CONSENT_EXPIRED',
        "portrait_consent = true, portrait_consent_until = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1",
      ],
      ['not valid yet', 'NOT_YET_VALID', "valid_from = now() + interval '1 day'"],
      ['archived', 'ARCHIVED', 'archived_at = now()'],
    ])(
      'hides a central asset %s from libraries and flags it on posts using it',
      async (_name, reason, change) => {
        const asset = await createAsset(t, editor, 'PHOTO', `${reason}.png`, await makeImage(30, 30));
        const created = await gql<{ createPost: { id: string; version: number } }>(
          editor,
          'mutation { createPost(input: { title: "Beeld", body: "b" }) { id version } }',
        );
        const post = created.data!.createPost;
        await gql(
          editor,
          'mutation($id: ID!, $a: ID!, $c: ID!) { setPostAssets(postId: $id, assets: [{ assetId: $a }, { assetId: $c }]) { id } }',
          {
            id: post.id,
            a: asset.id,
            c: central.id,
          },
        );
        const [current] = await asOwner<{ version: number }>(t, 'SELECT version FROM posts WHERE id = $1', [
          post.id,
        ]);
        await gql(editor, 'mutation($id: ID!, $v: Int!) { publishPost(id: $id, version: $v) { id } }', {
          id: post.id,
          v: current.version,
        });
        // Visible to the library before.
        expect((await download(t, libraryA, asset.downloadUrl)).status).toBe(200);
        await asOwner(t, `UPDATE assets SET ${change} WHERE id = $1`, [asset.id]);

        const res = await gql(libraryA, 'query($id: ID!) { asset(id: $id) { id } }', { id: asset.id });
        expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
        expect((await download(t, libraryA, asset.downloadUrl)).status).toBe(404);
        expect((await download(t, libraryA, `/files/assets/${asset.id}/original?version=1`)).status).toBe(
          404,
        );
        const versions = await asOwner<{ n: number }>(
          t,
          'SELECT count(*)::int AS n FROM asset_versions WHERE asset_id = $1',
          [asset.id],
        );
        expect(versions[0].n).toBe(1);
        const list = await gql<{ assets: { nodes: { id: string }[] } }>(
          libraryA,
          '{ assets(first: 100) { nodes { id } } }',
        );
        expect(list.data!.assets.nodes.map((n) => n.id)).not.toContain(asset.id);

        const query =
          'query($id: ID!) { post(id: $id) { assets { asset { id } } assetWarnings { assetId reason title } } }';
        const forLibrary = await gql<{
          post: { assets: { asset: { id: string } }[]; assetWarnings: unknown[] };
        }>(libraryA, query, { id: post.id });
        expect(forLibrary.data!.post.assets).toEqual([{ asset: { id: central.id } }]);
        expect(forLibrary.data!.post.assetWarnings).toEqual([
          { assetId: asset.id, reason: 'UNAVAILABLE', title: null },
        ]);
        const forEditor = await gql<{ post: { assets: unknown[]; assetWarnings: unknown[] } }>(
          editor,
          query,
          { id: post.id },
        );
        expect(forEditor.data!.post.assets).toHaveLength(2);
        expect(forEditor.data!.post.assetWarnings).toEqual([
          { assetId: asset.id, reason, title: `${reason}.png` },
        ]);
        // Central editors still reach it.
        expect((await download(t, editor, asset.downloadUrl)).status).toBe(200);
      },
    );

    it('lets a library see its own expired uploads (it owns them)', async () => {
      await asOwner(t, `UPDATE assets SET valid_until = now() - interval '1 day' WHERE id = $1`, [own.id]);
      const res = await gql<{ asset: { unusableReason: string } }>(
        libraryA,
        'query($id: ID!) { asset(id: $id) { unusableReason } }',
        { id: own.id },
      );
      expect(res.data!.asset.unusableReason).toBe('EXPIRED');
    });

    it('refuses to attach a library’s own upload to a shared post', async () => {
      const created = await gql<{ createPost: { id: string } }>(
        editor,
        'mutation { createPost(input: { title: "X", body: "b" }) { id } }',
      );
      const res = await gql(
        editor,
        'mutation($id: ID!, $a: ID!) { setPostAssets(postId: $id, assets: [{ assetId: $a }]) { id } }',
        {
          id: created.data!.createPost.id,
          a: own.id,
        },
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        subCode: 'ASSET_NOT_ATTACHABLE',
      });
      const byLibrary = await gql(
        libraryA,
        'mutation($id: ID!, $a: ID!) { setPostAssets(postId: $id, assets: [{ assetId: $a }]) { id } }',
        {
          id: created.data!.createPost.id,
          a: central.id,
        },
      );
      expect(byLibrary.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('covers the asset tables with forced row-level security (jobs is system data without it)', async () => {
      const rows = await asOwner<{ relname: string; rls: boolean; forced: boolean; policies: number }>(
        t,
        `SELECT c.relname, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
                (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c WHERE c.relname = ANY($1) ORDER BY c.relname`,
        [['assets', 'asset_versions', 'post_assets', 'brand_colours', 'brand_kit_assets', 'jobs']],
      );
      expect(rows).toEqual([
        { relname: 'asset_versions', rls: true, forced: true, policies: 4 },
        { relname: 'assets', rls: true, forced: true, policies: 4 },
        { relname: 'brand_colours', rls: true, forced: true, policies: 3 },
        { relname: 'brand_kit_assets', rls: true, forced: true, policies: 3 },
        { relname: 'jobs', rls: false, forced: false, policies: 0 },
        { relname: 'post_assets', rls: true, forced: true, policies: 3 },
      ]);
      // Without a tenant context the application role sees no asset rows at all.
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM assets')).toEqual([{ n: 0 }]);
    });
  });
});
