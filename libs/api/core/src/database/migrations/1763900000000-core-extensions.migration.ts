import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions later features rely on: trigram search and accent-insensitive Dutch full-text search. */
export class CoreExtensions1763900000000 implements MigrationInterface {
  name = 'CoreExtensions1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
