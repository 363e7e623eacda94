import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../shared/domain/periodic-report.js';
import { callApi } from '../api/client.js';
import { downloadFile } from '../api/download.js';
import { errorText } from '../api/error-text.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import '../components/print-sheet.css';
import { formatPartialDate } from '../format/date.js';
import { BarChart } from './BarChart.js';

const PERIODS = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year'] as const;
type Period = (typeof PERIODS)[number];
const MONTHS: Record<Period, [string, string]> = {
  q1: ['01-01', '03-31'],
  q2: ['04-01', '06-30'],
  q3: ['07-01', '09-30'],
  q4: ['10-01', '12-31'],
  h1: ['01-01', '06-30'],
  h2: ['07-01', '12-31'],
  year: ['01-01', '12-31'],
};

function TallyTable({ rows, header }: { rows: Tally[]; header: string }) {
  return (
    <table>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <td>{row.label}</td>
            <td style={{ width: '20%' }}>{row.count}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} className="empty">
              {header}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The periodic report of a quarter, half-year or year: printable, and as XLSX. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [period, setPeriod] = useState<Period>('year');
  const [failure, setFailure] = useState<string>();
  const [fromDay, toDay] = MONTHS[period];
  const range = { from: `${year}-${fromDay}`, to: `${year}-${toDay}`, language } as const;
  const report = useApiQuery('reports.periodic', range);
  const years = Array.from({ length: 12 }, (_, index) => String(new Date().getFullYear() + 1 - index));
  const none = t('briefing.none');

  async function exportXlsx() {
    try {
      downloadFile(await callApi('reports.periodicXlsx', range));
    } catch (error) {
      setFailure(errorText(error, t));
    }
  }

  const data = report.data;
  const dispositions = data?.gifts.byDisposition.map((row) => ({
    ...row,
    label: t(`gifts.dispositions.${row.label}` as 'gifts.dispositions.displayed'),
  }));
  return (
    <Stack>
      <Group data-print-hidden align="flex-end">
        <Select
          label={t('reports.year')}
          data={years}
          value={year}
          onChange={(value) => value && setYear(value)}
          allowDeselect={false}
          w={120}
        />
        <Select
          label={t('reports.period')}
          data={PERIODS.map((value) => ({ value, label: t(`reports.periods.${value}`) }))}
          value={period}
          onChange={(value) => value && setPeriod(value as Period)}
          allowDeselect={false}
          w={180}
        />
        <Button variant="default" onClick={() => void exportXlsx()}>
          {t('reports.exportXlsx')}
        </Button>
        <Button onClick={() => window.print()}>{t('briefing.print')}</Button>
      </Group>
      <ErrorAlert error={report.error} message={failure} />
      {data && dispositions && (
        <article className="print-sheet" aria-label={t('reports.title')}>
          <div className="internal">{t('briefing.internal')}</div>
          <h1>{t('reports.title')}</h1>
          <p style={{ textAlign: 'center' }}>
            {formatPartialDate(data.from, language)} – {formatPartialDate(data.to, language)}
          </p>
          <h2>{t('reports.visits', { count: data.delegations.total })}</h2>
          <h3>{t('delegations.directions.incoming')}</h3>
          <TallyTable rows={data.delegations.incoming} header={none} />
          <BarChart rows={data.delegations.incoming} label={t('delegations.directions.incoming')} />
          <h3>{t('delegations.directions.outgoing')}</h3>
          <TallyTable rows={data.delegations.outgoing} header={none} />
          <BarChart rows={data.delegations.outgoing} label={t('delegations.directions.outgoing')} />
          <h3>{t('reports.byLevel')}</h3>
          <table>
            <thead>
              <tr>
                <th>{t('reports.level')}</th>
                <th style={{ width: '18%' }}>{t('delegations.directions.incoming')}</th>
                <th style={{ width: '18%' }}>{t('delegations.directions.outgoing')}</th>
              </tr>
            </thead>
            <tbody>
              {data.delegations.byLevel.map((row) => (
                <tr key={row.level}>
                  <td>{t(`reports.levels.${row.level}`)}</td>
                  <td>{row.incoming}</td>
                  <td>{row.outgoing}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart
            rows={data.delegations.byLevel.map((row) => ({
              label: t(`reports.levels.${row.level}`),
              count: row.incoming + row.outgoing,
            }))}
            label={t('reports.byLevel')}
          />
          <h2>{t('reports.agreements')}</h2>
          <table>
            <tbody>
              {data.agreements.signed.map((row) => (
                <tr key={`s-${row.title}`}>
                  <td>{row.title}</td>
                  <td style={{ width: '30%' }}>
                    {t('reports.signedOn', { date: formatPartialDate(row.signedOn, language) })}
                  </td>
                </tr>
              ))}
              {data.agreements.expiring.map((row) => (
                <tr key={`e-${row.title}`}>
                  <td>{row.title}</td>
                  <td style={{ width: '30%' }}>
                    {t('reports.expiresOn', { date: formatPartialDate(row.expiresOn, language) })}
                  </td>
                </tr>
              ))}
              {data.agreements.signed.length + data.agreements.expiring.length === 0 && (
                <tr>
                  <td className="empty">{none}</td>
                </tr>
              )}
            </tbody>
          </table>
          <BarChart
            rows={[
              { label: t('reports.signed'), count: data.agreements.signed.length },
              { label: t('reports.expiring'), count: data.agreements.expiring.length },
            ]}
            label={t('reports.agreements')}
          />
          <h2>{t('reports.gifts')}</h2>
          <TallyTable
            rows={[
              { label: t('reports.giftsReceived'), count: data.gifts.received },
              { label: t('reports.reportedOnTime'), count: data.gifts.reportedOnTime },
              { label: t('reports.disposed'), count: data.gifts.disposed },
              { label: t('reports.giftsGiven'), count: data.gifts.given },
            ]}
            header={none}
          />
          <BarChart rows={dispositions} label={t('gifts.fields.disposition')} />
          <h2>{t('reports.followUps')}</h2>
          <BarChart
            rows={[
              { label: t('followUps.statuses.done'), count: data.followUps.done },
              { label: t('reports.stillOpen'), count: data.followUps.open },
              { label: t('reports.overdue'), count: data.followUps.overdue },
            ]}
            label={t('reports.followUps')}
          />
        </article>
      )}
    </Stack>
  );
}
