// Writes tests/fixtures/schema-versions/v<N>.db for each schema version that has no fixture yet
// (`--force` rewrites them all). The generator is TypeScript that imports the app's db code, so it
// is bundled for Node with Vite first (packages stay external, loaded from node_modules).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'protocol-desk-scripts', 'schema-fixtures');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'tests/fixtures/schema-versions/generate.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'generate.mjs' } },
  },
});
const run = spawnSync(
  process.execPath,
  [join(outDir, 'generate.mjs'), join(root, 'tests/fixtures/schema-versions'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
