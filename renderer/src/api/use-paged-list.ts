import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import type { ApiMethod } from '../../../shared/api/methods.js';
import { callApi } from './client.js';

/** Rows fetched per call, and shown more at a time: a few screens. */
export const LIST_PAGE_ROWS = 100;

/** The read methods that return a page of a list (`offset`, `limit` in; `rows` and the `total` out). */
export type PagedMethod = {
  [M in ApiMethod]: MethodInput<M> extends { offset: number; limit: number }
    ? MethodOutput<M> extends { rows: unknown[]; total: number }
      ? M
      : never
    : never;
}[ApiMethod];

type Row<M extends PagedMethod> = MethodOutput<M>['rows'][number];

/**
 * A list a page at a time (a ministry's store holds tens of thousands of gifts, people, follow-ups): the first
 * page, and each next one when asked for, with how many rows match in all. Writes invalidate it by method name
 * (`invalidateQueries({ queryKey: ['gifts.page'] })`), which fetches again the pages already shown.
 */
export function usePagedList<M extends PagedMethod>(method: M, filter: Omit<MethodInput<M>, 'offset' | 'limit'>) {
  const query = useInfiniteQuery({
    queryKey: [method, filter],
    queryFn: ({ pageParam }) =>
      callApi(method, { ...filter, offset: pageParam, limit: LIST_PAGE_ROWS } as MethodInput<M>),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.length * LIST_PAGE_ROWS;
      return shown < last.total ? shown : undefined;
    },
    // Keep showing the previous rows while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  return {
    rows: pages?.flatMap((page) => page.rows as Row<M>[]),
    total: pages?.at(-1)?.total ?? 0,
    /** The newest page, for what a list's method says beside its rows. */
    latest: pages?.at(-1),
    error: query.error,
    pending: query.isPending,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    showMore: () => void query.fetchNextPage(),
  };
}
