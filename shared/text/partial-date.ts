/**
 * Dates as sources give them: a year ("2026"), a month ("2026-10") or a day ("2026-10-19").
 * Stored as ISO text so they sort and compare as strings.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  // The day must exist in that month (no 31 April, 29 February only in leap years).
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/**
 * Could `end` be on or after `start`? Compared at the precision both have, so "2025-10" may end a
 * visit that started "2025-10-14", but "2025-09-30" may not.
 */
export function endNotBeforeStart(start: string, end: string): boolean {
  const precision = Math.min(start.length, end.length);
  return end.slice(0, precision) >= start.slice(0, precision);
}
