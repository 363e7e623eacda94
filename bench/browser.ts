import type { Manifest } from './generate/store.js';

/** Placeholder replaced below. */
export async function runBrowserBenchmark(_options: { dataDir: string; manifest: Manifest }): Promise<string> {
  return 'browser benchmark: not measured yet';
}
