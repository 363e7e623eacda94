import { addDays, format, parseISO } from 'date-fns';
import { DAY_MS, workingCalendar, type CalendarAdjustments } from '../../shared/calendar/working-days.js';
import { PROCEEDS_DAYS, REPORT_WORKING_DAYS, type Gift, type GiftClock } from '../../shared/domain/gift.js';
import type { GiftDeadlineDates, StoredGift } from '../../db/queries/gifts.js';

/** "Due soon" starts this many days before a deadline. */
const DUE_SOON_DAYS = 3;

/** `due` and `today` are whole days ('yyyy-MM-dd', as the deadlines are worked out), read as UTC midnights. */
function clockOf(due: string | null, done: string | null, today: string): GiftClock {
  if (!due || done) return 'ok';
  const left = (Date.parse(due) - Date.parse(today)) / DAY_MS;
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'ok';
}

/** One working calendar per set of adjustments: a list of gifts shares it (and its holidays per year). */
const calendars = new WeakMap<CalendarAdjustments, ReturnType<typeof workingCalendar>>();
function calendarFor(adjustments: CalendarAdjustments): ReturnType<typeof workingCalendar> {
  let calendar = calendars.get(adjustments);
  if (!calendar) {
    calendar = workingCalendar(adjustments);
    calendars.set(adjustments, calendar);
  }
  return calendar;
}

const SEVERITY: Record<GiftClock, number> = { none: 0, ok: 1, due_soon: 2, overdue: 3 };

/** A received gift's deadlines and the worse of its two clocks; a given gift has none. */
export type GiftDeadlines = Pick<Gift, 'reportDueOn' | 'proceedsDueOn' | 'clock'>;

/**
 * The legal clock of a gift: a received gift's written report is due 5 working days after receipt
 * (weekends, public holidays and the user's adjustments skipped); proceeds of a public sale are due
 * 30 days after the sale. The clock shows the worse of the two. `today` is 'yyyy-MM-dd'.
 */
export function deadlinesOf(gift: GiftDeadlineDates, adjustments: CalendarAdjustments, today: string): GiftDeadlines {
  if (gift.direction !== 'received') return { reportDueOn: null, proceedsDueOn: null, clock: 'none' };
  const reportDueOn = calendarFor(adjustments).addWorkingDays(gift.date, REPORT_WORKING_DAYS);
  const proceedsDueOn = gift.soldOn ? format(addDays(parseISO(gift.soldOn), PROCEEDS_DAYS), 'yyyy-MM-dd') : null;
  const clocks = [clockOf(reportDueOn, gift.reportedOn, today), clockOf(proceedsDueOn, gift.proceedsRemittedOn, today)];
  const clock = clocks.reduce((worst, next) => (SEVERITY[next] > SEVERITY[worst] ? next : worst));
  return { reportDueOn, proceedsDueOn, clock };
}

export function withClock(gift: StoredGift, adjustments: CalendarAdjustments, today: Date): Gift {
  return { ...gift, ...deadlinesOf(gift, adjustments, format(today, 'yyyy-MM-dd')) };
}
