import { loadConfig } from '../config/app-config.js';
import { readDatabaseUrl } from './data-source.factory.js';
import { formatLsn, parseLsn, replicaUnavailable } from './read-replica.js';

describe('read replica helpers', () => {
  it('parses and orders WAL positions as PostgreSQL does', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    expect(formatLsn(parseLsn('2A/0000BEEF')!)).toBe('2A/BEEF');
    for (const bad of [undefined, '', '16B3748', '0/16B3748; DROP', 'G/1', '123456789/0'])
      expect(parseLsn(bad)).toBeUndefined();
  });

  it('retries on the primary only for connection loss and recovery conflicts', () => {
    expect(replicaUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(replicaUnavailable({ code: '57P01', message: 'terminating connection' })).toBe(true);
    expect(replicaUnavailable({ driverError: { code: '40001' }, message: 'conflict with recovery' })).toBe(
      true,
    );
    expect(replicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(replicaUnavailable({ code: '42501', message: 'permission denied' })).toBe(false);
    expect(replicaUnavailable({ code: '28P01', message: 'password authentication failed' })).toBe(false);
    expect(replicaUnavailable(new Error('NOT_FOUND'))).toBe(false);
  });

  it('connects to the replica as the application role unless the URL names a user', () => {
    const env = {
      DATA_DIR: '/tmp/unused',
      DATABASE_URL: 'postgres://owner:secret@primary:5432/bibliohub',
      DATABASE_APP_PASSWORD: 'p'.repeat(32),
      JWT_SECRET: 'j'.repeat(32),
    };
    const filled = new URL(
      readDatabaseUrl(loadConfig({ ...env, DATABASE_READ_URL: 'postgres://replica:5433/bibliohub' }))!,
    );
    expect([filled.username, filled.password, filled.host]).toEqual([
      'bibliohub_app',
      'p'.repeat(32),
      'replica:5433',
    ]);
    const given = 'postgres://reader:pw@replica:5433/bibliohub';
    expect(readDatabaseUrl(loadConfig({ ...env, DATABASE_READ_URL: given }))).toBe(given);
    expect(readDatabaseUrl(loadConfig(env))).toBeUndefined();
  });
});
