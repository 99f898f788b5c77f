import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `touch_api_keys(ids)`: records the last use of many keys (of any libraries) in one statement, so the
 * API writes it in a batch each second instead of in a transaction of its own inside the request that
 * used the key. At 10,000 libraries polling every few minutes nearly every feed request is a key's first
 * use in its resolution window (bench/README.md). Runs as the owner, like `auth_api_key`, and only moves
 * `last_used_at` forward.
 */
export class ApiKeyTouch1763900009500 implements MigrationInterface {
  name = 'ApiKeyTouch1763900009500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION touch_api_keys(p_ids uuid[]) RETURNS void LANGUAGE sql
      SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ UPDATE api_keys SET last_used_at = now()
             WHERE id = ANY(p_ids) AND (last_used_at IS NULL OR last_used_at < now()) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION touch_api_keys(uuid[])');
  }
}
