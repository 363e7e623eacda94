import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles a TypeScript entry (and the app modules it imports) into one ES module Node can run, so a
 * test can spawn the app's own code without depending on `npm run build`. Packages stay external and
 * load from the project's node_modules — the output goes under node_modules/.cache for that reason.
 */
/** `name` gives each spec its own output folder: specs run in parallel and each empties its own. */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  const outDir = join(root, 'node_modules', '.cache', 'protocol-desk-tests', name);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, entry),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  return join(outDir, 'child.mjs');
}

/** A spawned child with its stdout split into lines as they come. */
export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a line satisfying `test` arrives; rejects if the child exits first. */
  waitForLine(test: (line: string) => boolean): Promise<void>;
  /** Resolves once the child has exited and its output is drained. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function runChild(file: string, args: string[]): RunningChild {
  const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  const waiters: { test: (line: string) => boolean; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    process: child,
    lines,
    closed,
    waitForLine: (test) =>
      lines.some(test)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiters.push({ test, resolve })),
            closed.then(({ code, signal, stderr: text }) => {
              throw new Error(`The child ended (code ${code}, signal ${signal}) before the line came: ${text}`);
            }),
          ]),
  };
}

/** A random whole number of milliseconds in [0, max): where in the child's work the kill lands. */
export const randomDelay = (max: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * max)));
