import { ANNIVERSARY_STEP } from '../../shared/calendar/anniversaries.js';

/**
 * How an origin (a signing, a tie established) is found by the round anniversaries it may have in a range, with
 * an index instead of reading every origin: its year's place in the five-year cycle, and a day key in its year —
 * the day itself, "12-31" for a whole year, and "MM-28" for a month (which stands on its last day, the 28th at
 * the earliest). Migration 100 indexes signed agreements by exactly these two expressions.
 */
export const cycleOf = (column: string) => `CAST(substr(${column}, 1, 4) AS INTEGER) % ${ANNIVERSARY_STEP}`;
export const dayKeyOf = (column: string) =>
  `CASE length(${column}) WHEN 4 THEN '12-31' WHEN 7 THEN substr(${column}, 6, 2) || '-28' ELSE substr(${column}, 6, 5) END`;

/** Within one year of a range: origins of this cycle, from before that year, whose day key is in lowKey..highKey. */
export type RoundYearSegment = [cycle: number, lowKey: string, highKey: string, year: string];

/**
 * One segment per year of from..to (full dates). The keys are widened so that no origin is lost, and the service
 * then places each anniversary and cuts by the day (shared/calendar/anniversaries.ts): a month's key, the 28th,
 * may stand for a later day of a range that starts after it; a 29 February stands on the 28th in common years.
 */
export function roundYearSegments(from: string, to: string): RoundYearSegment[] {
  const segments: RoundYearSegment[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const low = year === Number(from.slice(0, 4)) ? from.slice(5, 10) : '01-01';
    const high = year === Number(to.slice(0, 4)) ? to.slice(5, 10) : '12-31';
    const monthKey = `${low.slice(0, 2)}-28`;
    segments.push([
      year % ANNIVERSARY_STEP,
      low < monthKey ? low : monthKey,
      high === '02-28' ? '02-29' : high,
      String(year),
    ]);
  }
  return segments;
}
