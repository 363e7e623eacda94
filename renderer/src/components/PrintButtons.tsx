import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ApiMethod } from '../../../shared/api/methods.js';
import { PRELOAD_GLOBAL } from '../../../shared/api/preload-api.js';
import { ApiCallError, callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';

/** In the desktop app the preload exposes the API; in a browser there is no such global. */
const inDesktopApp = () => PRELOAD_GLOBAL in window;

/**
 * "Save as PDF" and "Print" of the page on screen. The desktop app prints this same route from a hidden
 * window (print.savePdf / print.print); a browser, or a desktop app that answers `unsupported`, gets the
 * browser's own print, whose dialog also saves PDFs. The page must mark itself data-print-ready.
 */
export function PrintButtons({ label, disabled = false }: { label?: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [status, setStatus] = useState<string>();
  const route = `${location.pathname}${location.search}`;

  async function run(method: Extract<ApiMethod, 'print.savePdf' | 'print.print'>) {
    setStatus(undefined);
    try {
      const result = await callApi(method, { route });
      if ('saved' in result && result.saved && result.path) setStatus(t('printing.saved', { path: result.path }));
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'unsupported') window.print();
      else setStatus(errorText(error, t));
    }
  }

  if (!inDesktopApp()) {
    return (
      <Button onClick={() => window.print()} disabled={disabled}>
        {label ?? t('briefing.print')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" onClick={() => void run('print.savePdf')} disabled={disabled}>
        {t('printing.savePdf')}
      </Button>
      <Button onClick={() => void run('print.print')} disabled={disabled}>
        {t('printing.print')}
      </Button>
      {status && (
        <Text size="sm" role="status">
          {status}
        </Text>
      )}
    </>
  );
}
