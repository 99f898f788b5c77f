import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A SECURITY DEFINER function must name `pg_temp` last in its search path: left out, PostgreSQL searches
 * the caller's temporary schema first, where a session could shadow `phase_count_log` with a table of its own.
 * The other definer functions had it; the row-level security test now checks all of them.
 */
export class PhaseCountsSearchPath1763900009600 implements MigrationInterface {
  name = 'PhaseCountsSearchPath1763900009600';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER FUNCTION phase_status_counts() SET search_path = public, pg_temp');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER FUNCTION phase_status_counts() SET search_path = public');
  }
}
