import { fold } from '../../shared/text/fold.js';
import type { SearchHit } from '../../shared/domain/search.js';
import { searchEverything } from '../../db/queries/global-search.js';
import type { Handlers } from './handler.js';

const SEARCH_LIMIT = 50;

/** 0: the title is the query; 1: the title starts with it; 2: a word starts with it; 3: it is inside a word. */
function rankOf(hit: SearchHit, folded: string): number {
  const title = fold(hit.title);
  if (title === folded) return 0;
  if (title.startsWith(folded)) return 1;
  return title.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(folded)) ? 2 : 3;
}

export const searchHandlers = {
  /** One search over every kind of record, folded, ranked exact > prefix > contains (stable within a rank). */
  'search.everything': (ctx, { query }) => {
    const folded = fold(query).trim();
    return searchEverything(ctx.db, query, SEARCH_LIMIT)
      .map((hit, order) => ({ hit, order, rank: rankOf(hit, folded) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ hit }) => hit);
  },
} satisfies Partial<Handlers>;
