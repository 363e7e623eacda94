import {
  monthGridOf,
  MONTH_ITEMS_PER_DAY,
  type CalendarGroup,
  type MonthGrid,
} from '../../shared/calendar/month-grid.js';
import type { CalendarItem, CalendarKind, CalendarRange } from '../../shared/domain/calendar-items.js';
import type { Store } from '../../db/connection.js';
import {
  engagementSlotsBetween,
  engagementsOfSlots,
  engagementsPerDay,
  followUpsDueNear,
  followUpsPerDay,
} from '../../db/queries/calendar-items.js';
import { calendarItemsInAnyOrder, dated, engagementItem } from './calendar-items.js';

/** A kind the store counts per day in an index, and whose items it reads for the given days only. */
interface CountedKind {
  kind: CalendarKind & CalendarGroup;
  perDay(db: Store, range: CalendarRange): { day: string; count: number }[];
  itemsOn(db: Store, range: CalendarRange, days: string[]): CalendarItem[];
}

const COUNTED_KINDS: readonly CountedKind[] = [
  {
    kind: 'engagement',
    perDay: (db, range) => engagementsPerDay(db, range.from, range.to),
    itemsOn: (db, range, days) =>
      engagementsOfSlots(db, engagementSlotsBetween(db, range.from, range.to, days)).map(engagementItem),
  },
  {
    kind: 'follow_up',
    perDay: (db, range) => followUpsPerDay(db, range.from, range.to),
    itemsOn: (db, range, days) =>
      followUpsDueNear(db, range.from, range.to, days).map((row) => dated(row, 'follow_up', 'follow_up')),
  },
];

/**
 * The month grid (shared/calendar/month-grid.ts) of a range. A ministry's six weeks hold a thousand programme
 * items and a few hundred follow-ups due, most on days with more than a cell shows: those are counted in their
 * indexes, and only the items of quiet days are read and titled — reading all of them was most of the calendar's
 * time (tests/bench/README.md). A filter by direction, country or organisation needs every item's visit or
 * organisation, and there the grid is made of the filtered items.
 */
export function monthGrid(db: Store, range: CalendarRange): MonthGrid {
  if (range.direction !== null || range.country !== null || range.organizationId !== null)
    return monthGridOf(calendarItemsInAnyOrder(db, range));

  const counted = COUNTED_KINDS.filter(({ kind }) => range.kinds.includes(kind));
  const others = range.kinds.filter((kind) => !counted.some((countedKind) => countedKind.kind === kind));
  const grid = monthGridOf(calendarItemsInAnyOrder(db, { ...range, kinds: others }));
  for (const { kind, perDay, itemsOn } of counted) {
    const quietDays: string[] = [];
    for (const { day, count } of perDay(db, range))
      if (count > MONTH_ITEMS_PER_DAY) grid.counts.push({ day, group: kind, count });
      else quietDays.push(day);
    if (quietDays.length > 0) grid.items.push(...itemsOn(db, range, quietDays));
  }
  return grid;
}
