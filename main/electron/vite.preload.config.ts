import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// A sandboxed preload can require only 'electron' and a few built-ins, so it is bundled into one CommonJS file.
export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../../dist/preload', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: fileURLToPath(new URL('./preload.ts', import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
});
