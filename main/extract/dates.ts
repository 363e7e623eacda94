import { MONTHS } from './dictionaries/dates.js';
import { type Span } from './types.js';

/** A date as written: any of its parts may be missing ("21/10" has no year, "năm 2026" only a year). */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
}

export interface DateMention {
  start: DateParts;
  /** Set for a range ("19-22/10"). */
  end: DateParts | null;
  span: Span;
}

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})';

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray): { start: DateParts; end: DateParts | null } | null;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const monthOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : MONTHS[s.toLowerCase().replace(/\.$/, '')];

/**
 * Every pattern is a plain sequence with bounded repeats (no nested quantifiers), so matching is linear
 * in the text however it is built.
 */
const PATTERNS: Pattern[] = [
  // 2025-10-14
  {
    re: new RegExp(`(?<![\\d-])${YEAR}-(\\d{2})-(\\d{2})(?![\\d-])`, 'gu'),
    build: (m) => ({ start: { y: num(m[1]), m: num(m[2]), d: num(m[3]) }, end: null }),
  },
  // từ ngày 19 đến 22/10/2024, từ ngày 19/10 đến ngày 22/10
  {
    re: new RegExp(
      `(?:từ\\s+)?ngày\\s+${DAY}(?:/(\\d{1,2}))?(?:/${YEAR})?\\s+(?:đến|tới|-|–)\\s+(?:hết\\s+)?(?:ngày\\s+)?${DAY}/(\\d{1,2})(?:/${YEAR})?(?![\\d/])`,
      'giu',
    ),
    build: (m) => {
      const end = { y: num(m[6]), m: num(m[5]), d: num(m[4]) };
      return { start: { y: num(m[3]) ?? end.y, m: num(m[2]) ?? end.m, d: num(m[1]) }, end };
    },
  },
  // 19-22/10, 19-22/10/2024
  {
    re: new RegExp(`(?<![\\d/.])${DAY}\\s?[-–]\\s?${DAY}/(\\d{1,2})(?:/${YEAR})?(?![\\d/])`, 'gu'),
    build: (m) => {
      const end = { y: num(m[4]), m: num(m[3]), d: num(m[2]) };
      return { start: { y: end.y, m: end.m, d: num(m[1]) }, end };
    },
  },
  // 19/10/2024, 19-10-2024, 19.10.2024
  {
    re: new RegExp(`(?<![\\d/.-])${DAY}([/.-])(\\d{1,2})\\2${YEAR}(?![\\d/])`, 'gu'),
    build: (m) => ({ start: { y: num(m[4]), m: num(m[3]), d: num(m[1]) }, end: null }),
  },
  // ngày 19 tháng 10 năm 2024
  {
    re: new RegExp(`ngày\\s+${DAY}\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+${YEAR})?`, 'giu'),
    build: (m) => ({ start: { y: num(m[3]), m: num(m[2]), d: num(m[1]) }, end: null }),
  },
  // ngày 21/10, chiều 21/10, sáng nay (14/10)
  {
    re: new RegExp(
      `(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\\s+(?:ngày\\s+|nay\\s+)?\\(?${DAY}/(\\d{1,2})(?![\\d/])`,
      'giu',
    ),
    build: (m) => ({ start: { m: num(m[2]), d: num(m[1]) }, end: null }),
  },
  // (14/10)
  {
    re: new RegExp(`\\(${DAY}/(\\d{1,2})\\)`, 'gu'),
    build: (m) => ({ start: { m: num(m[2]), d: num(m[1]) }, end: null }),
  },
  // tháng 12/2023, tháng 12 năm 2023
  {
    re: new RegExp(`tháng\\s+(\\d{1,2})\\s?(?:/|năm|-)\\s?${YEAR}`, 'giu'),
    build: (m) => ({ start: { y: num(m[2]), m: num(m[1]) }, end: null }),
  },
  // October 19-22, 2024 · March 8 to 10 · Oct. 19 · October 19, 2024
  {
    re: new RegExp(
      `\\b(${MONTH_NAMES})\\.?\\s+${DAY}(?:st|nd|rd|th)?(?:\\s?(?:[-–]|to|until|through)\\s?${DAY}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?(?![\\d])`,
      'giu',
    ),
    build: (m) => {
      const month = monthOf(m[1]);
      const y = num(m[4]);
      const end = m[3] !== undefined ? { y, m: month, d: num(m[3]) } : null;
      return { start: { y, m: month, d: num(m[2]) }, end };
    },
  },
  // 22 Oktober 2024 · 19-22 October 2024 · 8 sampai 10 Maret · 21 Oktober
  {
    re: new RegExp(
      `(?<![\\d/])${DAY}(?:\\s?(?:[-–]|to|sampai|hingga)\\s?${DAY})?\\s+(${MONTH_NAMES})\\b\\.?(?:,?\\s+${YEAR})?`,
      'giu',
    ),
    build: (m) => {
      const month = monthOf(m[3]);
      const y = num(m[4]);
      const end = m[2] !== undefined ? { y, m: month, d: num(m[2]) } : null;
      return { start: { y, m: month, d: num(m[1]) }, end };
    },
  },
  // December 2023 · Juli 2024
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\s+(?:of\\s+)?${YEAR}\\b`, 'giu'),
    build: (m) => ({ start: { y: num(m[2]), m: monthOf(m[1]) }, end: null }),
  },
  // năm 2026 · in 2026 · tahun 2026 · vào năm 2026
  {
    re: new RegExp(`(?:năm|tahun|in|by|until|during|pada|since|từ|đến)\\s+${YEAR}\\b`, 'giu'),
    build: (m) => ({ start: { y: num(m[1]) }, end: null }),
  },
];

function valid(p: DateParts): boolean {
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return false;
  if (p.d !== undefined) {
    if (p.m === undefined) return false;
    const days = new Date(Date.UTC(p.y ?? 2024, p.m, 0)).getUTCDate();
    if (p.d < 1 || p.d > days) return false;
  }
  return true;
}

/** Every date expression in text[from, to), leftmost and longest first, not overlapping. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(slice)) !== null) {
      const built = p.build(m);
      if (built && valid(built.start) && (built.end === null || valid(built.end))) {
        found.push({ ...built, span: { start: from + m.index, end: from + m.index + m[0].length } });
      }
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: DateMention[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.span.start < reached) continue;
    out.push(f);
    reached = f.span.end;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The article's reference for dates without a year: a full date or just a year. */
export interface DateReference {
  date: { y: number; m: number; d: number } | null;
  year: number | null;
}

/**
 * ISO partial date of the parts; a missing year comes from the reference: the year (of the
 * reference's, the one before or after) that puts the date nearest to the reference date.
 */
export function resolveDate(p: DateParts, ref: DateReference): string | null {
  let y = p.y;
  if (y === undefined) {
    if (p.m === undefined) return null;
    if (ref.date) {
      const r = Date.UTC(ref.date.y, ref.date.m - 1, ref.date.d);
      let best = ref.date.y;
      let bestGap = Infinity;
      for (const cand of [ref.date.y - 1, ref.date.y, ref.date.y + 1]) {
        const gap = Math.abs(Date.UTC(cand, p.m - 1, p.d ?? 15) - r);
        if (gap < bestGap) {
          bestGap = gap;
          best = cand;
        }
      }
      y = best;
    } else if (ref.year !== null) y = ref.year;
    else return null;
  }
  if (p.m === undefined) return String(y);
  if (p.d === undefined) return `${y}-${pad(p.m)}`;
  return `${y}-${pad(p.m)}-${pad(p.d)}`;
}

export function isFullDate(p: DateParts): p is Required<DateParts> {
  return p.y !== undefined && p.m !== undefined && p.d !== undefined;
}

const DATE_LINE_WORDS = /\b(date|ngày đăng|cập nhật|đăng lúc|published|updated|posted|diterbitkan|diperbarui)\b/iu;
/** A weekday before the date makes a date line only at the start of its line ("Thứ Năm, 09/05/2024"). */
const WEEKDAY_START =
  /^\s*(thứ\s+\S+|chủ nhật|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W{0,3}$/iu;

/** "QUANG NAM, June 4, 2024 —" / "Surabaya, 15 Agustus 2023 -": a short place name, a comma, the date, a dash. */
const DATELINE_PLACE = /^\s*\p{L}[\p{L}\p{M} .'’,]{0,40},\s*$/u;
const DASH_AFTER = /^\s*\)?\s*[-–—]/u;
/** "(Cổng TTĐT tỉnh) - Sáng nay (9/5/2025)": a source in brackets, a dash, at most a few time words. */
const SOURCE_DASH = /^\s*\([^()\n]{1,40}\)\s*[-–—]\s*[\p{L}\p{M} ]{0,15}\(?$/u;

/** Whether the text before / after a date on its line makes it a news dateline (the article's date). */
export function isDateline(before: string, after: string): boolean {
  return (DATELINE_PLACE.test(before) && DASH_AFTER.test(after)) || SOURCE_DASH.test(before);
}

const WEEKDAYS: readonly RegExp[] = [
  // English "on Monday"; Indonesian "pada (hari) Senin"; Vietnamese "sáng thứ Hai" (capitalised: "lần thứ
  // hai" is "the second time"). A weekday with its own date ("Selasa (2/7)") is resolved by that date.
  /\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu,
  /\b(?:pada|hari)\s+(?:hari\s+)?(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b/giu,
  /(?:sáng|chiều|tối|trưa|vào|ngày|hôm)\s+(thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật)(?!\p{L})/gu,
];
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  minggu: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
  'chủ nhật': 0,
  'thứ hai': 1,
  'thứ ba': 2,
  'thứ tư': 3,
  'thứ năm': 4,
  'thứ sáu': 5,
  'thứ bảy': 6,
};

/** A weekday named in text[from, to) ("on Monday", "pada Senin", "chiều thứ Hai"): its day number and span. */
export function findWeekday(text: string, from: number, to: number): { day: number; span: Span } | null {
  const slice = text.slice(from, to);
  let best: { day: number; span: Span } | null = null;
  for (const re of WEEKDAYS) {
    re.lastIndex = 0;
    const m = re.exec(slice);
    if (!m || m[1] === undefined) continue;
    const day = WEEKDAY_NUMBER[m[1].toLowerCase().replace(/\s+/gu, ' ')];
    if (day === undefined) continue;
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    if (!best || span.start < best.span.start) best = { day, span };
  }
  return best;
}

/** The latest date on or before the reference that falls on this weekday (news tells of past days). */
export function weekdayBefore(ref: { y: number; m: number; d: number }, day: number): string {
  const r = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const back = (r.getUTCDay() - day + 7) % 7;
  const t = new Date(r.getTime() - back * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The publication date: a full date on a short line near the top, at the very start of the text, or
 * beside words like "published" / "cập nhật".
 */
export function detectPublished(text: string): { date: string; span: Span } | null {
  let offset = 0;
  let lines = 0;
  while (offset < text.length && lines < 4 && offset < 600) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(offset, Math.min(lineEnd, offset + 400));
    if (line.trim().length > 0) {
      lines++;
      for (const mention of findDates(text, offset, offset + line.length)) {
        if (!isFullDate(mention.start) || mention.end) continue;
        const before = text.slice(offset, mention.span.start);
        // A line that is little more than the date ("Thứ Năm, 09/05/2024 15:20"), or a date after words
        // like "published"; a date inside the first sentence of the story is the event's, not the article's.
        const shortLine = line.trim().length <= 60;
        if (
          shortLine ||
          DATE_LINE_WORDS.test(before) ||
          WEEKDAY_START.test(before) ||
          isDateline(before, text.slice(mention.span.end, mention.span.end + 4))
        ) {
          return { date: resolveDate(mention.start, { date: null, year: null }) as string, span: mention.span };
        }
      }
    }
    if (nl === -1) break;
    offset = nl + 1;
  }
  return null;
}

/** Most frequent year written in the text (ties: the later), for articles with no date line. */
export function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  const re = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = c;
    }
  }
  return best;
}
