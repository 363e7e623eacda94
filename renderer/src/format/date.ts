import { format, parseISO, type Month } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';
import { isPartialDate } from '../../../shared/text/partial-date.js';

/** A stored UTC timestamp shown in local time: "24/11/2026 10:33" in Vietnamese, "24 Nov 2026, 10:33" in English. */
export function formatDateTime(iso: string, language: string): string {
  const date = parseISO(iso);
  return language === 'en'
    ? format(date, 'd MMM yyyy, HH:mm', { locale: enGB })
    : format(date, 'dd/MM/yyyy HH:mm', { locale: vi });
}

/** English month abbreviations as date-fns writes them ("MMM"), January first. */
const MONTHS_EN = Array.from({ length: 12 }, (_, month) =>
  enGB.localize.month(month as Month, { width: 'abbreviated' }),
);

/**
 * A partial date as precise as stored: "14/10/2025", "10/2025" or "2025" (English: "14 Oct 2025", "Oct 2025").
 * Cut from the text itself rather than parsed and formatted with date-fns: a long list draws thousands of dates
 * while it scrolls, and parsing each made about a quarter of a scroll step's garbage. Anything else goes through
 * date-fns as before (it throws on a date that is not one). The year is written as stored: date-fns' "yyyy" is the
 * year of the era, which wrote the year 0000 as 0001.
 */
export function formatPartialDate(iso: string, language: string): string {
  if (!isPartialDate(iso)) return formatParsedDate(iso, language);
  const year = iso.slice(0, 4);
  if (iso.length === 4) return year;
  const month = iso.slice(5, 7);
  const day = iso.slice(8, 10);
  if (language === 'en') {
    const name = MONTHS_EN[Number(month) - 1]!;
    return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  }
  return day ? `${day}/${month}/${year}` : `${month}/${year}`;
}

/** The same through date-fns. */
function formatParsedDate(iso: string, language: string): string {
  const date = parseISO(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  const patterns = language === 'en' ? ['yyyy', 'MMM yyyy', 'd MMM yyyy'] : ['yyyy', 'MM/yyyy', 'dd/MM/yyyy'];
  const pattern = iso.length === 4 ? patterns[0]! : iso.length === 7 ? patterns[1]! : patterns[2]!;
  return format(date, pattern, { locale: language === 'en' ? enGB : vi });
}

/** "19/10/2024 – 22/10/2024", or the one date when the visit has no end date. */
export function formatDateRange(start: string, end: string | null, language: string): string {
  return end && end !== start
    ? `${formatPartialDate(start, language)} – ${formatPartialDate(end, language)}`
    : formatPartialDate(start, language);
}

/** A programme item's time: "14/10/2025 09:30", or the day alone. */
export function formatEngagementTime(startsAt: string, language: string): string {
  const [day, time] = startsAt.split('T');
  return time ? `${formatPartialDate(day!, language)} ${time}` : formatPartialDate(day!, language);
}
