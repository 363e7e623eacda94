import { loadTextFaces } from './fonts.js';
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
import { loadCalendar } from './calendar/CalendarRoute.js';
import { initI18n } from './i18n/index.js';
import { cssVariablesResolver, theme } from './theme.js';

initI18n();
loadTextFaces();
// Beside the app's own start, not after it: opened straight from its address (a reload on the calendar), the page then
// finds its code ready instead of showing a loader (React keeps a loader it has shown for at least 300 ms).
void loadCalendar();

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
