// Every subset of Noto Sans, each with its unicode-range, so only the ones a page's text needs are loaded. Latin
// Extended, Cyrillic and Greek too: a Polish "Łódź" or a Russian name is drawn in the bundled face. With only
// the Vietnamese and Latin files, one "Ł" went down the whole font stack: five faces fetched in turn, each a
// relayout of the whole page, and a system font in the end.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
// Names in their own script (Hangul, kana/kanji, Chinese). Split by unicode-range: only glyphs in use are loaded.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-sc/400.css';
// Arabic and Hebrew names or notes print right to left in their own script, with a bundled font (not system luck).
// The families' files with their unicode-ranges: a subset file alone has none, so it claimed every character
// the faces before it lacked, and was fetched for it.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
import '@mantine/core/styles.css';
import '@mantine/spotlight/styles.css';
import './print.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { queryClient } from './api/query-client.js';
import { App } from './App.js';
import { initI18n } from './i18n/index.js';
import { cssVariablesResolver, theme } from './theme.js';

initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        {/* Hash routes work the same under app:// in Electron and http:// in browser mode. */}
        <HashRouter>
          <App />
        </HashRouter>
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
