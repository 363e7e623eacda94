import { Alert, Loader, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.js';
import { useApiQuery } from '../api/use-api-query.js';
import { BackupSettings } from './BackupSettings.js';
import { CalendarSettings } from './CalendarSettings.js';
import { EncryptionSettings } from './EncryptionSettings.js';
import { ExchangeSettings } from './ExchangeSettings.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  return (
    <Stack maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      {info.error && (
        <Alert color="red" title={t('errors.title')}>
          {errorText(info.error, t)}
        </Alert>
      )}
      {info.isPending && <Loader aria-label={t('common.loading')} />}
      {info.data && (
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>{t('settings.version')}</Table.Th>
              <Table.Td>{info.data.version}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.mode')}</Table.Th>
              <Table.Td>{t(`settings.modes.${info.data.mode}`)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.dataDir')}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{info.data.dataDir}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      <BackupSettings />
      {info.data && <EncryptionSettings dataDir={info.data.dataDir} />}
      <ExchangeSettings />
      <CalendarSettings />
    </Stack>
  );
}
