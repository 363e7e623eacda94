import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RECORD_KINDS, type BackupDetails } from '../../../shared/domain/backup.js';
import { formatDateTime } from '../format/date.js';

/** What a backup holds — date, data version, records per kind — shown before anyone restores it. */
export function BackupContents({ backup }: { backup: BackupDetails }) {
  const { t, i18n } = useTranslation();
  return (
    <Table variant="vertical" withTableBorder aria-label={t('backups.contents')}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={220}>{t('backups.takenAt')}</Table.Th>
          <Table.Td>{formatDateTime(backup.createdAt, i18n.language)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('backups.schemaVersion')}</Table.Th>
          <Table.Td>{backup.schemaVersion}</Table.Td>
        </Table.Tr>
        {RECORD_KINDS.map((kind) => (
          <Table.Tr key={kind}>
            <Table.Th>{t(`backups.counts.${kind}`)}</Table.Th>
            <Table.Td>{backup.counts[kind]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
