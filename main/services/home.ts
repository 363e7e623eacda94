import { addDays, addMonths, endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import type { HomeSummary } from '../../shared/domain/home.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { listDelegations } from '../../db/queries/delegations.js';
import { listFollowUpsDueBy } from '../../db/queries/follow-ups.js';
import { awaitingGiftDeadlines, findGifts } from '../../db/queries/gifts.js';
import { listAgreementsExpiring } from '../../db/queries/agreements.js';
import { EXPIRING_MONTHS } from '../../shared/domain/agreement.js';
import { noOrganizations } from '../../db/queries/organizations.js';
import type { CalendarAdjustments } from '../../shared/calendar/working-days.js';
import type { Gift } from '../../shared/domain/gift.js';
import { calendarItems } from './calendar-items.js';
import { monthGrid } from './month-grid.js';
import { deadlinesOf, withClock } from './gift-clock.js';
import type { Handlers } from './handler.js';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The home page lists this many follow-ups, gifts to report and expiring agreements (the most urgent first) and
 * counts the rest: after years of use they run to thousands, a page nobody reads to the end and the slowest part
 * of opening the app. Their own lists have them all.
 */
export const HOME_LIST_LIMIT = 50;

/**
 * Received gifts whose report or proceeds are overdue or due within days, the earliest outstanding deadline
 * first (then the earliest received): at most HOME_LIST_LIMIT built in full, and how many there are. The clock is worked out from the dates
 * alone for every gift awaiting one.
 */
function giftsToReport(db: Parameters<typeof listDelegations>[0], adjustments: CalendarAdjustments, now: Date) {
  const today = iso(now);
  const urgent = awaitingGiftDeadlines(db)
    .map((gift) => {
      const { reportDueOn, proceedsDueOn, clock } = deadlinesOf(gift, adjustments, today);
      const outstanding = [gift.reportedOn ? null : reportDueOn, gift.proceedsRemittedOn ? null : proceedsDueOn];
      return {
        id: gift.id,
        received: gift.date,
        clock,
        next: outstanding.filter((due) => due !== null).sort()[0] ?? '',
      };
    })
    .filter((gift) => gift.clock === 'overdue' || gift.clock === 'due_soon')
    .sort((a, b) => a.next.localeCompare(b.next) || a.received.localeCompare(b.received) || a.id.localeCompare(b.id));
  const shown: Gift[] = findGifts(
    db,
    urgent.slice(0, HOME_LIST_LIMIT).map((gift) => gift.id),
  ).map((gift) => withClock(gift, adjustments, now));
  return { giftReports: shown, giftReportsMore: urgent.length - shown.length };
}

/**
 * What needs attention today: this week's and next week's visits, follow-ups overdue or due within 14 days,
 * received gifts whose report is due or overdue, agreements expiring within 12 months (each of these three the
 * first HOME_LIST_LIMIT and how many more), anniversaries in the next 60 days (the same), and whether the store
 * holds no organisation yet.
 */
export function homeSummary(db: Parameters<typeof listDelegations>[0], now: Date): HomeSummary {
  const today = iso(now);
  const weekStart = iso(startOfISOWeek(now));
  const nextWeekEnd = iso(endOfISOWeek(addDays(now, 7)));
  const visits = listDelegations(db, {
    query: '',
    direction: null,
    status: null,
    country: null,
    organizationId: null,
    from: weekStart,
    to: nextWeekEnd,
    sort: 'oldest',
  }).filter((visit) => visit.status !== 'cancelled');

  const soon = iso(addDays(now, 14));
  const due = listFollowUpsDueBy(db, { dueBy: soon, limit: HOME_LIST_LIMIT });
  const followUps = due.followUps.map((followUp) => ({
    ...followUp,
    overdue: followUp.due! < today.slice(0, followUp.due!.length),
  }));
  const followUpsMore = due.total - followUps.length;

  const { giftReports, giftReportsMore } = giftsToReport(db, calendarAdjustments(db), now);

  const horizon = iso(addMonths(now, EXPIRING_MONTHS));
  const expiringSoon = listAgreementsExpiring(db, { today, by: horizon, limit: HOME_LIST_LIMIT });
  const expiring = expiringSoon.agreements.map((agreement) => ({ ...agreement, expired: false }));
  const expiringMore = expiringSoon.total - expiring.length;

  const anniversariesAhead = calendarItems(db, {
    from: today,
    to: iso(addDays(now, 60)),
    kinds: ['anniversary'],
    direction: null,
    country: null,
    organizationId: null,
  });
  const anniversaries = anniversariesAhead.slice(0, HOME_LIST_LIMIT);
  const anniversariesMore = anniversariesAhead.length - anniversaries.length;

  return {
    today,
    visits,
    followUps,
    followUpsMore,
    giftReports,
    giftReportsMore,
    expiring,
    expiringMore,
    anniversaries,
    anniversariesMore,
    noOrganizations: noOrganizations(db),
  };
}

export const homeHandlers = {
  'home.summary': (ctx) => homeSummary(ctx.db, new Date()),
  'calendar.range': (ctx, range) => calendarItems(ctx.db, range),
  'calendar.month': (ctx, range) => monthGrid(ctx.db, range),
} satisfies Partial<Handlers>;
