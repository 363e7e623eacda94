import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract.js';
import type { ApiMethod } from '../../../shared/api/methods.js';
import { callApi } from './client.js';

/**
 * A read method's result, cached by method and input. Writes invalidate by method name
 * (`queryClient.invalidateQueries({ queryKey: ['organizations.list'] })`).
 */
export function useApiQuery<M extends ApiMethod>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: [method, input],
    queryFn: () => callApi(method, input),
    // Keep showing the previous rows while a new search loads, instead of flashing a spinner.
    placeholderData: (previous) => previous,
  });
}
