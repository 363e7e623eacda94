import { fold } from '../../shared/text/fold.js';
import { cues } from './cues.js';
import { type Context, sentencesIn } from './context.js';
import { resolveDate } from './dates.js';
import { type Sentence, type Token, tokenText } from './text.js';
import { type AgreementProposal } from './types.js';

const BETWEEN = new Set(['giữa', 'between', 'antara']);
const AND = new Set(['và', 'and', 'dan', 'with', 'với']);
const PARTY_STOP = new Set([
  've',
  'tren',
  'trong',
  'nham',
  'theo',
  'ky',
  'vao',
  'tai',
  'on',
  'in',
  'to',
  'for',
  'signed',
  'at',
  'tentang',
  'dalam',
  'untuk',
  'yang',
  'pada',
  'di',
  'gom',
  'covering',
  'mencakup',
]);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
const POINT_WORDS = new Set([
  'noi',
  'diem',
  'dieu',
  'points',
  'point',
  'articles',
  'clauses',
  'poin',
  'butir',
  'pasal',
  'items',
]);

/** "giữa A và B", "between A and B", "antara A dan B". */
function partiesAfter(ctx: Context, s: Sentence, from: number): string[] {
  const tokens = ctx.doc.tokens;
  let k = from;
  while (k < s.last && !BETWEEN.has((tokens[k] as Token).lower)) k++;
  if (k >= s.last || k > from + 14) return [];
  const parties: string[] = [];
  let start = k + 1;
  let i = start;
  for (; i < s.last && i < k + 30; i++) {
    const t = tokens[i] as Token;
    const stop = (!t.word && t.text !== '.' && t.text !== '-') || PARTY_STOP.has(t.fold);
    if (stop || (AND.has(t.lower) && parties.length === 0)) {
      if (i > start) parties.push(tokenText(ctx.doc, start, i));
      if (stop || parties.length === 2) break;
      start = i + 1;
    }
  }
  if (parties.length === 1 && i > start && start > k + 1) parties.push(tokenText(ctx.doc, start, i));
  // "giữa hai thành phố" names nobody.
  return parties
    .map((p) => p.replace(/[\s.-]+$/, ''))
    .filter((p) => p.length > 0 && !/^(?:hai|two|kedua|both)\b/i.test(fold(p)));
}

function pointsIn(ctx: Context, s: Sentence): number | null {
  const tokens = ctx.doc.tokens;
  for (let k = s.first; k + 1 < s.last; k++) {
    const t = tokens[k] as Token;
    const n = /^\d{1,2}$/.test(t.text) ? Number(t.text) : NUMBER_WORDS[t.fold];
    if (n === undefined) continue;
    const next = tokens[k + 1] as Token;
    if (POINT_WORDS.has(next.fold)) return n;
  }
  return null;
}

function fieldsIn(ctx: Context, s: Sentence): string[] {
  const found = cues()
    .fields.findAll(ctx.doc.tokens, s.first, s.last)
    .map((m) => m.value);
  return [...new Set(found)];
}

function compatible(a: AgreementProposal, b: AgreementProposal): boolean {
  if (a.status !== b.status) return false;
  if (a.signed_on && b.signed_on && a.signed_on !== b.signed_on) return false;
  if (a.parties.length > 0 && b.parties.length > 0) {
    const fa = a.parties.map(fold);
    const fb = b.parties.map(fold);
    return fa.some((x) => fb.some((y) => x === y || x.includes(y) || y.includes(x)));
  }
  // One names a date and the other not, and neither names parties: keep them apart only if dated apart.
  return (
    !(a.signed_on && !b.signed_on && a.parties.length > 0) && !(b.signed_on && !a.signed_on && b.parties.length > 0)
  );
}

/**
 * Agreements: a noun (bản ghi nhớ, MoU, nota kesepahaman…) with a signing verb. A wish before the verb
 * ("mong muốn … ký kết", "hope to sign", "berharap … menandatangani") makes it proposed; a verb after the
 * noun ("bản ghi nhớ … ký tháng 12/2023", "the MoU signed in 2023") is a past signing. A sentence that
 * only names the agreement adds its fields and number of points to the last one.
 */
export function extractAgreements(ctx: Context): AgreementProposal[] {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const out: AgreementProposal[] = [];
  for (const s of sentencesIn(ctx)) {
    const nouns = c.agreementNouns.findAll(tokens, s.first, s.last);
    const noun = nouns[0];
    if (!noun) {
      const last = out[out.length - 1];
      if (last && c.agreementRefs.findAll(tokens, s.first, s.last).length > 0) {
        last.fields = [...new Set([...last.fields, ...fieldsIn(ctx, s)])];
        last.points ??= pointsIn(ctx, s);
      }
      continue;
    }
    const verbs = c.signVerbs.findAll(tokens, s.first, s.last);
    const verbBefore = [...verbs].reverse().find((v) => v.last <= noun.first && noun.first - v.last <= 6);
    const verbAfter = verbs.find((v) => v.first >= noun.last);
    const proposals = c.proposal.findAll(tokens, s.first, s.last);
    const evidence = { start: s.start, end: s.end };
    const fields = fieldsIn(ctx, s);
    const points = pointsIn(ctx, s);
    let kind: string | null = noun.value;
    if (c.friendship.findAll(tokens, s.first, s.last).length > 0) kind = 'friendship_cooperation';

    let status: 'signed' | 'proposed' | null = null;
    let signedOn: string | null = null;
    if (verbBefore) {
      const wish = proposals.some((p) => p.last <= verbBefore.first && verbBefore.first - p.last <= 12);
      status = wish ? 'proposed' : 'signed';
    } else if (verbAfter) {
      // "Bản ghi nhớ … ký tháng 12/2023", "the MoU signed in 2023": a signing in the past, dated nearby.
      const wish = proposals.some((p) => p.last <= verbAfter.first && p.first >= noun.last);
      status = wish ? 'proposed' : 'signed';
      const date = ctx.dates.find(
        (d) => d.span.start >= tokens[verbAfter.first]!.start && d.span.start <= tokens[verbAfter.first]!.end + 24,
      );
      if (date && status === 'signed') signedOn = resolveDate(date.start, ctx.ref);
    }
    if (status === 'signed' && !signedOn) {
      // A single day in the sentence (a range there is the visit, not the signing).
      const date = ctx.dates.find(
        (d) => d.span.start >= s.start && d.span.end <= s.end && d.start.d !== undefined && !d.end,
      );
      if (date) signedOn = resolveDate(date.start, ctx.ref);
    }
    if (status === null) {
      // Only names it: what it covers goes to the agreement last mentioned.
      const last = out[out.length - 1];
      if (last) {
        last.fields = [...new Set([...last.fields, ...fields])];
        if (points !== null) last.points = points;
      }
      continue;
    }
    const proposal: AgreementProposal = {
      parties: partiesAfter(ctx, s, noun.last),
      status,
      signed_on: signedOn,
      fields,
      kind,
      points,
      evidence,
    };
    const same = out.find((o) => compatible(o, proposal));
    if (same) {
      same.fields = [...new Set([...same.fields, ...proposal.fields])];
      if (same.parties.length === 0) same.parties = proposal.parties;
      same.signed_on ??= proposal.signed_on;
      same.points ??= proposal.points;
      if (same.kind === 'mou' && proposal.kind !== 'mou') same.kind = proposal.kind;
      continue;
    }
    out.push(proposal);
  }
  return out;
}
