import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Shown where a list's rows will be while its first page is on its way: at a ministry's scale the first page of
 * people or follow-ups can take a second, and the page below its search field was blank until then.
 */
export function ListLoader({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return pending ? <Loader aria-label={t('common.loading')} /> : null;
}
