import { countryName } from '../../shared/domain/country-names.js';
import { HEAD_LEVELS, headLevel } from '../../shared/domain/head-level.js';
import type { LevelCount, PeriodicReport, Tally } from '../../shared/domain/periodic-report.js';
import { placeOnCalendar } from '../../shared/calendar/placement.js';
import type { Store } from '../../db/connection.js';
import { listAgreements } from '../../db/queries/agreements.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { listDelegations } from '../../db/queries/delegations.js';
import { listFollowUps } from '../../db/queries/follow-ups.js';
import { listGifts } from '../../db/queries/gifts.js';
import { sheet, toXlsxBook } from '../export/spreadsheet.js';
import { withClock } from './gift-clock.js';
import type { Handlers } from './handler.js';

function tally(labels: string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const within = (date: string | null, from: string, to: string) =>
  date !== null && placeOnCalendar(date) >= from && placeOnCalendar(date) <= to;

/** The numbers of a period: visits by country, agreements signed and expiring, gifts handled, follow-ups. */
export function periodicReport(db: Store, from: string, to: string, language: string, now: Date): PeriodicReport {
  const visits = listDelegations(db, {
    query: '',
    direction: null,
    status: null,
    country: null,
    organizationId: null,
    from,
    to,
    sort: 'oldest',
  }).filter((visit) => visit.status !== 'cancelled');
  const byCountry = (direction: string) =>
    tally(
      visits
        .filter((visit) => visit.direction === direction)
        .map((visit) => countryName(visit.partnerCountry, language)),
    );
  const byLevel: LevelCount[] = HEAD_LEVELS.map((level) => ({
    level,
    incoming: visits.filter((visit) => visit.direction === 'incoming' && headLevel(visit.headTitle) === level).length,
    outgoing: visits.filter((visit) => visit.direction === 'outgoing' && headLevel(visit.headTitle) === level).length,
  }));
  const agreements = listAgreements(db, { query: '', organizationId: null });
  const adjustments = calendarAdjustments(db);
  const gifts = listGifts(db, {
    delegationId: null,
    query: '',
    direction: null,
    organizationId: null,
    personId: null,
    country: null,
    from,
    to,
  }).map((gift) => withClock(gift, adjustments, now));
  const received = gifts.filter((gift) => gift.direction === 'received');
  const followUps = listFollowUps(db, {
    query: '',
    owner: '',
    includeClosed: true,
    organizationId: null,
    sourceId: null,
  });
  const today = now.toISOString().slice(0, 10);
  return {
    from,
    to,
    delegations: {
      incoming: byCountry('incoming'),
      outgoing: byCountry('outgoing'),
      total: visits.length,
      byLevel,
    },
    agreements: {
      signed: agreements
        .filter((agreement) => within(agreement.signedOn, from, to))
        .map((agreement) => ({ title: agreement.title, signedOn: agreement.signedOn! })),
      expiring: agreements
        .filter((agreement) => within(agreement.expiresOn, from, to))
        .map((agreement) => ({ title: agreement.title, expiresOn: agreement.expiresOn! })),
    },
    gifts: {
      received: received.length,
      reportedOnTime: received.filter(
        (gift) => gift.reportedOn !== null && gift.reportDueOn !== null && gift.reportedOn <= gift.reportDueOn,
      ).length,
      disposed: received.filter((gift) => gift.disposition !== null).length,
      byDisposition: tally(received.filter((gift) => gift.disposition !== null).map((gift) => gift.disposition!)),
      given: gifts.length - received.length,
    },
    followUps: {
      done: followUps.filter((followUp) => followUp.status === 'done' && within(followUp.doneOn, from, to)).length,
      open: followUps.filter((followUp) => followUp.status === 'open' || followUp.status === 'in_progress').length,
      overdue: followUps.filter(
        (followUp) =>
          (followUp.status === 'open' || followUp.status === 'in_progress') &&
          followUp.due !== null &&
          followUp.due < today.slice(0, followUp.due.length),
      ).length,
    },
  };
}

const SHEETS = {
  vi: {
    visits: 'Đoàn',
    byLevel: 'Theo cấp',
    level: 'Cấp trưởng đoàn',
    levels: {
      leadership: 'Lãnh đạo chủ chốt (Chủ tịch, Bí thư, Thị trưởng…)',
      deputy: 'Cấp phó (Phó Chủ tịch, Phó Thị trưởng…)',
      department: 'Cấp sở, ngành (Giám đốc…)',
      other: 'Cấp khác',
      unknown: 'Chưa rõ',
    },
    agreements: 'Thỏa thuận',
    gifts: 'Quà tặng',
    followUps: 'Việc theo dõi',
    country: 'Quốc gia',
    incoming: 'Đoàn vào',
    outgoing: 'Đoàn ra',
    title: 'Tên văn bản',
    signed: 'Ký ngày',
    expires: 'Hết hạn',
    item: 'Chỉ tiêu',
    count: 'Số lượng',
  },
  en: {
    visits: 'Visits',
    byLevel: 'By level',
    level: 'Level of the head',
    levels: {
      leadership: 'Leaders (chair, party secretary, governor, mayor…)',
      deputy: 'Deputies (vice-chair, vice-mayor…)',
      department: 'Department heads (director…)',
      other: 'Other',
      unknown: 'Not known',
    },
    agreements: 'Agreements',
    gifts: 'Gifts',
    followUps: 'Follow-ups',
    country: 'Country',
    incoming: 'Incoming',
    outgoing: 'Outgoing',
    title: 'Title',
    signed: 'Signed',
    expires: 'Expires',
    item: 'Measure',
    count: 'Count',
  },
} as const;

export const periodicReportHandlers = {
  'reports.periodic': (ctx, { from, to, language }) => periodicReport(ctx.db, from, to, language, new Date()),

  /** The same report as a workbook: one sheet per section. */
  'reports.periodicXlsx': async (ctx, { from, to, language }) => {
    const report = periodicReport(ctx.db, from, to, language, new Date());
    const words = SHEETS[language];
    const countries = [
      ...new Set([...report.delegations.incoming, ...report.delegations.outgoing].map((row) => row.label)),
    ];
    const countOf = (rows: Tally[], label: string) => rows.find((row) => row.label === label)?.count ?? 0;
    const book = await toXlsxBook([
      sheet({
        name: words.visits,
        columns: [
          { header: words.country, value: (label: string) => label },
          { header: words.incoming, value: (label: string) => countOf(report.delegations.incoming, label) },
          { header: words.outgoing, value: (label: string) => countOf(report.delegations.outgoing, label) },
        ],
        rows: countries,
      }),
      sheet({
        name: words.byLevel,
        columns: [
          { header: words.level, value: (row: LevelCount) => words.levels[row.level] },
          { header: words.incoming, value: (row: LevelCount) => row.incoming },
          { header: words.outgoing, value: (row: LevelCount) => row.outgoing },
        ],
        rows: report.delegations.byLevel,
      }),
      sheet({
        name: words.agreements,
        columns: [
          { header: words.title, value: (row: { title: string; date: string; kind: string }) => row.title },
          {
            header: words.signed,
            value: (row: { title: string; date: string; kind: string }) => (row.kind === 'signed' ? row.date : null),
          },
          {
            header: words.expires,
            value: (row: { title: string; date: string; kind: string }) => (row.kind === 'expires' ? row.date : null),
          },
        ],
        rows: [
          ...report.agreements.signed.map((row) => ({ title: row.title, date: row.signedOn, kind: 'signed' })),
          ...report.agreements.expiring.map((row) => ({ title: row.title, date: row.expiresOn, kind: 'expires' })),
        ],
      }),
      sheet({
        name: words.gifts,
        columns: [
          { header: words.item, value: (row: Tally) => row.label },
          { header: words.count, value: (row: Tally) => row.count },
        ],
        rows: [
          { label: 'received', count: report.gifts.received },
          { label: 'reported_on_time', count: report.gifts.reportedOnTime },
          { label: 'disposed', count: report.gifts.disposed },
          { label: 'given', count: report.gifts.given },
          ...report.gifts.byDisposition,
        ],
      }),
      sheet({
        name: words.followUps,
        columns: [
          { header: words.item, value: (row: Tally) => row.label },
          { header: words.count, value: (row: Tally) => row.count },
        ],
        rows: [
          { label: 'done', count: report.followUps.done },
          { label: 'open', count: report.followUps.open },
          { label: 'overdue', count: report.followUps.overdue },
        ],
      }),
    ]);
    return {
      fileName: `bao-cao-${from}-${to}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: book.toString('base64'),
    };
  },
} satisfies Partial<Handlers>;
