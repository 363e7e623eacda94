import { groupBy, monthGridOf, MONTH_ITEMS_PER_DAY, type MonthGrid } from '../../shared/calendar/month-grid.js';
import type { CalendarRange } from '../../shared/domain/calendar-items.js';
import type { Store } from '../../db/connection.js';
import { engagementSlotsBetween, engagementsOfSlots } from '../../db/queries/calendar-items.js';
import { calendarItems, engagementItem } from './calendar-items.js';

/**
 * The month grid (shared/calendar/month-grid.ts) of a range. A ministry's month holds a thousand programme items,
 * most on days with more than a cell shows: those are counted from their index alone, and only the items of quiet
 * days are read with their visits and titled — reading all of them was most of the calendar's time
 * (tests/bench/README.md). A filter by direction, country or organisation needs every item's visit, and there
 * the grid is made of the filtered items.
 */
export function monthGrid(db: Store, range: CalendarRange): MonthGrid {
  const filtered = range.direction !== null || range.country !== null || range.organizationId !== null;
  if (filtered || !range.kinds.includes('engagement')) return monthGridOf(calendarItems(db, range));

  const grid = monthGridOf(calendarItems(db, { ...range, kinds: range.kinds.filter((kind) => kind !== 'engagement') }));
  const byDay = groupBy(engagementSlotsBetween(db, range.from, range.to), (slot) => slot.starts_at.slice(0, 10));
  const quiet = [...byDay.values()].filter((slots) => slots.length <= MONTH_ITEMS_PER_DAY).flat();
  for (const [day, slots] of byDay)
    if (slots.length > MONTH_ITEMS_PER_DAY) grid.counts.push({ day, group: 'engagement', count: slots.length });
  grid.items.push(...engagementsOfSlots(db, quiet).map(engagementItem));
  return grid;
}
