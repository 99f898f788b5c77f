import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys are checked on every machine request, so the lookup is one round trip: a function that
 * sets the pre-authentication `system` context for its own (implicit) transaction and reads the key.
 */
export class ApiKeyLookup1763900001100 implements MigrationInterface {
  name = 'ApiKeyLookup1763900001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION auth_api_key(p_prefix text, p_resolution_seconds int)
      RETURNS TABLE (id uuid, tenant_id uuid, secret_hash text, scopes text[], stale boolean)
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('app.tenant_id', '', true), set_config('app.role', 'system', true);
        RETURN QUERY
          SELECT k.id, k.tenant_id, k.secret_hash, k.scopes,
                 (k.last_used_at IS NULL OR k.last_used_at < now() - make_interval(secs => p_resolution_seconds))
            FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
           WHERE k.prefix = p_prefix AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND t.active;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION auth_api_key(text, int)');
  }
}
