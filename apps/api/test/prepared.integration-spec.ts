import { createTestApp, type TestApp } from '@bibliohub/api-testing';
import { prepared, queryPrepared, TenantDb } from '@bibliohub/api-core';
import { QueryFailedError } from 'typeorm';
import { AppModule } from '../src/app.module.js';

describe('prepared statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
  });
  afterAll(() => t.close());

  const PLUS = prepared('SELECT $1::int + 1 AS n');

  it('prepares once per connection and reuses it, in a transaction and on a pooled connection', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const rows = [];
      for (const n of [1, 2, 3])
        rows.push(...(await queryPrepared<{ n: number }>(runner.manager, PLUS, [n])));
      expect(rows).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
      const statements = (await runner.query(
        'SELECT name, statement FROM pg_prepared_statements WHERE name = $1',
        [PLUS.name],
      )) as { name: string; statement: string }[];
      expect(statements).toEqual([{ name: PLUS.name, statement: PLUS.text }]);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    // On a pooled connection of the DataSource too.
    expect(await queryPrepared(t.dataSource, PLUS, [41])).toEqual([{ n: 42 }]);
  });

  it('names a statement by its text, so a changed text never collides with a prepared one', () => {
    expect(prepared('SELECT $1::int + 1 AS n')).toEqual(PLUS);
    expect(prepared('SELECT $1::int + 2 AS n').name).not.toBe(PLUS.name);
  });

  it('fails like a TypeORM query: QueryFailedError with the driver error, inside a TenantDb transaction', async () => {
    const db = t.app.get(TenantDb);
    const error = await db
      .asCentralSystem((m) => queryPrepared(m, prepared('SELECT $1::uuid AS id'), ['not-a-uuid']))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
  });
});
