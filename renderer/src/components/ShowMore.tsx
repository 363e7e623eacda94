import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST_PAGE_ROWS } from '../api/use-paged-list.js';
import { numberFormat } from '../format/number.js';

/** The lists read a page at a time, each with its own two texts. */
type ListWords = 'agreements' | 'followUps' | 'gifts' | 'organizations' | 'people';

/**
 * Under a list read a page at a time, while it has more rows than shown: how many are shown of how many match,
 * and a button for the next ones. (Once all are shown, nothing: the list is whole.) `words` names the rows: `${words}.shownOf` and `${words}.showMore` in the texts.
 */
export function ShowMore({
  list,
  words,
}: {
  list: { rows?: unknown[]; total: number; hasMore: boolean; loadingMore: boolean; showMore: () => void };
  words: ListWords;
}) {
  const { t, i18n } = useTranslation();
  const count = numberFormat(i18n.language);
  if (!list.hasMore) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" role="status">
        {t(`${words}.shownOf`, { shown: count.format(list.rows?.length ?? 0), total: count.format(list.total) })}
      </Text>
      <Button variant="default" loading={list.loadingMore} onClick={list.showMore}>
        {t(`${words}.showMore`, { count: LIST_PAGE_ROWS })}
      </Button>
    </Group>
  );
}
