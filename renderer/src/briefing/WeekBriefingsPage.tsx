import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { addDays, endOfISOWeek, format, isValid, parseISO, startOfISOWeek } from 'date-fns';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../format/number.js';
import { callApi } from '../api/client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PageHeader } from '../components/PageHeader.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';
import { PrintButtons } from '../components/PrintButtons.js';
import { BriefingSheet } from './BriefingPage.js';

/** Every visit of a chosen week, one sheet after another: printed together as one PDF. */
export function WeekBriefingsPage() {
  const { t, i18n } = useTranslation();
  // The week lives in the address (?day=2026-03-11), so the desktop app's print window opens the same week.
  const [params, setParams] = useSearchParams();
  const fromAddress = params.get('day') ?? '';
  const [dayText, setDayText] = useState(
    isoToDateInput(
      isValid(parseISO(fromAddress)) && fromAddress.length === 10 ? fromAddress : format(new Date(), 'yyyy-MM-dd'),
    ),
  );
  const typed = parseISO(dateInputToIso(dayText));
  const valid = isValid(typed) && dateInputToIso(dayText).length === 10;
  useEffect(() => {
    const day = dateInputToIso(dayText);
    if (valid && day !== fromAddress) setParams({ day }, { replace: true });
  }, [dayText, valid, fromAddress, setParams]);
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

  const ready = visits.data !== undefined && sheets.every((sheet) => sheet.data !== undefined);
  return (
    <Stack data-print-ready={ready || undefined}>
      <Stack data-print-hidden>
        <PageHeader
          title={t('briefing.weekTitle')}
          actions={<PrintButtons label={t('briefing.printAll')} disabled={wanted.length === 0} />}
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
            {isoToDateInput(monday)} – {isoToDateInput(sunday)} ·{' '}
            {t('delegations.count', { count: wanted.length, shown: numberFormat(i18n.language).format(wanted.length) })}
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
