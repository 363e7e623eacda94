/**
 * Precision / recall / F1 of extractions against labelled facts, per field and overall (micro-averaged).
 * One module for `npm run eval:extract` and the accuracy test, so both count the same way.
 */
import { fold } from '../../../shared/text/fold.js';
import { type Extraction } from '../types.js';

/** A labelled article: the CLI's output shape without evidence (all keys optional but language). */
export interface Expected {
  language: 'vi' | 'en' | 'id' | null;
  published?: string | null;
  delegation?: {
    direction?: 'incoming' | 'outgoing' | null;
    partner?: string | null;
    country?: string | null;
    head?: { name: string; title: string | null } | null;
    hosts?: { name: string; title?: string | null }[];
    place?: string | null;
    start?: string | null;
    end?: string | null;
  } | null;
  gifts?: { giver: string | null; recipient: string | null; item?: string | null }[];
  agreements?: { parties?: string[]; status: 'signed' | 'proposed'; signed_on?: string | null; fields: string[] }[];
  follow_ups?: { text: string; due?: string | null }[];
}

export const FIELDS = [
  'language',
  'published',
  'direction',
  'partner',
  'country',
  'head.name',
  'head.title',
  'hosts',
  'place',
  'start',
  'end',
  'gifts',
  'agreements.status',
  'agreements.fields',
  'follow_ups',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Record<Field, Counts>;

export function emptyScores(): Scores {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Scores;
}

/** Folded, punctuation-light, white space collapsed: "Song Ho-jun" = "song hojun". */
export function norm(text: string): string {
  return (
    fold(text)
      // "Ho-jun" = "Hojun" = "Ho jun"? The first two: a hyphen inside a name is often dropped.
      .replace(/(\p{L})[-‐](\p{L})/gu, '$1$2')
      .replace(/[-‐'’.,"“”()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function contains(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function scalar(
  c: Counts,
  expected: string | null | undefined,
  predicted: string | null | undefined,
  same: (a: string, b: string) => boolean,
): void {
  const e = expected ?? null;
  const p = predicted ?? null;
  if (e === null && p === null) return;
  if (e !== null && p !== null && same(e, p)) c.tp++;
  else {
    if (p !== null) c.fp++;
    if (e !== null) c.fn++;
  }
}

const exact = (a: string, b: string) => norm(a) === norm(b);

/** Greedy one-to-one matching; returns the number of matched pairs. */
function matchLists<E, P>(expected: readonly E[], predicted: readonly P[], ok: (e: E, p: P) => boolean): [E, P][] {
  const used = new Set<number>();
  const pairs: [E, P][] = [];
  for (const e of expected) {
    const j = predicted.findIndex((p, k) => !used.has(k) && ok(e, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([e, predicted[j] as P]);
    }
  }
  return pairs;
}

function list(c: Counts, expected: number, predicted: number, matched: number): void {
  c.tp += matched;
  c.fp += predicted - matched;
  c.fn += expected - matched;
}

function compatiblePerson(e: string | null, p: string | null): boolean {
  if (e === null) return true;
  if (p === null) return false;
  return contains(e, p);
}

/** Share of the expected text's words found in the predicted text. */
function covered(expected: string, predicted: string): number {
  const want = norm(expected).split(' ').filter(Boolean);
  if (want.length === 0) return 0;
  const have = new Set(norm(predicted).split(' '));
  return want.filter((w) => have.has(w)).length / want.length;
}

export function scoreOne(scores: Scores, expected: Expected, got: Extraction): void {
  scalar(scores.language, expected.language, got.language, (a, b) => a === b);
  scalar(scores.published, expected.published, got.published, (a, b) => a === b);
  const ed = expected.delegation ?? null;
  const pd = got.delegation;
  scalar(scores.direction, ed?.direction, pd?.direction, (a, b) => a === b);
  scalar(scores.partner, ed?.partner, pd?.partner, contains);
  scalar(scores.country, ed?.country, pd?.country, (a, b) => a.toUpperCase() === b.toUpperCase());
  scalar(scores['head.name'], ed?.head?.name, pd?.head?.name, exact);
  // Titles are ranks ("Phó Chủ tịch") and the body is people[].organization; the review screen shows them
  // together, so a label written as "Phó Chủ tịch UBND tỉnh X" matches rank + organisation as well.
  const headOrg = got.people.find((p) => pd?.head && exact(p.name, pd.head.name))?.organization ?? null;
  scalar(
    scores['head.title'],
    ed?.head?.title,
    pd?.head?.title,
    (a, b) => exact(a, b) || (headOrg !== null && exact(a, `${b} ${headOrg}`)),
  );
  const eh = ed?.hosts ?? [];
  const ph = pd?.hosts ?? [];
  list(scores.hosts, eh.length, ph.length, matchLists(eh, ph, (e, p) => exact(e.name, p.name)).length);
  scalar(scores.place, ed?.place, pd?.place, contains);
  scalar(scores.start, ed?.start, pd?.start, (a, b) => a === b);
  scalar(scores.end, ed?.end, pd?.end, (a, b) => a === b);

  const eg = expected.gifts ?? [];
  const gifts = matchLists(
    eg,
    got.gifts,
    (e, p) => compatiblePerson(e.giver, p.giver) && compatiblePerson(e.recipient, p.recipient),
  );
  list(scores.gifts, eg.length, got.gifts.length, gifts.length);

  const ea = expected.agreements ?? [];
  const pairs = matchLists(ea, got.agreements, (e, p) => e.status === p.status);
  list(scores['agreements.status'], ea.length, got.agreements.length, pairs.length);
  const fieldsTp = pairs.reduce((n, [e, p]) => n + e.fields.filter((f) => p.fields.includes(f)).length, 0);
  list(
    scores['agreements.fields'],
    ea.reduce((n, a) => n + a.fields.length, 0),
    got.agreements.reduce((n, a) => n + a.fields.length, 0),
    fieldsTp,
  );

  const ef = expected.follow_ups ?? [];
  const follow = matchLists(ef, got.follow_ups, (e, p) => covered(e.text, p.text) >= 0.6);
  list(scores.follow_ups, ef.length, got.follow_ups.length, follow.length);
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function overall(scores: Scores): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const f of FIELDS) {
    total.tp += scores[f].tp;
    total.fp += scores[f].fp;
    total.fn += scores[f].fn;
  }
  return total;
}

/** A plain-text table: field, P, R, F1, counts. */
export function report(title: string, scores: Scores, articles: number): string {
  const rows = [`${title} (${articles} articles)`, 'field                 P      R      F1     tp  fp  fn'];
  const line = (name: string, c: Counts) => {
    const f = figures(c);
    const pct = (x: number) => x.toFixed(3).padStart(6);
    rows.push(
      `${name.padEnd(20)}${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)} ${String(c.tp).padStart(4)}${String(c.fp).padStart(4)}${String(c.fn).padStart(4)}`,
    );
  };
  for (const f of FIELDS) line(f, scores[f]);
  line('OVERALL', overall(scores));
  return rows.join('\n');
}
