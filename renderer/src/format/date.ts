import { format, parseISO } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';

/** A stored UTC timestamp shown in local time: "24/11/2026 10:33" in Vietnamese, "24 Nov 2026, 10:33" in English. */
export function formatDateTime(iso: string, language: string): string {
  const date = parseISO(iso);
  return language === 'en'
    ? format(date, 'd MMM yyyy, HH:mm', { locale: enGB })
    : format(date, 'dd/MM/yyyy HH:mm', { locale: vi });
}

/** A partial date as precise as stored: "14/10/2025", "10/2025" or "2025" (English: "14 Oct 2025", "Oct 2025"). */
export function formatPartialDate(iso: string, language: string): string {
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
