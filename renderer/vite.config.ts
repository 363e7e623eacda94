import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * V8 compiles a function when it is first called, on the main thread. The calendar's chunk (FullCalendar and the
 * page, loaded as the app starts: calendar/CalendarRoute.tsx) begins with V8's explicit compile hint, so all its
 * functions are compiled as it loads, beside the main thread, not in the middle of the calendar's first opening.
 * Added to the written file: a comment in the source would be minified away, and the hint counts only on the file's
 * first line.
 */
function compileCalendarEagerly(): Plugin {
  return {
    name: 'compile-calendar-eagerly',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.name === 'CalendarPage')
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      }
    },
  };
}

// The renderer is served from app://protocol-desk/ in Electron and from http://127.0.0.1:<port>/ in
// browser mode: both at the root, so absolute asset paths work in both.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), compileCalendarEagerly()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Nothing inline: the CSP allows scripts from the app's own files only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    // One style sheet, as before the calendar had a chunk of its own: its import then waits for no style sheet.
    cssCodeSplit: false,
  },
});
