import { Alert, Button, Group, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';

/**
 * First run: an empty store (no organisation yet, as the home summary says) offers the seed visits as sample
 * records; declining is remembered. The home page and an unfiltered empty delegation list show it. The home page
 * hands over its summary's answer: asked here too, the summary would be fetched a second time as this mounted (an
 * answer is stale once it has arrived), tens of milliseconds of the store's time at a ministry's scale.
 */
export function SampleDataOffer({ noOrganizations }: { noOrganizations?: boolean }) {
  const { t } = useTranslation();
  const [declined, setDeclined] = useLocalStorage({ key: 'protocol-desk.sample-data-declined', defaultValue: false });
  const summary = useApiQuery('home.summary', {}, { enabled: !declined && noOrganizations === undefined });
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (declined || !(noOrganizations ?? summary.data?.noOrganizations)) return null;

  async function load() {
    setLoading(true);
    setFailure(undefined);
    try {
      await callApi('sampleData.load', {});
      await queryClient.invalidateQueries();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setLoading(false);
    }
  }

  return (
    <Alert color="indigo" title={t('sampleData.title')}>
      <Text size="sm">{t('sampleData.text')}</Text>
      {failure && (
        <Text size="sm" c="red.9" role="alert">
          {failure}
        </Text>
      )}
      <Group mt="sm">
        <Button loading={loading} onClick={() => void load()}>
          {t('sampleData.load')}
        </Button>
        <Button variant="default" onClick={() => setDeclined(true)}>
          {t('sampleData.decline')}
        </Button>
      </Group>
    </Alert>
  );
}
