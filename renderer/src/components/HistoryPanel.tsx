import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../../shared/domain/history.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDateTime } from '../format/date.js';
import { ErrorAlert } from './ErrorAlert.js';

/** A record's history from the audit log: when, who, what happened, which fields changed. */
export function HistoryPanel({ entity, entityId }: { entity: HistoryEntity; entityId: string }) {
  const { t, i18n } = useTranslation();
  const history = useApiQuery('history.list', { entity, entityId });
  return (
    <Stack gap="xs">
      <Title order={3}>{t('history.title')}</Title>
      <ErrorAlert error={history.error} />
      {history.data && (
        <Table withTableBorder aria-label={t('history.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.when')}</Table.Th>
              <Table.Th>{t('history.who')}</Table.Th>
              <Table.Th>{t('history.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t(`history.actions.${entry.action}`)}
                    {entry.changedFields.length > 0 &&
                      `: ${entry.changedFields.map((field) => t(`history.fields.${field}` as 'history.fields.name', { defaultValue: field })).join(', ')}`}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
