import { format, parseISO } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';

/** A stored UTC timestamp shown in local time: "24/11/2026 10:33" in Vietnamese, "24 Nov 2026, 10:33" in English. */
export function formatDateTime(iso: string, language: string): string {
  const date = parseISO(iso);
  return language === 'en'
    ? format(date, 'd MMM yyyy, HH:mm', { locale: enGB })
    : format(date, 'dd/MM/yyyy HH:mm', { locale: vi });
}
