import { searchTokens } from '../../shared/text/fold.js';

/**
 * The folded tokens of a search, each once: every token must match, so a repeated one adds nothing but work (a
 * 200-character search of five words said twelve times took 2–3.4 s at a ministry's scale).
 */
function queryTokens(query: string): string[] {
  return [...new Set(searchTokens(query))];
}

/**
 * Builds an FTS5 MATCH expression from what the user typed: every folded token must match as a
 * prefix. Tokens hold only letters and digits, so quoting them cannot be escaped from.
 * Returns null when the query has nothing to search for.
 */
export function matchExpression(query: string): string | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"*`).join(' ');
}

/**
 * Every folded token as a whole word (no prefix): FTS5 reads a whole word's postings lazily, so a LIMIT stops
 * early, where a prefix gathers the postings of every term that starts with it first. Null when nothing to search.
 */
export function wordExpression(query: string): string | null {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"`).join(' ');
}

/**
 * A trigram MATCH expression: every token of three or more characters must occur somewhere (inside a
 * word too). Shorter tokens cannot be matched by trigrams; null when none is long enough.
 */
export function trigramExpression(query: string): string | null {
  const tokens = queryTokens(query).filter((token) => [...token].length >= 3);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `"${token}"`).join(' ');
}
