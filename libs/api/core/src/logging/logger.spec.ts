import { Writable } from 'node:stream';
import { createLogger } from './logger.js';
import { requestContext } from './request-context.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

/** What TypeORM throws for a failed statement: the SQL, its bound values and the driver's error. */
class QueryFailedLike extends Error {
  query = 'INSERT INTO users (email, password_hash) VALUES ($1, $2)';
  parameters = ['jan@example.nl', '$argon2id$v=19$hash'];
  driverError = { code: '23505', detail: 'Key (email)=(jan@example.nl) already exists.' };
  detail = 'Key (email)=(jan@example.nl) already exists.';
}

describe('createLogger', () => {
  it('carries the request and tenant id of the current request', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-1', tenantId: 'tenant-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ requestId: 'req-1', tenantId: 'tenant-1', msg: 'inside' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('never writes credentials, bound SQL values or row details', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'BiblioHub-demo-2026!',
        token: 'bh_abc_secret',
        input: { password: 'p', refreshToken: 'r', accessToken: 'a', apiKey: 'k', secret: 's' },
        headers: { authorization: 'Bearer eyJ', cookie: 'session=1', accept: 'application/json' },
      },
      'credentials',
    );
    logger.error({ err: new QueryFailedLike('duplicate key value violates unique constraint') }, 'db');
    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    for (const secret of [
      'BiblioHub-demo-2026!',
      'bh_abc_secret',
      'eyJ',
      'session=1',
      'jan@example.nl',
      'argon2',
    ])
      expect(text).not.toContain(secret);
    for (const value of ['"p"', '"r"', '"a"', '"k"', '"s"']) expect(text).not.toContain(value);
    // What helps to debug stays: the header that is no secret, the error message, SQL text and code.
    expect(lines[0]).toMatchObject({ headers: { accept: 'application/json', authorization: '[redacted]' } });
    expect(lines[1]['err']).toMatchObject({
      message: 'duplicate key value violates unique constraint',
      query: expect.stringContaining('INSERT INTO users'),
      parameters: '[redacted]',
      driverError: { code: '23505', detail: '[redacted]' },
    });
  });
});
