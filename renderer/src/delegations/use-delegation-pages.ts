import { useQueries } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract.js';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { callApi } from '../api/client.js';
import type { RowRange } from './use-window-rows.js';

/** The list's filter and sort, as the page keeps them (the same the spreadsheet export is given). */
export type DelegationFilter = MethodInput<'delegations.list'>;

/** Rows fetched per call: a page is ~40 KB of JSON and covers ~15 screens of rows. */
export const PAGE_ROWS = 100;

/**
 * Rows fetched beyond those drawn, on each side: the next page is asked for half a page before its first row
 * is drawn, so a steady scroll meets rows, not placeholders (each placeholder drawn is a row laid out twice).
 */
const AHEAD_ROWS = PAGE_ROWS / 2;

/** How long a fetched page is shown without asking main again. */
const PAGE_FRESH_MS = 30_000;

/** The input of the call for one page; its query key is the method and this input, as useApiQuery keys them. */
export function pageInput(filter: DelegationFilter, page: number): MethodInput<'delegations.page'> {
  return { ...filter, offset: page * PAGE_ROWS, limit: PAGE_ROWS };
}

/**
 * The rows of the `wanted` ranges of the filtered list (`total` rows long), fetched page by page, with the rows
 * AHEAD_ROWS either side, and kept in the query cache (by filter and offset), so scrolling back shows them at once.
 * A row whose page has not arrived is undefined (the table draws a placeholder). The rows are the cache's own
 * objects: a row that has not changed keeps its identity, so memoised row components are not redrawn.
 */
export function useDelegationRows(filter: DelegationFilter, total: number, wanted: RowRange[]) {
  const pages: number[] = [];
  for (const { first, last } of wanted) {
    const firstPage = Math.floor(Math.max(first - AHEAD_ROWS, 0) / PAGE_ROWS);
    // Never a page past the list's end: it would hold no rows.
    const lastPage = Math.max(firstPage, Math.floor(Math.min(last + AHEAD_ROWS, total - 1) / PAGE_ROWS));
    for (let page = firstPage; page <= lastPage; page++) if (!pages.includes(page)) pages.push(page);
  }
  const results = useQueries({
    queries: pages.map((page) => {
      const input = pageInput(filter, page);
      return {
        queryKey: ['delegations.page', input],
        queryFn: () => callApi('delegations.page', input),
        // A page scrolled out of view and back, or the first page the list page fetched a moment ago, is not
        // asked for again on each return (staleTime 0 would refetch it every time); the delegation forms,
        // delete and restore invalidate these queries, which refetches them at once.
        staleTime: PAGE_FRESH_MS,
      };
    }),
  });
  const rowAt = (index: number): DelegationSummary | undefined =>
    results[pages.indexOf(Math.floor(index / PAGE_ROWS))]?.data?.rows[index % PAGE_ROWS];
  const error = results.find((result) => result.error)?.error ?? null;
  return { rowAt, error };
}
