import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import type { ApiMethod } from '../../../shared/api/methods.js';
import { callApi } from './client.js';

export interface ApiQuery<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads a read method's result and reloads when its input changes or `reload` is called.
 * An answer that arrives after a newer request started is dropped, so fast typing never shows stale rows.
 */
export function useApiQuery<M extends ApiMethod>(method: M, input: MethodInput<M>): ApiQuery<MethodOutput<M>> {
  const [data, setData] = useState<MethodOutput<M>>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    setLoading(true);
    callApi(method, JSON.parse(key) as MethodInput<M>).then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [method, key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload };
}
