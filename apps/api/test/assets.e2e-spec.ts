import { randomBytes, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import { Role } from '@bibliohub/contracts';
import { AuditService, JobWorker, StorageService } from '@bibliohub/api-core';
import { AssetUploadService, PostAssetService, StagingSweeper } from '@bibliohub/api-assets';
import {
  asOwner,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { jest } from '@jest/globals';
import { AppModule } from '../src/app.module.js';
import {
  ASSET_FIELDS,
  assetRowCount,
  createAsset,
  download,
  finalize,
  listen,
  makeImage,
  objectKeys,
  PDF,
  runJobs,
  sha256,
  until,
  upload,
  uploadOk,
  type AssetResult,
} from './asset-test-helpers.js';

describe('house-style asset library', () => {
  let t: TestApp;
  let centralId: string;
  let editor: Record<string, string>;
  let library: Record<string, string>;
  let libraryId: string;
  const env = { ...process.env };

  const gql = async <T = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => t.gql<T>(query, variables, headers);
  const getAsset = async (headers: Record<string, string>, id: string) =>
    gql<{ asset: AssetResult & { versions: AssetResult['file'][] } }>(
      headers,
      `query($id: ID!) { asset(id: $id) { ${ASSET_FIELDS} versions { number sha256 url renditionsStatus } } }`,
      { id },
    );
  const createPost = async (title: string) => {
    const res = await gql<{ createPost: { id: string; version: number } }>(
      editor,
      'mutation($title: String!) { createPost(input: { title: $title, body: "Tekst" }) { id version } }',
      { title },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createPost;
  };

  beforeAll(async () => {
    // The worker is driven by hand in these tests; no background polling.
    process.env['JOB_POLL_INTERVAL_MS'] = '0';
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    centralId = central.id;
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    const lib = await createLibrary(t);
    libraryId = lib.id;
    library = (await createSignedInUser(t, lib.id, Role.LIBRARY_EDITOR)).headers;
  });
  afterAll(async () => {
    process.env = env;
    await t.close();
  });

  describe('upload, finalise and download', () => {
    let image: Buffer;
    let asset: AssetResult;

    beforeAll(async () => {
      image = await makeImage(1600, 900);
    });

    it('streams the upload into staging and answers facts taken from the bytes', async () => {
      // The client claims text/plain; the hub sniffs the bytes.
      const res = await upload(t, editor, 'PHOTO', 'Voorleesdagen poster (2027).png', image, 'text/plain');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        uploadToken: expect.stringMatching(/^[\w-]+\.[\w-]+$/),
        kind: 'PHOTO',
        originalName: 'Voorleesdagen poster (2027).png',
        mimeType: 'image/png',
        size: image.length,
        sha256: sha256(image),
        width: 1600,
        height: 900,
        expiresAt: expect.any(String),
      });
      const staged = await objectKeys(t, 'staging/');
      expect(staged).toEqual([expect.stringMatching(new RegExp(`^staging/${centralId}/[0-9a-f-]{36}$`))]);

      const done = await finalize(t, editor, {
        uploadToken: (res.body as { uploadToken: string }).uploadToken,
        title: 'Poster Voorleesdagen',
        altText: 'Kinderen lezen samen een prentenboek',
        tags: ['Voorlezen', 'jeugd', 'voorlezen'],
        rights: {
          owner: 'Bibliotheek.nl',
          licence: 'Alleen voor bibliotheken',
          creditLine: 'Foto: Jan Jansen',
        },
      });
      expect(done.errors).toBeUndefined();
      asset = done.data!.finalizeAssetUpload;
      expect(asset).toMatchObject({
        title: 'Poster Voorleesdagen',
        kind: 'PHOTO',
        version: 1,
        currentVersion: 1,
        ownerTenantId: centralId,
        unusableReason: null,
        rights: { creditLine: 'Foto: Jan Jansen', portraitConsent: false },
        file: {
          number: 1,
          originalName: 'Voorleesdagen poster (2027).png',
          mimeType: 'image/png',
          size: image.length,
          sha256: sha256(image),
          width: 1600,
          height: 900,
          renditionsStatus: 'PENDING',
          renditions: [],
        },
        downloadUrl: `/files/assets/${asset.id}/original`,
        thumb: null,
      });
      // The staged object moved to its final key, which holds no client file name.
      expect(await objectKeys(t, 'staging/')).toEqual([]);
      expect(await objectKeys(t, `assets/${centralId}/${asset.id}/`)).toEqual([
        `assets/${centralId}/${asset.id}/v1/original`,
      ]);
      const [row] = await asOwner<{ object_key: string; tags: string[] }>(
        t,
        'SELECT v.object_key, a.tags FROM asset_versions v JOIN assets a ON a.id = v.asset_id WHERE a.id = $1',
        [asset.id],
      );
      expect(row).toEqual({
        object_key: `assets/${centralId}/${asset.id}/v1/original`,
        tags: ['voorlezen', 'jeugd'],
      });
      const audit = await asOwner(t, `SELECT action FROM audit_log WHERE entity_id = $1`, [asset.id]);
      expect(audit).toEqual([{ action: 'asset.create' }]);
    });

    it('downloads byte for byte with safe headers, and answers 304 to a matching ETag', async () => {
      const res = await download(t, editor, asset.downloadUrl);
      expect(res.status).toBe(200);
      expect(sha256(res.body as Buffer)).toBe(sha256(image));
      expect(res.headers).toMatchObject({
        'content-type': 'image/png',
        'content-length': String(image.length),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, max-age=300',
        etag: `"${sha256(image)}"`,
        'content-disposition': `attachment; filename="Voorleesdagen poster (2027).png"; filename*=UTF-8''Voorleesdagen%20poster%20%282027%29.png`,
      });
      const again = await t
        .http()
        .get(asset.downloadUrl)
        .set(editor)
        .set('if-none-match', `"${sha256(image)}"`);
      expect(again.status).toBe(304);
    });

    it('makes renditions in the background: WebP thumb and preview, AVIF preview', async () => {
      const jobs = await runJobs(t);
      expect(jobs.succeeded.length).toBeGreaterThanOrEqual(1);
      const { data } = await getAsset(editor, asset.id);
      const file = data!.asset.file;
      expect(file.renditionsStatus).toBe('READY');
      expect(file.renditions).toEqual([
        expect.objectContaining({ rendition: 'THUMB', mimeType: 'image/webp', width: 320, height: 180 }),
        expect.objectContaining({ rendition: 'PREVIEW', mimeType: 'image/webp', width: 1280, height: 720 }),
        expect.objectContaining({
          rendition: 'PREVIEW_AVIF',
          mimeType: 'image/avif',
          width: 1280,
          height: 720,
        }),
      ]);
      expect(data!.asset.thumb).toBe(`/files/assets/${asset.id}/thumb`);
      const thumb = await download(t, library, `/files/assets/${asset.id}/thumb`);
      expect(thumb.status).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect(thumb.headers['content-disposition']).toMatch(
        /^inline; filename="Voorleesdagen poster \(2027\)-thumb\.webp"/,
      );
      const meta = await sharp(thumb.body as Buffer).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: 320, height: 180 });
      const avif = await download(t, library, `/files/assets/${asset.id}/preview-avif`);
      expect(avif.headers['content-type']).toBe('image/avif');
      const [job] = await asOwner<{ done: boolean; attempts: number; tenant_id: string }>(
        t,
        `SELECT done_at IS NOT NULL AS done, attempts, tenant_id FROM jobs WHERE kind = 'asset.renditions' AND payload->>'assetId' = $1`,
        [asset.id],
      );
      expect(job).toEqual({ done: true, attempts: 1, tenant_id: centralId });
    });

    it('replaces the file as version 2 and keeps version 1 downloadable', async () => {
      const second = await makeImage(800, 800, 'jpeg');
      const receipt = await uploadOk(t, editor, 'PHOTO', 'vierkant.jpg', second);
      const stale = await gql(
        editor,
        'mutation($id: ID!, $token: String!) { replaceAssetFile(assetId: $id, uploadToken: $token, version: 99) { id } }',
        { id: asset.id, token: receipt.uploadToken },
      );
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        subCode: 'STALE_VERSION',
        currentVersion: 1,
      });
      const res = await gql<{ replaceAssetFile: AssetResult }>(
        editor,
        `mutation($id: ID!, $token: String!, $v: Int!) { replaceAssetFile(assetId: $id, uploadToken: $token, version: $v) { ${ASSET_FIELDS} } }`,
        { id: asset.id, token: receipt.uploadToken, v: asset.version },
      );
      expect(res.errors).toBeUndefined();
      const replaced = res.data!.replaceAssetFile;
      expect(replaced).toMatchObject({
        id: asset.id,
        currentVersion: 2,
        version: 2,
        file: { number: 2, mimeType: 'image/jpeg', width: 800, height: 800, renditionsStatus: 'PENDING' },
      });
      const current = await download(t, editor, replaced.downloadUrl);
      expect(sha256(current.body as Buffer)).toBe(sha256(second));
      const first = await download(t, editor, `/files/assets/${asset.id}/original?version=1`);
      expect(sha256(first.body as Buffer)).toBe(sha256(image));
      await runJobs(t);
      const { data } = await getAsset(editor, asset.id);
      expect(data!.asset.versions.map((v) => [v.number, v.renditionsStatus])).toEqual([
        [2, 'READY'],
        [1, 'READY'],
      ]);
      expect(await objectKeys(t, `assets/${centralId}/${asset.id}/`)).toEqual(
        ['v1', 'v2'].flatMap((v) =>
          ['original', 'preview.avif', 'preview.webp', 'thumb.webp'].map(
            (f) => `assets/${centralId}/${asset.id}/${v}/${f}`,
          ),
        ),
      );
      asset = replaced;
    });

    it('renames (updates the title) with optimistic concurrency', async () => {
      const res = await gql<{ updateAsset: AssetResult }>(
        editor,
        'mutation($id: ID!, $v: Int!) { updateAsset(id: $id, input: { version: $v, title: "Poster Voorleesdagen 2027" }) { title version } }',
        { id: asset.id, v: asset.version },
      );
      expect(res.data!.updateAsset).toEqual({ title: 'Poster Voorleesdagen 2027', version: 3 });
      const stale = await gql(
        editor,
        'mutation($id: ID!, $v: Int!) { updateAsset(id: $id, input: { version: $v, title: "Oud" }) { title } }',
        { id: asset.id, v: asset.version },
      );
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        subCode: 'STALE_VERSION',
        currentVersion: 3,
      });
      asset = { ...asset, version: 3 };
    });

    it('deletes the rows and then every object (all versions and renditions)', async () => {
      const storage = t.app.get(StorageService);
      const keys = await objectKeys(t, `assets/${centralId}/${asset.id}/`);
      expect(keys).toHaveLength(8);
      const res = await gql<{ deleteAsset: boolean }>(
        editor,
        'mutation($id: ID!, $v: Int!) { deleteAsset(id: $id, version: $v) }',
        { id: asset.id, v: asset.version },
      );
      expect(res.data).toEqual({ deleteAsset: true });
      for (const key of keys) expect(await storage.head(key)).toBeNull();
      expect(await asOwner(t, 'SELECT id FROM asset_versions WHERE asset_id = $1', [asset.id])).toEqual([]);
      const gone = await getAsset(editor, asset.id);
      expect(gone.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', subCode: 'ASSET_NOT_FOUND' });
      const missing = await download(t, editor, `/files/assets/${asset.id}/original`);
      expect(missing.status).toBe(404);
      expect(JSON.parse((missing.body as Buffer).toString('utf8'))).toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND', subCode: 'ASSET_NOT_FOUND' } }],
      });
    });
  });

  it('streams a file larger than one multipart part byte for byte (upload, finalise, download)', async () => {
    const video = Buffer.concat([
      Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex'),
      randomBytes(11 * 1024 * 1024 + 17),
    ]);
    const asset = await createAsset(t, editor, 'VIDEO', 'Boekenweek.mp4', video, { altText: null });
    expect(asset.file).toMatchObject({ mimeType: 'video/mp4', size: video.length, renditionsStatus: 'NONE' });
    const res = await download(t, editor, asset.downloadUrl);
    expect((res.body as Buffer).length).toBe(video.length);
    expect(sha256(res.body as Buffer)).toBe(sha256(video));
  });

  it('gives files that are not images no renditions and enqueues no job', async () => {
    const guideline = await createAsset(t, editor, 'GUIDELINE', 'huisstijlgids.pdf', PDF, { altText: null });
    expect(guideline.file).toMatchObject({
      mimeType: 'application/pdf',
      renditionsStatus: 'NONE',
      width: null,
    });
    expect(await asOwner(t, `SELECT id FROM jobs WHERE payload->>'assetId' = $1`, [guideline.id])).toEqual(
      [],
    );
  });

  it('requires alternative text for images, naming the field', async () => {
    const receipt = await uploadOk(t, editor, 'PHOTO', 'zonder-alt.png', await makeImage(64, 64));
    const res = await finalize(t, editor, {
      uploadToken: receipt.uploadToken,
      title: 'Zonder alt',
      altText: '  ',
    });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'ALT_TEXT_REQUIRED',
      details: [{ field: 'altText', reason: 'required' }],
    });
    // The staged file stays for a corrected retry with the same token (the sweep removes it otherwise).
    const ok = await finalize(t, editor, {
      uploadToken: receipt.uploadToken,
      title: 'Met alt',
      altText: 'Een oranje vlak',
    });
    expect(ok.data!.finalizeAssetUpload.title).toBe('Met alt');
    const reused = await finalize(t, editor, {
      uploadToken: receipt.uploadToken,
      title: 'Nog eens',
      altText: 'x',
    });
    expect(reused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'UPLOAD_NOT_FOUND',
    });
  });

  it('turns one upload into one asset, also when it is finalised twice at the same time', async () => {
    const receipt = await uploadOk(t, editor, 'PHOTO', 'dubbel.png', await makeImage(32, 32));
    const before = await assetRowCount(t);
    const assetsBefore = await objectKeys(t, 'assets/');
    const results = await Promise.all(
      ['Eerste', 'Tweede', 'Derde'].map((title) =>
        finalize(t, editor, { uploadToken: receipt.uploadToken, title, altText: 'x' }),
      ),
    );
    const made = results.filter((r) => r.data?.finalizeAssetUpload);
    expect(made).toHaveLength(1);
    for (const r of results.filter((r) => !r.data?.finalizeAssetUpload))
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'UPLOAD_NOT_FOUND' });
    expect(await assetRowCount(t)).toBe(before + 1);
    // The losers' copies are gone: only the winner's original was added under assets/.
    const added = (await objectKeys(t, 'assets/')).filter((k) => !assetsBefore.includes(k));
    expect(added).toEqual([expect.stringContaining(made[0].data!.finalizeAssetUpload.id)]);
  });

  describe('S3 failures during finalize leave no row', () => {
    it('when the staged object is gone', async () => {
      const receipt = await uploadOk(t, editor, 'PHOTO', 'weg.png', await makeImage(32, 32));
      const [key] = await objectKeys(t, 'staging/');
      await t.app.get(StorageService).delete(key);
      const before = await assetRowCount(t);
      const res = await finalize(t, editor, { uploadToken: receipt.uploadToken, title: 'Weg', altText: 'x' });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        subCode: 'UPLOAD_NOT_FOUND',
      });
      expect(await assetRowCount(t)).toBe(before);
    });

    it('when the copy to the final key fails', async () => {
      const receipt = await uploadOk(t, editor, 'PHOTO', 'kopie.png', await makeImage(32, 32));
      const storage = t.app.get(StorageService);
      const copy = jest.spyOn(storage, 'copy').mockRejectedValueOnce(new Error('S3 is down'));
      const before = await assetRowCount(t);
      const assetsBefore = await objectKeys(t, 'assets/');
      const res = await finalize(t, editor, {
        uploadToken: receipt.uploadToken,
        title: 'Kopie',
        altText: 'x',
      });
      copy.mockRestore();
      expect(res.errors![0].extensions).toMatchObject({ code: 'INTERNAL', subCode: 'STORAGE_FAILED' });
      expect(await assetRowCount(t)).toBe(before);
      expect(await objectKeys(t, 'assets/')).toEqual(assetsBefore);
      // S3 is back: the same token works.
      const retry = await finalize(t, editor, {
        uploadToken: receipt.uploadToken,
        title: 'Kopie',
        altText: 'x',
      });
      expect(retry.data!.finalizeAssetUpload.title).toBe('Kopie');
    });

    it('when the commit fails after the copy (the copied object is removed again)', async () => {
      const receipt = await uploadOk(t, editor, 'PHOTO', 'commit.png', await makeImage(32, 32));
      const audit = jest
        .spyOn(t.app.get(AuditService), 'record')
        .mockRejectedValueOnce(new Error('database gone'));
      const before = await assetRowCount(t);
      const assetsBefore = await objectKeys(t, 'assets/');
      const res = await finalize(t, editor, {
        uploadToken: receipt.uploadToken,
        title: 'Commit',
        altText: 'x',
      });
      audit.mockRestore();
      expect(res.errors![0].extensions).toMatchObject({ code: 'INTERNAL' });
      expect(await assetRowCount(t)).toBe(before);
      expect(await objectKeys(t, 'assets/')).toEqual(assetsBefore);
    });
  });

  it('leaves only staging objects after an interrupted upload, and the sweep removes them', async () => {
    const { host, port } = await listen(t);
    const before = await assetRowCount(t);
    const assetsBefore = await objectKeys(t, 'assets/');
    const storage = t.app.get(StorageService);
    const receive = jest.spyOn(t.app.get(AssetUploadService), 'receive');
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host,
        port,
        method: 'PUT',
        path: '/files/uploads?kind=PHOTO&filename=half.png',
        headers: { ...editor, 'transfer-encoding': 'chunked' },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      // A valid PNG start, then 6 MiB: the first multipart part reaches S3 before the client disappears.
      req.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      req.write(randomBytes(6 * 1024 * 1024), () => setTimeout(() => req.destroy(), 300));
    });
    // The server notices the abort and finishes handling the upload.
    await until(() => Promise.resolve(receive.mock.results.length > 0));
    const [outcome] = await Promise.allSettled([receive.mock.results[0].value]);
    receive.mockRestore();
    expect(outcome).toMatchObject({ status: 'rejected', reason: { subCode: 'UPLOAD_INTERRUPTED' } });
    expect(await assetRowCount(t)).toBe(before);
    expect(await objectKeys(t, 'assets/')).toEqual(assetsBefore);
    // A crash mid-upload would leave a staged object; simulate one.
    const leftover = `staging/${centralId}/${randomUUID()}`;
    await storage.put(leftover, randomBytes(1024));
    const all = await objectKeys(t);
    expect(all.filter((k) => !k.startsWith('assets/'))).toEqual(expect.arrayContaining([leftover]));
    expect(all.every((k) => k.startsWith('assets/') || k.startsWith('staging/'))).toBe(true);
    const removed = await t.app.get(StagingSweeper).sweep(new Date(Date.now() + 1000));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await objectKeys(t, 'staging/')).toEqual([]);
  });

  it('keeps staging objects younger than the cutoff (the default sweep spares uploads in progress)', async () => {
    const fresh = `staging/${centralId}/${randomUUID()}`;
    await t.app.get(StorageService).put(fresh, 'x');
    expect(await t.app.get(StagingSweeper).sweep()).toBe(0);
    expect(await objectKeys(t, 'staging/')).toContain(fresh);
    await t.app.get(StagingSweeper).sweep(new Date(Date.now() + 1000));
  });

  describe('posts, usage, expiry and the brand kit', () => {
    let logo: AssetResult;
    let photo: AssetResult;

    beforeAll(async () => {
      logo = await createAsset(t, editor, 'LOGO', 'logo.png', await makeImage(400, 200), { altText: 'Logo' });
      photo = await createAsset(t, editor, 'PHOTO', 'foto.jpg', await makeImage(300, 200, 'jpeg'), {
        altText: 'Voorlezer met kinderen',
        rights: { portraitConsent: true, portraitConsentUntil: '2099-12-31' },
      });
    });

    it('attaches assets to a post in order, with a per-post alt text, and loads them per page', async () => {
      const post = await createPost('Met beeld');
      const res = await gql<{
        setPostAssets: {
          version: number;
          assets: {
            position: number;
            altText: string;
            altTextOverride: string | null;
            asset: { id: string };
          }[];
        };
      }>(
        editor,
        `mutation($id: ID!, $v: Int, $assets: [PostAssetInput!]!) { setPostAssets(postId: $id, version: $v, assets: $assets) {
           version assets { position altText altTextOverride asset { id } } } }`,
        {
          id: post.id,
          v: post.version,
          assets: [{ assetId: photo.id, altText: 'Voorlezen in Delft' }, { assetId: logo.id }],
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.setPostAssets).toEqual({
        version: post.version + 1,
        assets: [
          {
            position: 0,
            altText: 'Voorlezen in Delft',
            altTextOverride: 'Voorlezen in Delft',
            asset: { id: photo.id },
          },
          { position: 1, altText: 'Logo', altTextOverride: null, asset: { id: logo.id } },
        ],
      });
      const stale = await gql(
        editor,
        'mutation($id: ID!, $assets: [PostAssetInput!]!) { setPostAssets(postId: $id, version: 1, assets: $assets) { id } }',
        { id: post.id, assets: [] },
      );
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', subCode: 'STALE_VERSION' });

      // A page of posts loads every post's assets with one batch, not one per post.
      for (let i = 0; i < 4; i++) {
        const other = await createPost(`Nog een ${i}`);
        await gql(
          editor,
          'mutation($id: ID!, $a: ID!) { setPostAssets(postId: $id, assets: [{ assetId: $a }]) { id } }',
          {
            id: other.id,
            a: logo.id,
          },
        );
      }
      const batch = jest.spyOn(t.app.get(PostAssetService), 'attachmentsOf');
      const page = await gql<{ posts: { nodes: { assets: unknown[]; assetWarnings: unknown[] }[] } }>(
        editor,
        '{ posts(first: 10) { nodes { id assets { position asset { id title } } assetWarnings { reason } } } }',
      );
      expect(page.data!.posts.nodes.length).toBeGreaterThanOrEqual(5);
      expect(batch).toHaveBeenCalledTimes(1);
      batch.mockRestore();

      const usage = await gql<{ assetUsage: { postId: string; position: number }[] }>(
        editor,
        'query($id: ID!) { assetUsage(assetId: $id) { postId postTitle postStatus position } }',
        { id: logo.id },
      );
      expect(usage.data!.assetUsage).toHaveLength(5);
    });

    it('refuses to delete an asset in use, listing the posts, and archives it instead', async () => {
      const res = await gql(editor, 'mutation($id: ID!, $v: Int!) { deleteAsset(id: $id, version: $v) }', {
        id: photo.id,
        v: photo.version,
      });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        subCode: 'ASSET_IN_USE',
        postIds: [expect.any(String)],
        inBrandKit: false,
      });
      expect(
        await t.app.get(StorageService).head(`assets/${centralId}/${photo.id}/v1/original`),
      ).not.toBeNull();
      const archived = await gql<{ archiveAsset: AssetResult }>(
        editor,
        'mutation($id: ID!, $v: Int!) { archiveAsset(id: $id, version: $v) { archivedAt unusableReason version } }',
        { id: photo.id, v: photo.version },
      );
      expect(archived.data!.archiveAsset).toMatchObject({
        archivedAt: expect.any(String),
        unusableReason: 'ARCHIVED',
      });
      const restored = await gql<{ unarchiveAsset: AssetResult }>(
        editor,
        'mutation($id: ID!, $v: Int!) { unarchiveAsset(id: $id, version: $v) { archivedAt version } }',
        { id: photo.id, v: archived.data!.archiveAsset.version },
      );
      expect(restored.data!.unarchiveAsset.archivedAt).toBeNull();
      photo = { ...photo, version: restored.data!.unarchiveAsset.version };
    });

    it('lists assets expiring within 30 days for central editors, and flags expired ones on posts', async () => {
      const soon = new Date(Date.now() + 10 * 86_400_000).toISOString();
      const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
      const expiring = await createAsset(t, editor, 'BANNER', 'banner.png', await makeImage(200, 100), {
        validUntil: soon,
      });
      await createAsset(t, editor, 'BANNER', 'banner-later.png', await makeImage(200, 100), {
        validUntil: later,
      });
      const consentDay = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
      const consent = await createAsset(
        t,
        editor,
        'PHOTO',
        'portret.jpg',
        await makeImage(100, 100, 'jpeg'),
        {
          rights: { portraitConsent: true, portraitConsentUntil: consentDay },
        },
      );
      const res = await gql<{ expiringAssets: { id: string; expiresAt: string }[] }>(
        editor,
        '{ expiringAssets(days: 30) { id expiresAt } }',
      );
      expect(res.data!.expiringAssets.map((a) => a.id)).toEqual([consent.id, expiring.id]);
      const forbidden = await gql(library, '{ expiringAssets { id } }');
      expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });

      // Expire the photo on a post: the editor sees the post flagged.
      const expired = await gql<{ updateAsset: AssetResult }>(
        editor,
        'mutation($id: ID!, $v: Int!, $until: DateTime!) { updateAsset(id: $id, input: { version: $v, validUntil: $until }) { unusableReason version } }',
        { id: photo.id, v: photo.version, until: new Date(Date.now() - 1000).toISOString() },
      );
      expect(expired.data!.updateAsset.unusableReason).toBe('EXPIRED');
      const [usage] = await asOwner<{ post_id: string }>(
        t,
        'SELECT post_id FROM post_assets WHERE asset_id = $1',
        [photo.id],
      );
      const post = await gql<{
        post: { assetWarnings: { assetId: string; reason: string; title: string }[] };
      }>(editor, 'query($id: ID!) { post(id: $id) { assetWarnings { assetId reason title since } } }', {
        id: usage.post_id,
      });
      expect(post.data!.post.assetWarnings).toEqual([
        expect.objectContaining({ assetId: photo.id, reason: 'EXPIRED', title: 'foto.jpg' }),
      ]);
      const withExpired = await gql<{ expiringAssets: { id: string }[] }>(
        editor,
        '{ expiringAssets(days: 30, includeExpired: true) { id } }',
      );
      expect(withExpired.data!.expiringAssets.map((a) => a.id)).toContain(photo.id);
    });

    it('keeps the brand kit as data, readable by libraries, edited by central editors', async () => {
      const font = await createAsset(
        t,
        editor,
        'FONT',
        'Bieb-Sans.woff2',
        Buffer.concat([Buffer.from('wOF2'), randomBytes(200)]),
        { altText: null },
      );
      const input = {
        colours: [
          { name: 'Bieb-oranje', hex: '#e4572e', usage: 'Koppen en knoppen' },
          { name: 'Inktblauw', hex: '#1D3557' },
        ],
        logos: [{ assetId: logo.id, label: 'Logo liggend', usage: 'Op lichte achtergronden' }],
        fonts: [{ assetId: font.id, label: 'Bieb Sans', usage: 'Alle teksten' }],
        templates: [],
      };
      const wrong = await gql(
        editor,
        'mutation($input: BrandKitInput!) { setBrandKit(input: $input) { colours { name } } }',
        { input: { ...input, fonts: [{ assetId: logo.id, label: 'Geen font' }] } },
      );
      expect(wrong.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        subCode: 'WRONG_ASSET_KIND',
      });
      const set = await gql(
        editor,
        'mutation($input: BrandKitInput!) { setBrandKit(input: $input) { colours { name } } }',
        { input },
      );
      expect(set.errors).toBeUndefined();
      const denied = await gql(
        library,
        'mutation($input: BrandKitInput!) { setBrandKit(input: $input) { colours { name } } }',
        { input },
      );
      expect(denied.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      const kit = await gql<{ brandKit: Record<string, unknown> }>(
        library,
        '{ brandKit { colours { name hex usage } logos { label usage asset { id kind } } fonts { label asset { id file { mimeType } } } templates { label } } }',
      );
      expect(kit.data!.brandKit).toEqual({
        colours: [
          { name: 'Bieb-oranje', hex: '#E4572E', usage: 'Koppen en knoppen' },
          { name: 'Inktblauw', hex: '#1D3557', usage: '' },
        ],
        logos: [
          { label: 'Logo liggend', usage: 'Op lichte achtergronden', asset: { id: logo.id, kind: 'LOGO' } },
        ],
        fonts: [{ label: 'Bieb Sans', asset: { id: font.id, file: { mimeType: 'font/woff2' } } }],
        templates: [],
      });
      const inKit = await gql(editor, 'mutation($id: ID!, $v: Int!) { deleteAsset(id: $id, version: $v) }', {
        id: font.id,
        v: font.version,
      });
      expect(inKit.errors![0].extensions).toMatchObject({
        subCode: 'ASSET_IN_USE',
        inBrandKit: true,
        postIds: [],
      });
    });
  });

  it('runs the job worker across failures: backoff, then gives up with the error recorded', async () => {
    const worker = t.app.get(JobWorker);
    await runJobs(t);
    let calls = 0;
    worker.register('test.flaky', () => {
      calls += 1;
      return Promise.reject(new Error(`attempt ${calls} failed`));
    });
    await t.dataSource.transaction(async (db) => {
      await db.query(`INSERT INTO jobs (kind, payload, max_attempts) VALUES ('test.flaky', '{}', 2)`);
    });
    const first = await worker.runOnce();
    expect(first.retrying).toHaveLength(1);
    expect((await worker.runOnce()).retrying).toHaveLength(0); // backoff: not due yet
    const later = new Date(Date.now() + 60_000);
    const second = await worker.runOnce({ now: later });
    expect(second.gaveUp).toHaveLength(1);
    const [job] = await asOwner<{ attempts: number; last_error: string; done_at: Date | null }>(
      t,
      `SELECT attempts, last_error, done_at FROM jobs WHERE kind = 'test.flaky'`,
    );
    expect(job).toEqual({ attempts: 2, last_error: 'attempt 2 failed', done_at: null });
    expect(calls).toBe(2);
  });

  it('lets a library upload its own files (used by submissions later)', async () => {
    const own = await createAsset(t, library, 'PHOTO', 'eigen.png', await makeImage(50, 50));
    expect(own.ownerTenantId).toBe(libraryId);
    expect(await objectKeys(t, `assets/${libraryId}/${own.id}/`)).toEqual([
      `assets/${libraryId}/${own.id}/v1/original`,
    ]);
    await runJobs(t);
    const res = await getAsset(library, own.id);
    expect(res.data!.asset.file.renditionsStatus).toBe('READY');
  });
});
