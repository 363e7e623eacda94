import { Button } from '@mantine/core';
import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.js';
// Types only: erased from the build, so the page and FullCalendar stay in their own chunk.
import type * as CalendarPageModule from './CalendarPage.js';

/** The calendar's code, or why it could not be loaded (shown on the page, not thrown). */
type CalendarCode = { page: typeof CalendarPageModule.CalendarPage } | { failure: unknown };

let loaded: CalendarCode | undefined;
let loading: Promise<CalendarCode> | undefined;

/**
 * Loads the calendar's code: FullCalendar and the page, a chunk of their own that the build marks for eager
 * compilation (renderer/vite.config.ts). Called as the app starts (main.tsx), so that the first opening of the
 * calendar neither waits for the file nor compiles its functions one by one as they are first called.
 */
export function loadCalendar(): Promise<CalendarCode> {
  loading ??= import('./CalendarPage.js')
    .then(
      (module): CalendarCode => ({ page: module.CalendarPage }),
      (failure: unknown): CalendarCode => ({ failure }),
    )
    .then((code) => (loaded = code));
  return loading;
}

/** The calendar page, its code loaded first if it has not been yet (the nearest Suspense shows a loader). */
export function CalendarRoute() {
  const { t } = useTranslation();
  // Drawn again after "Try again", once the failed load has been forgotten.
  const [, setAttempts] = useState(0);
  const code = loaded ?? use(loadCalendar());
  if ('failure' in code)
    return (
      <ErrorAlert message={t('calendar.page.codeFailed')}>
        {' '}
        <Button
          variant="default"
          size="xs"
          onClick={() => {
            loaded = loading = undefined;
            setAttempts((attempts) => attempts + 1);
          }}
        >
          {t('common.retry')}
        </Button>
      </ErrorAlert>
    );
  return <code.page />;
}
