import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { PostEntity } from './post.entity.js';

/**
 * Relevance: title and tags weigh most, then body, then channel texts. Exact Dutch stems add to the
 * score of the looser prefix match from `dutch_search_query` (see the content migration).
 */
export const RANK_SQL = `(ts_rank_cd('{0.1,0.2,0.4,1.0}', p.search_vector, :searchQuery::tsquery) + ts_rank_cd('{0.1,0.2,0.4,1.0}', p.search_vector, :searchExact::tsquery))::real`;

/**
 * Dutch full-text search on posts: stems plus shortened stems as prefixes ("voorlezen" → voorlez:*,
 * voorl:*). The queries are computed first and passed as constants: `dutch_search_query` cannot be
 * inlined, so in the statement it would run again for every row it rechecks and ranks.
 */
export async function dutchSearch(
  db: EntityManager,
  qb: SelectQueryBuilder<PostEntity>,
  search: string,
): Promise<void> {
  const [{ searchQuery, searchExact }] = await db.query<{ searchQuery: string; searchExact: string }[]>(
    `SELECT dutch_search_query($1)::text AS "searchQuery", plainto_tsquery('dutch', $1)::text AS "searchExact"`,
    [search],
  );
  qb.andWhere('p.search_vector @@ :searchQuery::tsquery', { searchQuery, searchExact }).addSelect(
    RANK_SQL,
    'p_rank',
  );
}
