import { ApiScope, Role } from '@bibliohub/contracts';
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
import {
  createAsset,
  download,
  makeImage,
  objectKeys,
  runJobs,
  sha256,
  uploadOk,
  type AssetResult,
} from './asset-test-helpers.js';

const SUBMISSION = `id status version postId
  assets { position altText altTextOverride centralAssetId file { number sha256 }
    asset { id title ownerTenantId altText thumb: downloadUrl(rendition: THUMB) downloadUrl
      rights { owner licence creditLine portraitConsent portraitConsentUntil } file { sha256 renditionsStatus } } }`;

interface Attachment {
  position: number;
  altText: string | null;
  altTextOverride: string | null;
  centralAssetId: string | null;
  file: { number: number; sha256: string };
  asset: {
    id: string;
    title: string;
    ownerTenantId: string;
    altText: string | null;
    thumb: string | null;
    downloadUrl: string;
    rights: {
      owner: string | null;
      licence: string | null;
      creditLine: string | null;
      portraitConsent: boolean;
      portraitConsentUntil: string | null;
    };
    file: { sha256: string; renditionsStatus: string };
  };
}
interface Sub {
  id: string;
  status: string;
  version: number;
  postId: string | null;
  assets: Attachment[];
}

const INPUT = {
  title: 'Voorlezen met de burgemeester',
  body: 'De burgemeester las voor aan groep 3 in {{bibliotheek.plaats}}.',
  mayShare: true,
  portraitConsent: true,
  rightsNote: 'Foto gemaakt door onze eigen medewerker; vrij te gebruiken door bibliotheken',
};

describe('submissions with attached assets', () => {
  let t: TestApp;
  let centralId: string;
  let libAId: string;
  let editor: Record<string, string>;
  let libA: Record<string, string>;
  let libB: Record<string, string>;
  let keyB: string;
  let photoA: AssetResult;
  let photoB: AssetResult;
  let centralPhoto: AssetResult;
  const env = { ...process.env };

  const create = (headers: Record<string, string>, input: Record<string, unknown>, submit = false) =>
    t.gql<{ createSubmission: Sub }>(
      `mutation($input: SubmissionInput!, $submit: Boolean!) { createSubmission(input: $input, submit: $submit) { ${SUBMISSION} } }`,
      { input, submit },
      headers,
    );
  const setAssets = (headers: Record<string, string>, s: Sub, assets: unknown[]) =>
    t.gql<{ setSubmissionAssets: Sub }>(
      `mutation($id: ID!, $v: Int!, $assets: [SubmissionAssetInput!]!) { setSubmissionAssets(id: $id, version: $v, assets: $assets) { ${SUBMISSION} } }`,
      { id: s.id, v: s.version, assets },
      headers,
    );
  const update = (headers: Record<string, string>, s: Sub, input: Record<string, unknown>) =>
    t.gql<{ updateSubmission: Sub }>(
      `mutation($id: ID!, $v: Int!, $input: SubmissionInput!) { updateSubmission(id: $id, version: $v, input: $input) { ${SUBMISSION} } }`,
      { id: s.id, v: s.version, input },
      headers,
    );
  const get = async (headers: Record<string, string>, id: string) =>
    (
      await t.gql<{ submission: Sub }>(
        `query($id: ID!) { submission(id: $id) { ${SUBMISSION} } }`,
        { id },
        headers,
      )
    ).data!.submission;
  const decide = async (mutation: string, s: Sub, comment?: string) =>
    t.gql<Record<string, Sub>>(
      `mutation($id: ID!, $v: Int!, $c: String) { ${mutation}(id: $id, version: $v, comment: $c) { ${SUBMISSION} } }`,
      { id: s.id, v: s.version, c: comment },
      editor,
    );
  const ok = <T>(res: GqlResponse<T>): T => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions;
  const submitted = async (input: Record<string, unknown>) => {
    let s = ok(await create(libA, input, true)).createSubmission;
    s = ok(await decide('startSubmissionReview', s))['startSubmissionReview'];
    return s;
  };
  const rowCount = async (sql: string, params: unknown[]) =>
    (await asOwner<{ n: number }>(t, `SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

  beforeAll(async () => {
    // Renditions are made when the test says so (runJobs), not by a background poller.
    process.env['JOB_POLL_INTERVAL_MS'] = '0';
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    centralId = central.id;
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    const a = await createLibrary(t, { displayName: 'Bibliotheek Alfa', city: 'Alkmaar' });
    const b = await createLibrary(t, { displayName: 'Bibliotheek Beta', city: 'Breda' });
    libAId = a.id;
    libA = (await createSignedInUser(t, a.id, Role.LIBRARY_EDITOR)).headers;
    libB = (await createSignedInUser(t, b.id, Role.LIBRARY_ADMIN)).headers;
    keyB = (await createApiKey(t, b.id, [ApiScope.FEED_READ])).key;
    photoA = await createAsset(t, libA, 'PHOTO', 'burgemeester.png', await makeImage(640, 480), {
      title: 'Burgemeester leest voor',
      altText: 'De burgemeester leest voor aan een groep kinderen op een kleed',
      rights: { creditLine: 'Foto: Jan de Vries' },
    });
    photoB = await createAsset(t, libB, 'PHOTO', 'beta.png', await makeImage(32, 32));
    centralPhoto = await createAsset(t, editor, 'PHOTO', 'landelijk.png', await makeImage(32, 32));
    await runJobs(t);
  });
  afterAll(async () => {
    process.env = env;
    await t.close();
  });

  it('lets a library upload an image into its own space and attach it to a draft, with working thumbnails', async () => {
    expect(photoA.ownerTenantId).toBe(libAId);
    const s = ok(await create(libA, { ...INPUT, assets: [{ assetId: photoA.id }] })).createSubmission;
    expect(s.status).toBe('DRAFT');
    expect(s.assets).toHaveLength(1);
    expect(s.assets[0]).toMatchObject({
      position: 0,
      altText: photoA.altText,
      altTextOverride: null,
      centralAssetId: null,
      asset: { id: photoA.id, ownerTenantId: libAId, file: { renditionsStatus: 'READY' } },
    });
    const thumb = await download(t, libA, s.assets[0].asset.thumb!);
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');

    // The alt text can be set for this submission only; the version moves on.
    const changed = ok(
      await setAssets(libA, s, [{ assetId: photoA.id, altText: 'Kinderen luisteren naar de burgemeester' }]),
    ).setSubmissionAssets;
    expect(changed.version).toBe(s.version + 1);
    expect(changed.assets[0]).toMatchObject({
      altText: 'Kinderen luisteren naar de burgemeester',
      altTextOverride: 'Kinderen luisteren naar de burgemeester',
    });
    // An update without `assets` keeps them; an empty list detaches them.
    const kept = ok(await update(libA, changed, { ...INPUT, title: 'Nieuwe titel' })).updateSubmission;
    expect(kept.assets.map((a) => a.asset.id)).toEqual([photoA.id]);
    const cleared = ok(await update(libA, kept, { ...INPUT, assets: [] })).updateSubmission;
    expect(cleared.assets).toEqual([]);
  });

  it('keeps a library’s uploads and attachments from other libraries', async () => {
    const s = ok(await create(libA, { ...INPUT, assets: [{ assetId: photoA.id }] })).createSubmission;
    // Library B cannot see A's upload, nor download it.
    const seen = await t.gql(`query($id: ID!) { asset(id: $id) { id } }`, { id: photoA.id }, libB);
    expect(errorOf(seen)).toMatchObject({ code: 'NOT_FOUND', subCode: 'ASSET_NOT_FOUND' });
    expect((await download(t, libB, s.assets[0].asset.thumb!)).status).toBe(404);
    expect((await download(t, libB, photoA.downloadUrl)).status).toBe(404);

    // Nor attach it: it answers like an unknown id, and nothing is written.
    const before = await rowCount('submissions WHERE title = $1', ['Van Beta']);
    const stolen = await create(libB, { ...INPUT, title: 'Van Beta', assets: [{ assetId: photoA.id }] });
    expect(errorOf(stolen)).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'ASSET_NOT_FOUND',
      details: [expect.objectContaining({ field: 'assets.0.assetId' })],
    });
    expect(await rowCount('submissions WHERE title = $1', ['Van Beta'])).toBe(before);
    const own = ok(await create(libB, { ...INPUT, title: 'Van Beta' })).createSubmission;
    const attach = await setAssets(libB, own, [{ assetId: photoB.id }, { assetId: photoA.id }]);
    expect(errorOf(attach)).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'ASSET_NOT_FOUND' });
    expect(await rowCount('submission_assets WHERE submission_id = $1', [own.id])).toBe(0);
    expect((await get(libB, own.id)).version).toBe(own.version);

    // And A's submission with its attachment stays out of B's reach.
    const direct = await t.gql(`query($id: ID!) { submission(id: $id) { id } }`, { id: s.id }, libB);
    expect(errorOf(direct)).toMatchObject({ code: 'NOT_FOUND' });
    const hijack = await setAssets(libB, s, [{ assetId: photoB.id }]);
    expect(errorOf(hijack)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get(libA, s.id)).assets.map((a) => a.asset.id)).toEqual([photoA.id]);
  });

  it('refuses attaching to a submission that is no longer editable with CONFLICT, changing nothing', async () => {
    const s = ok(await create(libA, { ...INPUT, assets: [{ assetId: photoA.id }] }, true)).createSubmission;
    expect(s.status).toBe('SUBMITTED');
    const other = await createAsset(t, libA, 'PHOTO', 'ander.png', await makeImage(16, 16));
    const viaSet = await setAssets(libA, s, [{ assetId: other.id }]);
    expect(errorOf(viaSet)).toMatchObject({
      code: 'CONFLICT',
      subCode: 'NOT_EDITABLE',
      currentStatus: 'SUBMITTED',
    });
    const viaUpdate = await update(libA, s, { ...INPUT, assets: [] });
    expect(errorOf(viaUpdate)).toMatchObject({ code: 'CONFLICT', subCode: 'NOT_EDITABLE' });
    const after = await get(libA, s.id);
    expect(after.version).toBe(s.version);
    expect(after.assets.map((a) => a.asset.id)).toEqual([photoA.id]);

    // Once the editors ask for changes it is editable again.
    const inReview = ok(await decide('startSubmissionReview', s))['startSubmissionReview'];
    const changes = ok(await decide('requestSubmissionChanges', inReview, 'Andere foto graag'))[
      'requestSubmissionChanges'
    ];
    const replaced = ok(await setAssets(libA, changes, [{ assetId: other.id }])).setSubmissionAssets;
    expect(replaced.assets.map((a) => a.asset.id)).toEqual([other.id]);
  });

  it('answers precise error codes at the GraphQL edge, never INTERNAL', async () => {
    const s = ok(await create(libA, INPUT)).createSubmission;
    const cases: [unknown[], Record<string, unknown>][] = [
      [
        [{ assetId: '00000000-0000-4000-8000-000000000000' }],
        { code: 'BAD_USER_INPUT', subCode: 'ASSET_NOT_FOUND' },
      ],
      [[{ assetId: 'not-a-uuid' }], { code: 'BAD_USER_INPUT', subCode: 'VALIDATION_FAILED' }],
      [
        [{ assetId: photoA.id }, { assetId: photoA.id }],
        {
          code: 'BAD_USER_INPUT',
          subCode: 'DUPLICATE_ASSET',
          details: [expect.objectContaining({ field: 'assets.1.assetId' })],
        },
      ],
      [
        Array.from({ length: 11 }, () => ({ assetId: photoA.id })),
        { code: 'BAD_USER_INPUT', subCode: 'VALIDATION_FAILED' },
      ],
      [[{ assetId: centralPhoto.id }], { code: 'BAD_USER_INPUT', subCode: 'ASSET_NOT_ATTACHABLE' }],
    ];
    for (const [assets, expected] of cases) {
      const res = await setAssets(libA, s, assets);
      expect(res.status).toBe(200);
      expect(errorOf(res)).toMatchObject(expected);
    }
    const archived = await createAsset(t, libA, 'PHOTO', 'oud.png', await makeImage(16, 16));
    ok(
      await t.gql(
        `mutation($id: ID!) { archiveAsset(id: $id, version: 1) { id } }`,
        { id: archived.id },
        libA,
      ),
    );
    expect(errorOf(await setAssets(libA, s, [{ assetId: archived.id }]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'ASSET_ARCHIVED',
    });
    expect(errorOf(await setAssets(libA, { ...s, version: s.version + 5 }, []))).toMatchObject({
      code: 'CONFLICT',
      subCode: 'STALE_VERSION',
    });
    expect(errorOf(await setAssets(editor, s, [{ assetId: photoA.id }]))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await setAssets(bearer(keyB), s, []))).toMatchObject({ code: 'FORBIDDEN' });
    // None of the refusals wrote anything.
    expect((await get(libA, s.id)).version).toBe(s.version);
    expect(await rowCount('submission_assets WHERE submission_id = $1', [s.id])).toBe(0);

    // An API key with submissions:write uploads and attaches for its own library.
    const { key } = await createApiKey(t, libAId, [ApiScope.SUBMISSIONS_WRITE]);
    const viaKey = await createAsset(t, bearer(key), 'PHOTO', 'api.png', await makeImage(16, 16));
    const attached = ok(await setAssets(bearer(key), s, [{ assetId: viaKey.id }])).setSubmissionAssets;
    expect(attached.assets.map((a) => a.asset.ownerTenantId)).toEqual([libAId]);

    // An attached upload cannot be deleted from under the submission.
    const del = await t.gql(
      `mutation($id: ID!) { deleteAsset(id: $id, version: 1) }`,
      { id: viaKey.id },
      bearer(key),
    );
    expect(errorOf(del)).toMatchObject({ code: 'FORBIDDEN' }); // API keys do not manage assets
    const delByUser = await t.gql(
      `mutation($id: ID!) { deleteAsset(id: $id, version: 1) }`,
      { id: viaKey.id },
      libA,
    );
    expect(errorOf(delByUser)).toMatchObject({ code: 'CONFLICT', subCode: 'ASSET_IN_USE' });
  });

  it('on approval copies the attachments into the central space, credited and with the rights statement, and they reach another library’s feed', async () => {
    let s = await submitted({
      ...INPUT,
      assets: [{ assetId: photoA.id, altText: 'Kinderen op een kleed luisteren naar de burgemeester' }],
    });
    // The editors see the library's upload with working thumbnail and original addresses.
    const review = await get(editor, s.id);
    expect(review.assets[0].asset.ownerTenantId).toBe(libAId);
    expect((await download(t, editor, review.assets[0].asset.thumb!)).status).toBe(200);
    const original = await download(t, editor, review.assets[0].asset.downloadUrl);
    expect(original.status).toBe(200);

    s = ok(await decide('approveSubmission', s))['approveSubmission'];
    expect(s.status).toBe('APPROVED');
    const copyId = s.assets[0].centralAssetId!;
    expect(copyId).toBeTruthy();
    expect(copyId).not.toBe(photoA.id);

    const post = await t.gql<{
      post: {
        version: number;
        assets: { position: number; altText: string; asset: Attachment['asset'] }[];
      };
    }>(
      `query($id: ID!) { post(id: $id) { version assets { position altText asset { id title ownerTenantId altText thumb: downloadUrl(rendition: THUMB) downloadUrl
         rights { owner licence creditLine portraitConsent portraitConsentUntil } file { sha256 renditionsStatus } } } } }`,
      { id: s.postId },
      editor,
    );
    const attached = post.data!.post.assets;
    expect(attached).toHaveLength(1);
    expect(attached[0]).toMatchObject({
      position: 0,
      altText: 'Kinderen op een kleed luisteren naar de burgemeester',
      asset: {
        id: copyId,
        title: 'Burgemeester leest voor',
        ownerTenantId: centralId,
        rights: {
          owner: 'Bibliotheek Alfa',
          licence: INPUT.rightsNote,
          creditLine: 'Foto: Jan de Vries · Bron: Bibliotheek Alfa',
          portraitConsent: true,
          portraitConsentUntil: null,
        },
        file: { sha256: photoA.file.sha256, renditionsStatus: 'READY' },
      },
    });
    // Its own objects in the central space (not the library's keys), renditions included.
    const [version] = await asOwner<{ object_key: string; renditions: Record<string, { key: string }> }>(
      t,
      'SELECT object_key, renditions FROM asset_versions WHERE asset_id = $1',
      [copyId],
    );
    expect(version.object_key).toBe(`assets/${centralId}/${copyId}/v1/original`);
    expect(Object.values(version.renditions).map((r) => r.key)).toEqual(
      expect.arrayContaining([`assets/${centralId}/${copyId}/v1/thumb.webp`]),
    );
    expect(await objectKeys(t, `assets/${centralId}/${copyId}/`)).toHaveLength(4);
    expect(sha256((await download(t, editor, attached[0].asset.downloadUrl)).body as Buffer)).toBe(
      photoA.file.sha256,
    );

    ok(
      await t.gql(
        `mutation($id: ID!, $v: Int!) { publishPost(id: $id, version: $v) { id } }`,
        { id: s.postId, v: post.data!.post.version },
        editor,
      ),
    );
    const feed = await t.gql<{
      feed: {
        nodes: {
          id: string;
          attribution: string;
          assets: {
            id: string;
            title: string;
            altText: string;
            files: { rendition: string; url: string }[];
          }[];
        }[];
      };
    }>(
      `{ feed(first: 50) { nodes { id attribution assets { id title altText files { rendition url } } } } }`,
      {},
      bearer(keyB),
    );
    const item = feed.data!.feed.nodes.find((n) => n.id === s.postId)!;
    expect(item.attribution).toBe('Bron: Bibliotheek Alfa');
    expect(item.assets).toEqual([
      expect.objectContaining({
        id: copyId,
        title: 'Burgemeester leest voor',
        altText: 'Kinderen op een kleed luisteren naar de burgemeester',
      }),
    ]);
    const thumbUrl = item.assets[0].files.find((f) => f.rendition === 'thumb')!.url;
    const viaFeed = await download(t, bearer(keyB), new URL(thumbUrl).pathname);
    expect(viaFeed.status).toBe(200);
    // Library B still cannot reach the library's own original.
    expect((await download(t, bearer(keyB), photoA.downloadUrl)).status).toBe(404);

    const republished = await get(libA, s.id);
    expect(republished.status).toBe('REPUBLISHED');
    expect(republished.assets[0].centralAssetId).toBe(copyId);
    const audit = await asOwner<{ action: string }>(t, 'SELECT action FROM audit_log WHERE entity_id = $1', [
      copyId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['asset.copy']);
  });

  it('pins the submitted file: replacing the asset’s file afterwards changes neither the review nor the copy', async () => {
    const photo = await createAsset(t, libA, 'PHOTO', 'eerste.png', await makeImage(48, 48));
    let s = await submitted({ ...INPUT, assets: [{ assetId: photo.id }] });
    const receipt = await uploadOk(t, libA, 'PHOTO', 'tweede.png', await makeImage(96, 64));
    const replaced = await t.gql<{ replaceAssetFile: { currentVersion: number } }>(
      `mutation($id: ID!, $token: String!) { replaceAssetFile(assetId: $id, uploadToken: $token, version: 1) { currentVersion } }`,
      { id: photo.id, token: receipt.uploadToken },
      libA,
    );
    expect(ok(replaced).replaceAssetFile.currentVersion).toBe(2);
    await runJobs(t);
    const review = (await get(editor, s.id)).assets[0];
    expect(review.file).toEqual({ number: 1, sha256: photo.file.sha256 });
    s = ok(await decide('approveSubmission', s))['approveSubmission'];
    const [copy] = await asOwner<{ sha256: string }>(
      t,
      'SELECT v.sha256 FROM asset_versions v WHERE v.asset_id = $1',
      [s.assets[0].centralAssetId],
    );
    expect(copy.sha256).toBe(photo.file.sha256);
    expect(copy.sha256).not.toBe(receipt.sha256);

    // Asking for changes makes it editable again: the attachment follows the current file until resubmitted.
    const other = await submitted({ ...INPUT, assets: [{ assetId: photo.id }] });
    expect((await get(editor, other.id)).assets[0].file.number).toBe(2);
    const changes = ok(await decide('requestSubmissionChanges', other, 'Graag anders'))[
      'requestSubmissionChanges'
    ];
    expect(changes.assets[0].file.number).toBe(2);
  });

  it('copies once under concurrent approvals, and leaves no rows or objects behind when approval is refused', async () => {
    const centralObjects = async () => (await objectKeys(t, `assets/${centralId}/`)).length;
    const centralAssets = () => rowCount('assets WHERE tenant_id = $1', [centralId]);

    const race = await submitted({ ...INPUT, assets: [{ assetId: photoA.id }] });
    const objectsBefore = await centralObjects();
    const assetsBefore = await centralAssets();
    const outcomes = await Promise.all([
      decide('approveSubmission', race),
      decide('approveSubmission', race),
      decide('approveSubmission', race),
    ]);
    expect(outcomes.filter((o) => o.data?.['approveSubmission'])).toHaveLength(1);
    for (const loser of outcomes.filter((o) => !o.data?.['approveSubmission']))
      expect(errorOf(loser)).toMatchObject({ code: 'CONFLICT' });
    expect(await centralAssets()).toBe(assetsBefore + 1);
    expect(await centralObjects()).toBe(objectsBefore + 4);

    // Without permission to share, the library's image does not travel: CONFLICT, nothing written.
    const noShare = await submitted({ ...INPUT, mayShare: false, assets: [{ assetId: photoA.id }] });
    const refused = await decide('approveSubmission', noShare);
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', subCode: 'SHARING_NOT_ALLOWED' });
    // A file whose portrait consent ended may not be republished either.
    const consent = await createAsset(t, libA, 'PHOTO', 'portret.png', await makeImage(16, 16), {
      rights: { portraitConsent: true, portraitConsentUntil: '2099-12-31' },
    });
    const expiring = await submitted({ ...INPUT, assets: [{ assetId: consent.id }] });
    await asOwner(t, `UPDATE assets SET portrait_consent_until = '2020-01-01' WHERE id = $1`, [consent.id]);
    const ended = await decide('approveSubmission', expiring);
    expect(errorOf(ended)).toMatchObject({
      code: 'CONFLICT',
      subCode: 'ATTACHMENT_UNUSABLE',
      assetId: consent.id,
      reason: 'CONSENT_EXPIRED',
    });
    for (const s of [noShare, expiring]) {
      const after = await get(editor, s.id);
      expect(after).toMatchObject({ status: 'IN_REVIEW', version: s.version, postId: null });
      expect(after.assets[0].centralAssetId).toBeNull();
      expect(await rowCount('posts WHERE source_submission_id = $1', [s.id])).toBe(0);
    }
    expect(await centralAssets()).toBe(assetsBefore + 1);
    expect(await centralObjects()).toBe(objectsBefore + 4);
  });
});
