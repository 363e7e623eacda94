import { Alert, Button, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeSummary } from '../../../shared/domain/exchange.js';

/** The tables an exchange file carries (db/queries/exchange.ts), by their translated names. */
type ExchangeTable = keyof Translation['exchange']['tables'];
import { ApiCallError, callApi } from '../api/client.js';
import { downloadFile } from '../api/download.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { uploadFile } from '../api/upload-file.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { formatDateTime } from '../format/date.js';
import type { Translation } from '../i18n/vi.js';

/**
 * Exchange files: every record, or one organisation's, to one checked file for another machine; and
 * importing such a file, with what was added, updated and left alone, and each conflict listed.
 */
export function ExchangeSettings() {
  const { t, i18n } = useTranslation();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'all' | 'organization' | 'import'>();
  const [failure, setFailure] = useState<{ text: string; detail?: string }>();
  const [summary, setSummary] = useState<ExchangeSummary>();
  const [uploaded, setUploaded] = useState<number>();

  async function run(kind: 'all' | 'organization' | 'import', work: () => Promise<void>) {
    setBusy(kind);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      // The refusal names what is wrong with the file (which part, which check): shown under the plain message.
      const detail = error instanceof ApiCallError && error.fields.uploadId ? error.message : undefined;
      setFailure({ text: errorText(error, t), detail });
    } finally {
      setBusy(undefined);
    }
  }

  const exportRecords = (id: string | null) =>
    run(id ? 'organization' : 'all', async () => {
      downloadFile(await callApi('exchange.export', { organizationId: id }));
    });

  const importFile = (file: File | null) =>
    file &&
    run('import', async () => {
      setSummary(undefined);
      try {
        const uploadId = await uploadFile(file, setUploaded);
        setSummary(await callApi('exchange.import', { uploadId }));
      } finally {
        setUploaded(undefined);
      }
      // Any list on any page may hold imported records.
      await queryClient.invalidateQueries();
    });

  return (
    <Stack gap="xs">
      <Title order={3}>{t('exchange.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('exchange.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        <Button loading={busy === 'all'} onClick={() => void exportRecords(null)}>
          {t('exchange.exportAll')}
        </Button>
        <OrganizationSelect
          label={t('exchange.organization')}
          clearable
          value={organizationId}
          onChange={setOrganizationId}
          w={280}
        />
        <Button
          variant="default"
          disabled={!organizationId}
          loading={busy === 'organization'}
          onClick={() => void exportRecords(organizationId)}
        >
          {t('exchange.exportOrganization')}
        </Button>
      </Group>
      <Group>
        <FileButton accept=".gz,application/gzip" onChange={(file) => void importFile(file)}>
          {(props) => (
            <Button {...props} variant="default" loading={busy === 'import'}>
              {t('exchange.importLabel')}
            </Button>
          )}
        </FileButton>
        {uploaded !== undefined && (
          <Text size="sm" role="status">
            {uploaded < 1 ? t('exchange.uploading', { percent: Math.floor(uploaded * 100) }) : t('exchange.checking')}
          </Text>
        )}
      </Group>
      <ErrorAlert message={failure?.text} />
      {failure?.detail && (
        <Text size="xs" c="dimmed">
          {failure.detail}
        </Text>
      )}
      {summary && (
        <Alert color="teal" role="status">
          {t('exchange.summary', {
            createdAt: formatDateTime(summary.createdAt, i18n.language),
            appVersion: summary.appVersion,
            added: summary.added,
            updated: summary.updated,
            unchanged: summary.unchanged,
            ignored: summary.ignored,
            conflicts: summary.conflicts.length,
          })}
        </Alert>
      )}
      {summary &&
        (summary.conflicts.length === 0 ? (
          <Text size="sm">{t('exchange.noConflicts')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('exchange.conflictsTitle')}>
            <Table.Caption>{t('exchange.conflictsTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.columns.table')}</Table.Th>
                <Table.Th>{t('exchange.columns.record')}</Table.Th>
                <Table.Th>{t('exchange.columns.reason')}</Table.Th>
                <Table.Th>{t('exchange.columns.fields')}</Table.Th>
                <Table.Th>{t('exchange.columns.local')}</Table.Th>
                <Table.Th>{t('exchange.columns.incoming')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.conflicts.map((conflict) => (
                <Table.Tr key={`${conflict.table}:${conflict.id}`}>
                  <Table.Td>
                    {t(`exchange.tables.${conflict.table as ExchangeTable}`, { defaultValue: conflict.table })}
                  </Table.Td>
                  <Table.Td>{conflict.label}</Table.Td>
                  <Table.Td>{t(`exchange.reasons.${conflict.reason}`)}</Table.Td>
                  <Table.Td>{conflict.fields.join(', ')}</Table.Td>
                  <Table.Td>
                    {conflict.localUpdatedAt ? formatDateTime(conflict.localUpdatedAt, i18n.language) : '—'}
                  </Table.Td>
                  <Table.Td>{formatDateTime(conflict.incomingUpdatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
