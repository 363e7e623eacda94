import type { CalendarItem } from '../domain/calendar-items.js';
import { calendarOrder } from './order.js';
import { DAY_MS } from './working-days.js';

/** What the month grid colours and counts apart: visits by direction, the other kinds each on their own. */
export type CalendarGroup = 'incoming' | 'outgoing' | Exclude<CalendarItem['kind'], 'delegation'>;

/** A day's items of one group beyond what its cell can show, drawn as one line: "35 hoạt động". */
export interface DayCount {
  day: string;
  group: CalendarGroup;
  count: number;
}

/** The month grid: the items it draws one by one, and the counts that stand for the rest. */
export interface MonthGrid {
  items: CalendarItem[];
  counts: DayCount[];
  /** Visits recorded with their end before their start, even when only counted: the page says so. */
  reversed: CalendarItem[];
}

/** More items of one kind on one day than this, and the month grid shows their number instead. */
export const MONTH_ITEMS_PER_DAY = 3;

/** More visits on one day than this, and the month grid counts visits on each day instead of drawing bars. */
export const MONTH_VISIT_BARS_PER_DAY = 8;

export const groupOf = (item: CalendarItem): CalendarGroup =>
  item.kind === 'delegation' ? (item.direction === 'outgoing' ? 'outgoing' : 'incoming') : item.kind;

/** A day as a whole number of UTC days (an ISO day parses as UTC midnight, and UTC has no daylight saving). */
const dayNumber = (iso: string) => Date.parse(iso.slice(0, 10)) / DAY_MS;
const isoOfDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Items grouped by a key, in their order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The month grid's share of the visits: bars across their days, unless some day has more than a cell can hold,
 * and then each day's incoming and outgoing visits as counts.
 */
export function visitsForMonth(visits: readonly CalendarItem[]): Pick<MonthGrid, 'items' | 'counts'> {
  // Each day's incoming and outgoing visits, by day number: a busy six weeks covers two thousand visit-days, and
  // writing each out as a date was most of the grid's time.
  const byDay = new Map<number, { incoming: number; outgoing: number }>();
  for (const visit of visits) {
    const group = groupOf(visit) as 'incoming' | 'outgoing';
    for (let day = dayNumber(visit.start), last = dayNumber(visit.end ?? visit.start); day <= last; day++) {
      const onDay = byDay.get(day) ?? { incoming: 0, outgoing: 0 };
      onDay[group] += 1;
      byDay.set(day, onDay);
    }
  }
  const crowded = [...byDay.values()].some((onDay) => onDay.incoming + onDay.outgoing > MONTH_VISIT_BARS_PER_DAY);
  if (!crowded) return { items: [...visits], counts: [] };
  const counts: DayCount[] = [];
  for (const [day, onDay] of byDay)
    for (const group of ['incoming', 'outgoing'] as const)
      if (onDay[group] > 0) counts.push({ day: isoOfDayNumber(day), group, count: onDay[group] });
  return { items: [], counts };
}

/** A day's items of one kind: listed while they fit its cell, else counted on one line. */
export function pointsForMonth(items: readonly CalendarItem[]): Pick<MonthGrid, 'items' | 'counts'> {
  const grid: Pick<MonthGrid, 'items' | 'counts'> = { items: [], counts: [] };
  for (const group of groupBy(items, (item) => `${item.start.slice(0, 10)} ${item.kind}`).values()) {
    const first = group[0]!;
    if (group.length <= MONTH_ITEMS_PER_DAY) grid.items.push(...group);
    else grid.counts.push({ day: first.start.slice(0, 10), group: groupOf(first), count: group.length });
  }
  return grid;
}

/**
 * The month grid made of every item of its weeks, in any order. A ministry's busy month holds 2,000 items and
 * 40 visits a day; a cell shows three, and laying all of them out took seconds (tests/bench/README.md). The week
 * and list views show every item. The store makes the same grid without reading every item where it can
 * (main/services/month-grid.ts); this is the rule both follow.
 */
export function monthGridOf(items: readonly CalendarItem[]): MonthGrid {
  const visits = visitsForMonth(items.filter((item) => item.kind === 'delegation'));
  const points = pointsForMonth(items.filter((item) => item.kind !== 'delegation'));
  return {
    items: [...visits.items, ...points.items],
    counts: [...visits.counts, ...points.counts],
    // Named in the page's warning in the order the week and list views list them.
    reversed: items.filter((item) => item.endBeforeStart).sort(calendarOrder),
  };
}
