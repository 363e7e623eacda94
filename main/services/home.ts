import { addDays, addMonths, endOfISOWeek, format, startOfISOWeek } from 'date-fns';
import type { HomeSummary } from '../../shared/domain/home.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { listDelegations } from '../../db/queries/delegations.js';
import { listFollowUpsDueBy } from '../../db/queries/follow-ups.js';
import { listGifts } from '../../db/queries/gifts.js';
import { listAgreements } from '../../db/queries/agreements.js';
import { placeOnCalendar } from '../../shared/calendar/placement.js';
import { calendarItems } from './calendar-items.js';
import { isExpired } from './agreements.js';
import { withClock } from './gift-clock.js';
import type { Handlers } from './handler.js';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The home page lists this many follow-ups (the most overdue first) and counts the rest: after years of use
 * the overdue ones run to thousands, a page nobody reads to the end and the slowest part of opening the app.
 * The follow-up list (overdue first) has them all.
 */
export const HOME_FOLLOW_UPS = 50;

/**
 * What needs attention today: this week's and next week's visits, follow-ups overdue or due within
 * 14 days (the first HOME_FOLLOW_UPS, and how many more), received gifts whose report is due or overdue, agreements expiring within 12 months, and
 * anniversaries in the next 60 days.
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
  const due = listFollowUpsDueBy(db, { dueBy: soon, limit: HOME_FOLLOW_UPS });
  const followUps = due.followUps.map((followUp) => ({
    ...followUp,
    overdue: followUp.due! < today.slice(0, followUp.due!.length),
  }));
  const followUpsMore = due.total - followUps.length;

  const adjustments = calendarAdjustments(db);
  const giftReports = listGifts(db, {
    delegationId: null,
    query: '',
    direction: 'received',
    organizationId: null,
    personId: null,
    country: null,
    from: null,
    to: null,
    awaitingOnly: true,
  })
    .map((gift) => withClock(gift, adjustments, now))
    .filter((gift) => gift.clock === 'overdue' || gift.clock === 'due_soon');

  const horizon = iso(addMonths(now, 12));
  const expiring = listAgreements(db, { query: '', organizationId: null, expiringBy: { today, by: horizon } })
    .filter((agreement) => agreement.expiresOn !== null && agreement.status !== 'terminated')
    .map((agreement) => ({ ...agreement, expired: isExpired(agreement, today) }))
    .filter((agreement) => !agreement.expired && placeOnCalendar(agreement.expiresOn!) <= horizon);

  const anniversaries = calendarItems(db, {
    from: today,
    to: iso(addDays(now, 60)),
    kinds: ['anniversary'],
    direction: null,
    country: null,
    organizationId: null,
  });

  return { today, visits, followUps, followUpsMore, giftReports, expiring, anniversaries };
}

export const homeHandlers = {
  'home.summary': (ctx) => homeSummary(ctx.db, new Date()),
  'calendar.range': (ctx, range) => calendarItems(ctx.db, range),
} satisfies Partial<Handlers>;
