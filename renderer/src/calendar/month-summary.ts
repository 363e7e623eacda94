import { addDays, format, parseISO } from 'date-fns';
import type { CalendarItem } from '../../../shared/domain/calendar-items.js';
import type { CALENDAR_COLORS } from './calendar-look.js';

/** A day's items of one kind (visits: of one direction) beyond what its cell can show, drawn as one line: "35 hoạt động". */
export interface DaySummary {
  day: string;
  group: keyof typeof CALENDAR_COLORS;
  count: number;
}

/** More items of one kind on one day than this, and the month grid shows their number instead. */
export const MONTH_ITEMS_PER_DAY = 3;

/** More visits on one day than this, and the month grid counts visits on each day instead of drawing bars. */
export const MONTH_VISIT_BARS_PER_DAY = 8;

const groupOf = (item: CalendarItem): DaySummary['group'] =>
  item.kind === 'delegation' ? (item.direction === 'outgoing' ? 'outgoing' : 'incoming') : item.kind;

/** Every day a visit covers, from its start to its end. */
function daysOf(item: CalendarItem): string[] {
  const days = [item.start.slice(0, 10)];
  const last = (item.end ?? item.start).slice(0, 10);
  for (let day = parseISO(days[0]!); days.at(-1)! < last;) {
    day = addDays(day, 1);
    days.push(format(day, 'yyyy-MM-dd'));
  }
  return days;
}

/**
 * The month grid's items. A day's programme items, due dates, expiries or anniversaries are listed one by one
 * while they fit its cell, and otherwise counted on one line; visits are bars across their days unless some day
 * has more than a cell can hold, and then each day counts its incoming and outgoing visits. The week and list
 * views show every item. A ministry's busy month holds 2,000 items and 40 visits a day; a cell shows three, and
 * laying all of them out took seconds (tests/bench/README.md).
 */
export function summariseForMonth(items: CalendarItem[]): (CalendarItem | DaySummary)[] {
  const visitDays = new Map<string, CalendarItem[]>();
  const pointDays = new Map<string, CalendarItem[]>();
  const add = (groups: Map<string, CalendarItem[]>, key: string, item: CalendarItem) => {
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    if (item.kind === 'delegation') for (const day of daysOf(item)) add(visitDays, day, item);
    else add(pointDays, `${item.start.slice(0, 10)} ${item.kind}`, item);
  }
  const crowded = [...visitDays.values()].some((visits) => visits.length > MONTH_VISIT_BARS_PER_DAY);
  const shown: (CalendarItem | DaySummary)[] = [];
  if (!crowded) shown.push(...items.filter((item) => item.kind === 'delegation'));
  else
    for (const [day, visits] of visitDays)
      for (const group of ['incoming', 'outgoing'] as const) {
        const count = visits.filter((visit) => groupOf(visit) === group).length;
        if (count > 0) shown.push({ day, group, count });
      }
  for (const group of pointDays.values()) {
    const first = group[0]!;
    if (group.length <= MONTH_ITEMS_PER_DAY) shown.push(...group);
    else shown.push({ day: first.start.slice(0, 10), group: groupOf(first), count: group.length });
  }
  return shown;
}

export const isSummary = (entry: CalendarItem | DaySummary): entry is DaySummary => 'count' in entry;
