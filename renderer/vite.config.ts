import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is served from app://protocol-desk/ in Electron and from http://127.0.0.1:<port>/ in
// browser mode: both at the root, so absolute asset paths work in both.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Nothing inline: the CSP allows scripts from the app's own files only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
