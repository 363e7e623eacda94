import { useQueries } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract.js';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { callApi } from '../api/client.js';

/** The list's filter and sort, as the page keeps them (the same the spreadsheet export is given). */
export type DelegationFilter = MethodInput<'delegations.list'>;

/** Rows fetched per call: a page is ~40 KB of JSON and covers ~15 screens of rows. */
export const PAGE_ROWS = 100;

/** The input of the call for one page; its query key is the method and this input, as useApiQuery keys them. */
export function pageInput(filter: DelegationFilter, page: number): MethodInput<'delegations.page'> {
  return { ...filter, offset: page * PAGE_ROWS, limit: PAGE_ROWS };
}

/**
 * The rows firstRow..lastRow of the filtered list, fetched page by page as they scroll into view and kept in
 * the query cache (by filter and offset), so scrolling back shows them at once. A row whose page has not
 * arrived is undefined (the table draws a placeholder). The rows are the cache's own objects: a row that has
 * not changed keeps its identity, so memoised row components are not redrawn.
 */
export function useDelegationRows(filter: DelegationFilter, firstRow: number, lastRow: number) {
  const firstPage = Math.floor(Math.max(firstRow, 0) / PAGE_ROWS);
  const lastPage = Math.floor(Math.max(lastRow, 0) / PAGE_ROWS);
  const pages = Array.from({ length: lastPage - firstPage + 1 }, (_, n) => firstPage + n);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = pageInput(filter, page);
      return { queryKey: ['delegations.page', input], queryFn: () => callApi('delegations.page', input) };
    }),
  });
  const rowAt = (index: number): DelegationSummary | undefined =>
    results[Math.floor(index / PAGE_ROWS) - firstPage]?.data?.rows[index % PAGE_ROWS];
  const error = results.find((result) => result.error)?.error ?? null;
  return { rowAt, error };
}
