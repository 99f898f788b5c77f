import type { SelectQueryBuilder } from 'typeorm';
import type { PostEntity } from './post.entity.js';

/**
 * Relevance: title and tags weigh most, then body, then channel texts. Exact Dutch stems add to the
 * score of the looser prefix match from `dutch_search_query` (see the content migration).
 */
export const RANK_SQL = `(ts_rank_cd('{0.1,0.2,0.4,1.0}', p.search_vector, dutch_search_query(:search)) + ts_rank_cd('{0.1,0.2,0.4,1.0}', p.search_vector, plainto_tsquery('dutch', :search)))::real`;

/** Dutch full-text search on posts: stems plus shortened stems as prefixes ("voorlezen" → voorlez:*, voorl:*). */
export function dutchSearch(qb: SelectQueryBuilder<PostEntity>, search: string): void {
  qb.andWhere('p.search_vector @@ dutch_search_query(:search)', { search }).addSelect(RANK_SQL, 'p_rank');
}
