import { useApiQuery } from '../api/use-api-query.js';

/** All active organisations, for pickers (parent, partners); sorted in Vietnamese order by the service. */
export function useAllOrganizations() {
  return useApiQuery('organizations.list', { query: '' });
}
