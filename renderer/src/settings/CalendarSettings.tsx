import { Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarAdjustmentInput } from '../../../shared/domain/calendar.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { dateInputToIso } from '../format/date-input.js';
import { formatPartialDate } from '../format/date.js';
import { ChoiceControl } from '../components/ChoiceControl.js';

/**
 * The working-day calendar behind gift deadlines: the statutory holidays (computed, lunar ones included)
 * and the days the Government moves each year, which the user adds here.
 */
export function CalendarSettings() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useApiQuery('calendar.holidays', { year });
  const form = useForm({ initialValues: { date: '', kind: 'day_off' as 'day_off' | 'working_day', name: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: calendarAdjustmentInput,
    toInput: (values: { date: string; kind: string; name: string }) => ({
      ...values,
      date: dateInputToIso(values.date),
    }),
    save: (input) => callApi('calendar.saveAdjustment', input),
    onSaved: () => {
      form.reset();
      void queryClient.invalidateQueries();
    },
  });

  async function remove(id: string) {
    await callApi('calendar.deleteAdjustment', { id });
    await queryClient.invalidateQueries();
  }

  return (
    <Stack gap="xs">
      <Title order={3}>{t('calendar.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('calendar.intro')}
      </Text>
      <NumberInput
        label={t('calendar.year')}
        value={year}
        onChange={(value) => setYear(Number(value) || year)}
        min={1900}
        max={2100}
        w={140}
      />
      <ErrorAlert error={holidays.error} />
      {holidays.data && (
        <Table withTableBorder aria-label={t('calendar.statutory')}>
          <Table.Tbody>
            {holidays.data.statutory.map((holiday) => (
              <Table.Tr key={holiday.date}>
                <Table.Td w={160}>{formatPartialDate(holiday.date, i18n.language)}</Table.Td>
                <Table.Td>{holiday.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={4}>{t('calendar.adjustments')}</Title>
      {holidays.data && holidays.data.adjustments.length > 0 && (
        <Table withTableBorder aria-label={t('calendar.adjustments')}>
          <Table.Tbody>
            {holidays.data.adjustments.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td w={160}>{formatPartialDate(entry.date, i18n.language)}</Table.Td>
                <Table.Td>{t(`calendar.kinds.${entry.kind}`)}</Table.Td>
                <Table.Td>{entry.name}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => void remove(entry.id)}>
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Group align="flex-end">
          <TextInput
            label={t('calendar.date')}
            placeholder={t('common.dayPlaceholder')}
            w={150}
            {...form.getInputProps('date')}
          />
          <ChoiceControl
            aria-label={t('calendar.kind')}
            data={[
              { value: 'day_off', label: t('calendar.kinds.day_off') },
              { value: 'working_day', label: t('calendar.kinds.working_day') },
            ]}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('calendar.name')} w={240} {...form.getInputProps('name')} />
          <Button type="submit" loading={saving}>
            {t('calendar.add')}
          </Button>
        </Group>
        <ErrorAlert message={failure} />
      </form>
    </Stack>
  );
}
