import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { addDays, endOfISOWeek, format, isValid, parseISO, startOfISOWeek } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PageHeader } from '../components/PageHeader.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';
import { BriefingSheet } from './BriefingPage.js';

/** Every visit of a chosen week, one sheet after another: printed together as one PDF. */
export function WeekBriefingsPage() {
  const { t } = useTranslation();
  const [dayText, setDayText] = useState(isoToDateInput(format(new Date(), 'yyyy-MM-dd')));
  const typed = parseISO(dateInputToIso(dayText));
  const valid = isValid(typed) && dateInputToIso(dayText).length === 10;
  const monday = format(startOfISOWeek(valid ? typed : new Date()), 'yyyy-MM-dd');
  const sunday = format(endOfISOWeek(parseISO(monday)), 'yyyy-MM-dd');
  const visits = useApiQuery('delegations.list', { from: monday, to: sunday, sort: 'oldest' });
  const wanted = (visits.data ?? []).filter((visit) => visit.status !== 'cancelled');
  const sheets = useQueries({
    queries: wanted.map((visit) => ({
      queryKey: ['briefings.forDelegation', { id: visit.id }],
      queryFn: () => callApi('briefings.forDelegation', { id: visit.id }),
    })),
  });

  return (
    <Stack>
      <Stack data-print-hidden>
        <PageHeader
          title={t('briefing.weekTitle')}
          actions={
            <Button onClick={() => window.print()} disabled={wanted.length === 0}>
              {t('briefing.printAll')}
            </Button>
          }
        />
        <Group align="flex-end">
          <TextInput
            label={t('briefing.weekOf')}
            placeholder={t('common.dayPlaceholder')}
            value={dayText}
            error={valid ? undefined : t('validation.invalid_date')}
            onChange={(event) => setDayText(event.currentTarget.value)}
            w={180}
          />
          <Text size="sm">
            {isoToDateInput(monday)} – {isoToDateInput(sunday)} · {t('delegations.count', { count: wanted.length })}
          </Text>
        </Group>
        <ErrorAlert error={visits.error} />
        {visits.data && wanted.length === 0 && <Text>{t('briefing.noVisits')}</Text>}
      </Stack>
      {sheets.map((sheet, index) =>
        sheet.data ? (
          <div key={sheet.data.delegation.id} style={index > 0 ? { breakBefore: 'page' } : undefined}>
            <BriefingSheet briefing={sheet.data} />
          </div>
        ) : null,
      )}
      {/* Keeps the next week one click away without a date picker. */}
      <Group data-print-hidden>
        <Button
          variant="default"
          onClick={() => setDayText(isoToDateInput(format(addDays(parseISO(monday), 7), 'yyyy-MM-dd')))}
        >
          {t('briefing.nextWeek')}
        </Button>
      </Group>
    </Stack>
  );
}
