import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Gift } from '../../../shared/domain/gift.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import '../components/print-sheet.css';
import { PrintButtons } from '../components/PrintButtons.js';
import { formatDateRange, formatPartialDate } from '../format/date.js';
import { numberFormat } from '../format/number.js';

/** A line to fill in by hand where the record holds nothing. */
function Blank() {
  return <span>………………………………………………</span>;
}

function value(gift: Gift, language: string): string | null {
  if (gift.estimatedValue === null) return null;
  return `${numberFormat(language).format(gift.estimatedValue)} ${gift.currency}`;
}

/**
 * /gifts/:id/report and /gifts/:id/minutes: the written report on a gift received (the content the law
 * asks for) and the handover minutes for the custodian, printable from the gift's page.
 */
export function GiftPaperPage({ kind }: { kind: 'report' | 'minutes' }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '' } = useParams();
  const gift = useApiQuery('gifts.get', { id });
  const delegation = useApiQuery(
    'delegations.get',
    { id: gift.data?.delegationId ?? '' },
    { enabled: Boolean(gift.data?.delegationId) },
  );
  if (gift.error) return <ErrorAlert error={gift.error} />;
  if (!gift.data) return null;
  const record = gift.data;
  const visit = delegation.data;
  const title = kind === 'report' ? t('giftPapers.reportTitle') : t('giftPapers.minutesTitle');
  // Ready to print once the gift, and the visit it came with (if any), are here.
  const ready = !record.delegationId || visit !== undefined;
  return (
    <Stack data-print-ready={ready || undefined}>
      <Group data-print-hidden justify="flex-end">
        <Button variant="default" component={Link} to={`/gifts/${record.id}`}>
          {t('giftPapers.back')}
        </Button>
        <PrintButtons />
      </Group>
      <article className="print-sheet" aria-label={title}>
        <h1>{title}</h1>
        {kind === 'report' ? (
          <>
            <h2>{t('giftPapers.giver')}</h2>
            <p>
              {t('giftPapers.giverName')}: {record.giverName ?? <Blank />}
              <br />
              {t('giftPapers.giverPosition')}: {record.giverTitle ?? <Blank />}
              <br />
              {t('giftPapers.giverAgency')}: {record.giverOrgName ?? <Blank />}
              <br />
              {t('giftPapers.giverAddress')}: <Blank />
            </p>
            <h2>{t('giftPapers.gift')}</h2>
            <p>
              {t('gifts.fields.item')}: {record.item} — {t(`gifts.categories.${record.category}`)},{' '}
              {t('gifts.fields.quantity').toLowerCase()}: {record.quantity}
              <br />
              {t('gifts.fields.estimatedValue')}: {value(record, language) ?? <Blank />}
              {record.valuationBasis ? ` (${record.valuationBasis})` : ''}
            </p>
            <h2>{t('giftPapers.circumstances')}</h2>
            <p>
              {t('giftPapers.when')}: {formatPartialDate(record.date, language)}
              <br />
              {t('giftPapers.where')}: {visit?.place || <Blank />}
              {visit && (
                <>
                  <br />
                  {t('giftPapers.occasion')}: {visit.visitingOrgName} → {visit.hostOrgName} (
                  {formatDateRange(visit.startDate, visit.endDate, language)})
                </>
              )}
              <br />
              {record.circumstances || <Blank />}
            </p>
            <h2>{t('giftPapers.relationship')}</h2>
            <p>
              <Blank />
            </p>
            <p>
              {t('giftPapers.recipient')}:{' '}
              {[record.recipientName, record.recipientTitle, record.recipientOrgName].filter(Boolean).join(', ')}
            </p>
          </>
        ) : (
          <>
            <p>
              {t('giftPapers.minutesIntro', { date: formatPartialDate(record.date, language) })}
              <br />
              {t('giftPapers.handedBy')}:{' '}
              {[record.recipientName, record.recipientTitle].filter(Boolean).join(', ') || <Blank />}
              <br />
              {t('giftPapers.receivedBy')}: <Blank />
            </p>
            <table>
              <thead>
                <tr>
                  <th>{t('gifts.fields.item')}</th>
                  <th>{t('gifts.fields.quantity')}</th>
                  <th>{t('gifts.fields.estimatedValue')}</th>
                  <th>{t('giftPapers.condition')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td>{record.item}</td>
                  <td>{record.quantity}</td>
                  <td>{value(record, language) ?? ''}</td>
                  <td />
                </tr>
              </tbody>
            </table>
            <p>
              {t('gifts.fields.disposition')}:{' '}
              {record.disposition ? t(`gifts.dispositions.${record.disposition}`) : <Blank />}
              {record.dispositionDecision ? ` — ${record.dispositionDecision}` : ''}
            </p>
            <table>
              <tbody>
                <tr>
                  <td style={{ height: '30mm', width: '50%' }}>{t('giftPapers.handedBy')}</td>
                  <td>{t('giftPapers.receivedBy')}</td>
                </tr>
              </tbody>
            </table>
          </>
        )}
      </article>
    </Stack>
  );
}
