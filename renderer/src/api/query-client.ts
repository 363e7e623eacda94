import { QueryClient } from '@tanstack/react-query';

/**
 * The data lives on this machine: no retries (a failure is real, not a flaky network),
 * no refetch on window focus (nothing else writes behind the user's back yet).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
