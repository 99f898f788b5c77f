import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The content library's default order (last changed first) across all statuses: an index to walk, so
 * a filter without an index of its own (a target group, a theme) stops after a page instead of reading
 * and sorting every match (1.4 s for one target group at 200,000 posts, bench/README.md).
 */
export class PostsUpdatedIndex1763900009200 implements MigrationInterface {
  name = 'PostsUpdatedIndex1763900009200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX "posts_updated" ON "posts" ("updated_at" DESC, "id" DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "posts_updated"');
  }
}
