/**
 * What staff type for a date, read as a stored partial date: "14/10/2025", "1/4/2025", "10/2025",
 * "2025" or ISO ("2025-10-14"). Anything else is returned as typed, so the schema reports it on its field.
 */
export function dateInputToIso(text: string): string {
  const value = text.trim();
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return `${match[2]}-${match[1]!.padStart(2, '0')}`;
  return value;
}

/** A stored partial date as staff type it back: "14/10/2025", "10/2025", "2025". */
export function isoToDateInput(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  if (day) return `${day}/${month}/${year}`;
  if (month) return `${month}/${year}`;
  return year ?? '';
}
