import { addDays, addHours, format, parseISO } from 'date-fns';

export interface IcsEvent {
  uid: string;
  summary: string;
  /** "YYYY-MM-DD" (all day) or "YYYY-MM-DDTHH:mm" (local time). */
  start: string;
  /** Last day, inclusive, of an all-day event; null for one day (or one hour, for a timed event). */
  end: string | null;
  description?: string;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Octets of one character in UTF-8 (shared code has neither Buffer nor TextEncoder). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character (§3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => iso.slice(0, 10).replace(/-/g, '');

/** An iCalendar file (RFC 5545) that Outlook and Thunderbird import. All-day ends are exclusive. */
export function toIcs(events: IcsEvent[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Protocol Desk//Protocol Desk//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`);
    if (event.start.includes('T')) {
      // Local ("floating") time: the meeting is at that hour wherever the calendar is opened.
      const start = parseISO(event.start);
      lines.push(
        `DTSTART:${format(start, "yyyyMMdd'T'HHmmss")}`,
        `DTEND:${format(addHours(start, 1), "yyyyMMdd'T'HHmmss")}`,
      );
    } else {
      const exclusiveEnd = format(addDays(parseISO(event.end ?? event.start), 1), 'yyyy-MM-dd');
      lines.push(`DTSTART;VALUE=DATE:${day(event.start)}`, `DTEND;VALUE=DATE:${day(exclusiveEnd)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
