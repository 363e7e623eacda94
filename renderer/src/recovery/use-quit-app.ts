import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';

/** "Quit" on the screens shown before the store is open (recovery, unlock): main stops, the page says so. */
export function useQuitApp() {
  const { t } = useTranslation();
  const [quitting, setQuitting] = useState(false);
  const [quit, setQuit] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function quitApp() {
    setQuitting(true);
    setFailure(undefined);
    try {
      await callApi('recovery.quit', {});
      setQuit(true);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setQuitting(false);
    }
  }

  return { quitApp, quitting, quit, failure };
}
