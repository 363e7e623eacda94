import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract.js';
import { callApi } from '../api/client.js';

/** Follow-ups fetched per call, and shown more at a time: a few screens. */
export const FOLLOW_UP_PAGE_ROWS = 100;

type FollowUpFilter = Omit<MethodInput<'followUps.page'>, 'offset' | 'limit'>;

/**
 * The follow-up list a page at a time (a ministry's store holds tens of thousands of open ones): the first
 * page, and each next one when asked for. Writes invalidate it by method name (['followUps.page']), which
 * fetches again the pages already shown.
 */
export function useFollowUpList(filter: FollowUpFilter) {
  const query = useInfiniteQuery({
    queryKey: ['followUps.page', filter],
    queryFn: ({ pageParam }) => callApi('followUps.page', { ...filter, offset: pageParam, limit: FOLLOW_UP_PAGE_ROWS }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.length * FOLLOW_UP_PAGE_ROWS;
      return shown < last.total ? shown : undefined;
    },
    // Keep showing the previous rows while a new search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  return {
    rows: pages?.flatMap((page) => page.rows),
    total: pages?.at(-1)?.total ?? 0,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    showMore: () => void query.fetchNextPage(),
  };
}
