import { readFileSync } from 'node:fs';
import { printSortedSchema } from '@bibliohub/api-core';
import { createTestApp, type TestApp } from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';

describe('API over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
  });
  afterAll(() => t.close());

  it('serves exactly the committed schema.graphql (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(t.app)).toBe(committed);
  });

  it('reports liveness and readiness with every component ok', async () => {
    await t.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      down: [],
      checks: { database: { status: 'ok' }, storage: { status: 'ok' } },
    });
  });

  it('answers GraphQL over POST and GET, echoing a request id', async () => {
    const post = await t
      .http()
      .post('/graphql')
      .set('x-request-id', 'abc-123')
      .send({ query: '{ __typename serverInfo { version } }' })
      .expect(200);
    expect(post.body.data).toEqual({ __typename: 'Query', serverInfo: { version: expect.any(String) } });
    expect(post.headers['x-request-id']).toBe('abc-123');
    const get = await t
      .http()
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('apollo-require-preflight', 'true')
      .expect(200);
    expect(get.body.data).toEqual({ __typename: 'Query' });
  });

  it('generates a request id when the caller gives none or a malformed one', async () => {
    const res = await t.http().get('/health/live').set('x-request-id', 'bad id with spaces');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('blocks GET requests without a preflight header (CSRF prevention)', async () => {
    const res = await t.http().get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses mutations over GET', async () => {
    const res = await t
      .http()
      .get('/graphql')
      .query({ query: 'mutation { __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(res.status).toBe(405);
  });

  it('maps invalid queries to BAD_USER_INPUT with a sub-code', async () => {
    const res = await t.gql('{ noSuchField }');
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      subCode: 'GRAPHQL_VALIDATION_FAILED',
    });
    const parse = await t.gql('{ serverInfo { ');
    expect(parse.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      subCode: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('refuses queries over the depth, alias and cost limits', async () => {
    const deep = `{ ${'__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }'} }`;
    const depth = await t.gql(deep);
    expect(depth.errors?.[0]?.extensions?.subCode).toBe('QUERY_DEPTH_LIMIT_EXCEEDED');
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const alias = await t.gql(`{ ${aliases} }`);
    expect(alias.errors?.[0]?.extensions?.subCode).toBe('QUERY_ALIASES_LIMIT_EXCEEDED');
  });

  it('rejects bodies over 1 MiB and malformed JSON with the API error shape', async () => {
    const big = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', subCode: 'BODY_TOO_LARGE' });
    const bad = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', subCode: 'MALFORMED_BODY' });
  });
});
