import { request as httpRequest } from 'node:http';
import { Role } from '@bibliohub/contracts';
import {
  asOwner,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';
import { listen, objectKeys, runJobs } from './asset-test-helpers.js';

const jsonl = (...rows: (object | string)[]) =>
  rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

const IMPORT_FIELDS = `id status format dryRun fileName size total processed imported updated unchanged skipped
  errorCount errors { line externalId field reason message } failure createdAt finishedAt`;

describe('bulk import of posts from the web app (PUT /files/imports/posts)', () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let library: Record<string, string>;

  const upload = (headers: Record<string, string>, query: Record<string, string>, body: string) =>
    t
      .http()
      .put('/files/imports/posts')
      .query(query)
      .set(headers)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(body));
  const fetchImport = async (id: string) => {
    const res = await t.gql<{ postImport: Record<string, unknown> }>(
      `query($id: ID!) { postImport(id: $id) { ${IMPORT_FIELDS} } }`,
      { id },
      editor,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.postImport;
  };

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    const central = await createCentral(t);
    editor = (await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR)).headers;
    const lib = await createLibrary(t);
    library = (await createSignedInUser(t, lib.id, Role.LIBRARY_ADMIN)).headers;
  });
  afterAll(() => t.close());

  it('uploads a file, imports it in a job with counts and row errors, and lists it', async () => {
    const file = jsonl(
      { externalId: 'web-1', title: 'Voorlezen in de bieb', body: 'Kom voorlezen!' },
      { externalId: 'web-2', title: '', body: 'Zonder titel' },
      'not json',
      { externalId: 'web-3', title: 'Boekenweek', body: 'Gratis boekenweekgeschenk', tags: ['boekenweek'] },
    );
    const res = await upload(editor, { format: 'jsonl', dryRun: 'false', filename: 'posts.jsonl' }, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'QUEUED',
      format: 'jsonl',
      dryRun: false,
      fileName: 'posts.jsonl',
      size: Buffer.byteLength(file),
      processed: 0,
    });
    const id = res.body.id as string;
    expect(await objectKeys(t, 'imports/')).toHaveLength(1);

    const jobs = await runJobs(t);
    expect(jobs.gaveUp).toEqual([]);
    const done = await fetchImport(id);
    expect(done).toMatchObject({
      status: 'DONE',
      total: 4,
      processed: 4,
      imported: 2,
      updated: 0,
      unchanged: 0,
      skipped: 2,
      errorCount: 2,
      failure: null,
    });
    expect(done['finishedAt']).not.toBeNull();
    expect(
      (done['errors'] as { line: number; field: string; reason: string }[]).map((e) => [
        e.line,
        e.field,
        e.reason,
      ]),
    ).toEqual([
      [2, 'title', 'minLength'],
      [3, '(json)', 'malformedJson'],
    ]);
    const posts = await asOwner<{ external_id: string; status: string; title: string }>(
      t,
      `SELECT external_id, status, title FROM posts WHERE external_id LIKE 'web-%' ORDER BY external_id`,
    );
    expect(posts).toEqual([
      { external_id: 'web-1', status: 'DRAFT', title: 'Voorlezen in de bieb' },
      { external_id: 'web-3', status: 'DRAFT', title: 'Boekenweek' },
    ]);
    // The uploaded file is gone once the import finished.
    expect(await objectKeys(t, 'imports/')).toEqual([]);

    // A dry run of a changed file counts what would happen and writes nothing.
    const again = await upload(
      editor,
      { format: 'jsonl', dryRun: 'true' },
      jsonl({ externalId: 'web-1', title: 'Voorlezen in de bieb!', body: 'Kom voorlezen!' }),
    );
    expect(again.status).toBe(201);
    await runJobs(t);
    expect(await fetchImport(again.body.id as string)).toMatchObject({
      status: 'DONE',
      dryRun: true,
      updated: 1,
      imported: 0,
    });
    const [unchanged] = await asOwner<{ title: string }>(
      t,
      `SELECT title FROM posts WHERE external_id = 'web-1'`,
    );
    expect(unchanged.title).toBe('Voorlezen in de bieb');

    const first = await t.gql<{
      postImports: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(`{ postImports(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, editor);
    expect(first.data!.postImports.nodes.map((n) => n.id)).toEqual([again.body.id]);
    expect(first.data!.postImports.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<{
      postImports: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      `query($after: String) { postImports(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage } } }`,
      { after: first.data!.postImports.pageInfo.endCursor },
      editor,
    );
    expect(second.data!.postImports).toEqual({ nodes: [{ id }], pageInfo: { hasNextPage: false } });
  });

  it('marks an import FAILED when the file as a whole cannot be read (CSV header)', async () => {
    const res = await upload(editor, { format: 'csv' }, 'externalId,titel,body\n1,a,b\n');
    expect(res.status).toBe(201);
    await runJobs(t);
    const failed = await fetchImport(res.body.id as string);
    expect(failed).toMatchObject({ status: 'FAILED', imported: 0 });
    expect(failed['failure']).toMatch(/Unknown column "titel"/);
  });

  it('refuses an unknown format, an empty file and a wrong dryRun with BAD_USER_INPUT', async () => {
    const xlsx = await upload(editor, { format: 'xlsx' }, 'a');
    expect(xlsx.status).toBe(400);
    expect(xlsx.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'UNSUPPORTED_FORMAT',
    });
    expect(xlsx.body.errors[0].message).toMatch(/jsonl, csv/);
    const empty = await upload(editor, { format: 'csv' }, '');
    expect(empty.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', subCode: 'EMPTY_FILE' });
    const dry = await upload(editor, { format: 'csv', dryRun: 'ja' }, 'x');
    expect(dry.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'INVALID_OPTION',
    });
    expect(await objectKeys(t, 'imports/')).toEqual([]);
  });

  it('refuses a file over the limit by its declared length (413, naming the limit)', async () => {
    const { host, port } = await listen(t);
    // Only the headers are sent: the API must answer from Content-Length without reading 101 MB.
    const answer = await new Promise<{
      status: number;
      body: { errors: { message: string; extensions: object }[] };
    }>((resolve, reject) => {
      const req = httpRequest(
        {
          host,
          port,
          method: 'PUT',
          path: '/files/imports/posts?format=jsonl',
          headers: { ...editor, 'content-length': String(101 * 1024 * 1024) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'FILE_TOO_LARGE',
    });
    expect(answer.body.errors[0].message).toMatch(/100 MB/);
  });

  it('refuses library users (FORBIDDEN), over REST and GraphQL', async () => {
    const res = await upload(
      library,
      { format: 'jsonl' },
      jsonl({ externalId: 'lib-1', title: 'x', body: 'y' }),
    );
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const list = await t.gql(`{ postImports { nodes { id } } }`, {}, library);
    expect(list.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await objectKeys(t, 'imports/')).toEqual([]);
  });
});
