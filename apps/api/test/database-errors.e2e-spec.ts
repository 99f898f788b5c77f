import { ErrorCode, Role } from '@bibliohub/contracts';
import {
  bearer,
  createApiKey,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  testConfig,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

/**
 * Database errors with a meaning for the caller are answered, not crashed on: when no connection comes
 * free within the pool's wait the caller gets UNAVAILABLE with a retry time (503 + Retry-After on REST),
 * and an id that is not a uuid gets NOT_FOUND like any id that names no row; neither is INTERNAL.
 */
describe('database errors', () => {
  let t: TestApp;
  let busy: TestApp;
  let key: string;
  let editor: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    key = (await createApiKey(t, (await createLibrary(t)).id)).key;
    editor = (await createSignedInUser(t, (await createCentral(t)).id, Role.CENTRAL_EDITOR)).headers;
    // A second API process on the same database with one pooled connection and a short wait for it.
    busy = await createTestApp((config, logger) => AppModule.register(config, logger), {
      reuse: testConfig({
        DATABASE_URL: t.config.database.url!,
        DATABASE_POOL_SIZE: '1',
        DATABASE_CONNECT_TIMEOUT_MS: '200',
      }),
    });
  });
  afterAll(async () => {
    await busy.app.close();
    await t.close();
  });

  /** Runs `request` while the busy app's only connection is held by a transaction. */
  const whileHeld = async <T>(request: () => Promise<T>): Promise<T> => {
    let release!: () => void;
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const transaction = busy.dataSource.transaction(async () => {
      held();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await holding;
    try {
      return await request();
    } finally {
      release();
      await transaction;
    }
  };

  it('answers a GraphQL request that finds no free connection with UNAVAILABLE and a retry time', async () => {
    const res = await whileHeld(() => busy.gql(`{ feed(first: 1) { nodes { id } } }`, {}, bearer(key)));
    expect(res.errors![0].extensions).toEqual({
      code: ErrorCode.UNAVAILABLE,
      subCode: 'DATABASE_BUSY',
      retryAfterSeconds: 1,
    });
    // And the same request succeeds once the connection is free again.
    const after = await busy.gql(`{ feed(first: 1) { nodes { id } } }`, {}, bearer(key));
    expect(after.errors).toBeUndefined();
  });

  it('answers a REST request with 503 and Retry-After', async () => {
    const res = await whileHeld(() =>
      busy.http().get('/files/assets/00000000-0000-4000-8000-000000000000/original').set(bearer(key)),
    );
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect((res.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      ErrorCode.UNAVAILABLE,
    );
  });

  it.each([
    ['post', `{ post(id: "abc") { id } }`],
    ['postRevisions', `{ postRevisions(id: "abc") { number } }`],
    ['duplicatePost', `mutation { duplicatePost(id: "abc") { id } }`],
    ['submission', `{ submission(id: "abc") { id } }`],
  ])('answers a malformed id with NOT_FOUND (%s)', async (_name, query) => {
    const res = await t.gql(query, {}, editor);
    expect(res.errors![0].extensions).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});
