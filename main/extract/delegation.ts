import { countryName } from '../../shared/domain/country-names.js';
import { fold } from '../../shared/text/fold.js';
import { cues } from './cues.js';
import { type Context, mentionsIn, type PlaceMention, sideOf, sentencesIn } from './context.js';
import { type DateMention, findWeekday, resolveDate, weekdayBefore } from './dates.js';
import { type Mention } from './people.js';
import { distinctPeople, namedTitle, resolveMention } from './resolve.js';
import { PhraseSet, type Sentence, type Token, tokenText } from './text.js';
import { type DelegationField, type DelegationProposal, type Span } from './types.js';

/** Words after "tiếp" that make it "continue", "receive (a proposal)"… rather than "receive (guests)". */
const NOT_RECEPTION = new Set(['tục', 'nhận', 'cận', 'thu', 'theo', 'tế', 'sức', 'giáp', 'xúc', 'diễn']);
/** Before a visit verb, these make it an invitation or a plan, not the visit being reported. */
const NOT_THIS_VISIT = new Set([
  'mời',
  'invited',
  'invite',
  'invites',
  'mengundang',
  'sẽ',
  'will',
  'akan',
  'dự kiến',
  'plans',
  'planned',
]);

interface Vote {
  side: 'home' | 'foreign';
  weight: number;
  sentence: Sentence;
}

function placesIn(ctx: Context, from: number, to: number): PlaceMention[] {
  return ctx.places.filter((p) => p.first >= from && p.first < to);
}

function opposite(side: 'home' | 'foreign'): 'home' | 'foreign' {
  return side === 'home' ? 'foreign' : 'home';
}

function placeSide(ctx: Context, p: PlaceMention): 'home' | 'foreign' {
  return p.place.country === ctx.home ? 'home' : 'foreign';
}

/** The head named by "do X dẫn đầu", "X dẫn đầu đoàn", "led by X", "dipimpin oleh X". */
function findHead(ctx: Context): { mention: Mention; sentence: Sentence } | null {
  const c = cues();
  const tokens = ctx.doc.tokens;
  for (const s of sentencesIn(ctx)) {
    const inSentence = mentionsIn(ctx, s);
    if (inSentence.length === 0) continue;
    for (const cue of c.headAfter.findAll(tokens, s.first, s.last)) {
      // "do X … dẫn đầu": the first mention after the nearest "do" before the cue.
      let doAt = -1;
      for (let k = cue.first - 1; k >= s.first && k >= cue.first - 25; k--) {
        if ((tokens[k] as Token).lower === 'do') {
          doAt = k;
          break;
        }
      }
      const candidate =
        doAt >= 0
          ? inSentence.find((m) => m.first > doAt && m.first < cue.first)
          : [...inSentence].reverse().find((m) => m.last <= cue.first);
      if (candidate) return { mention: resolveMention(ctx, candidate), sentence: s };
    }
    for (const cue of c.headBefore.findAll(tokens, s.first, s.last)) {
      if (cue.value === 'do') continue;
      const candidate = inSentence.find((m) => m.first >= cue.last && m.first <= cue.last + 3);
      if (candidate) return { mention: resolveMention(ctx, candidate), sentence: s };
    }
  }
  return null;
}

/** "đoàn công tác thành phố Gyeongju", "delegation from Bandung", "Gyeongju City delegation". */
function delegationBodies(ctx: Context): { place: PlaceMention; label: string; sentence: Sentence }[] {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const out: { place: PlaceMention; label: string; sentence: Sentence }[] = [];
  for (const s of sentencesIn(ctx)) {
    for (const noun of c.delegationNouns.findAll(tokens, s.first, s.last)) {
      // After the noun: the body, up to punctuation other than "." in "TP.".
      let stop = noun.last;
      while (stop < s.last && stop - noun.last < 10) {
        const t = tokens[stop] as Token;
        if (!t.word && t.text !== '.' && t.text !== '-') break;
        if (t.word && !t.upper && c.visit.matchAt(tokens, stop, s.last)) break;
        if (t.word && !t.upper && c.headAfter.matchAt(tokens, stop, s.last)) break;
        if (
          t.word &&
          !t.upper &&
          ['do', 'đã', 'có', 'yang', 'thăm', 'led', 'headed', 'dipimpin', 'của', 'và', 'đến', 'sang'].includes(t.lower)
        )
          break;
        stop++;
      }
      let found: PlaceMention | undefined = placesIn(ctx, noun.last, stop)[0];
      // English/Indonesian put the body first: "the Gyeongju City delegation".
      found ??= placesIn(ctx, Math.max(s.first, noun.first - 4), noun.first).pop();
      if (!found) {
        // A body the gazetteer cannot place ("đoàn Đại học Kyung Hee (Hàn Quốc)"): its capitalised name,
        // and the country in the brackets after it.
        const named = tokens[noun.last];
        const country = placesIn(ctx, stop, Math.min(s.last, stop + 4)).find((p) => p.place.isCountry);
        if (named?.upper && named.word && stop - noun.last >= 2 && country) {
          out.push({ place: country, label: tokenText(ctx.doc, noun.last, stop), sentence: s });
        }
        continue;
      }
      const last = found.last;
      const first = found.first >= noun.last ? noun.last : found.first;
      const a = tokens[first] as Token;
      const b = tokens[last - 1] as Token;
      out.push({ place: found, label: ctx.doc.text.slice(a.start, b.end), sentence: s });
    }
  }
  return out;
}

/** "thăm và làm việc tại Hàn Quốc", "visit to Seoul", "berkunjung ke Hanoi": where the visitors went. */
function visitedPlaces(ctx: Context): { place: PlaceMention; sentence: Sentence; span: Span }[] {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const out: { place: PlaceMention; sentence: Sentence; span: Span }[] = [];
  for (const s of sentencesIn(ctx)) {
    for (const cue of c.visit.findAll(tokens, s.first, s.last)) {
      const before = tokens.slice(Math.max(s.first, cue.first - 6), cue.first);
      if (before.some((t) => NOT_THIS_VISIT.has(t.lower))) continue;
      // The place within a few words, after a preposition or directly.
      const near = placesIn(ctx, cue.last, Math.min(s.last, cue.last + 8));
      const p = near[0];
      if (!p) continue;
      const between = tokens.slice(cue.last, p.first);
      const prepositional =
        between.length === 0 ||
        between.some((t) => c.placePrepositions.matchAt([t], 0) !== null) ||
        between.every((t) => t.word && !t.upper);
      if (prepositional) out.push({ place: p, sentence: s, span: p.span });
    }
  }
  return out;
}

const LOCATIVES = new Set(['tại', 'ở', 'in', 'at', 'di']);

/** Places right after "tại / ở / in / at / di" (a locality kind may stand between). */
function locativePlaces(ctx: Context, sentences: readonly Sentence[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const s of sentences) {
    for (let k = s.first; k < s.last; k++) {
      if (!LOCATIVES.has((ctx.doc.tokens[k] as Token).lower)) continue;
      const p = placesIn(ctx, k + 1, Math.min(s.last, k + 4))[0];
      if (p) out.push(p);
    }
  }
  return out;
}

function mostFrequent<T>(items: readonly T[], key: (t: T) => string): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const it of items) {
    const k = key(it);
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { item: it, n: 1 });
  }
  let best: { item: T; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best ? best.item : null;
}

const ENGLISH_KIND_AFTER = /^\s+(Capital|City|Province|Prefecture|County|State|Region|Regency|Municipality)\b/u;

let passive: PhraseSet<string> | null = null;
function passiveReception(): PhraseSet<string> {
  passive ??= PhraseSet.of(
    [
      'was received by',
      'were received by',
      'was welcomed by',
      'were welcomed by',
      'diterima oleh',
      'disambut oleh',
      'diterima langsung oleh',
    ],
    { accents: true },
  );
  return passive;
}

export function extractDelegation(ctx: Context, signedPartyPlaces: readonly string[]): DelegationProposal | null {
  const c = cues();
  const tokens = ctx.doc.tokens;
  const votes: Vote[] = [];
  const head = findHead(ctx);
  const headSide = head ? sideOf(ctx, head.mention) : null;
  if (head && headSide) votes.push({ side: headSide, weight: 3, sentence: head.sentence });
  const bodies = delegationBodies(ctx);
  for (const b of bodies.slice(0, 3)) votes.push({ side: placeSide(ctx, b.place), weight: 2, sentence: b.sentence });
  const visited = visitedPlaces(ctx);
  for (const v of visited.slice(0, 3))
    votes.push({ side: opposite(placeSide(ctx, v.place)), weight: 2, sentence: v.sentence });
  // "A đến chào xã giao B", "A paid a courtesy call on B", "A melakukan kunjungan kehormatan kepada B":
  // A visits, B hosts.
  for (const s of sentencesIn(ctx)) {
    for (const cue of c.visit.findAll(tokens, s.first, s.last)) {
      const here = mentionsIn(ctx, s);
      const host = here.find((m) => m.first >= cue.last && m.first - cue.last <= 4 && m.title !== null);
      const side = host ? sideOf(ctx, host) : null;
      if (side) votes.push({ side: opposite(side), weight: 1, sentence: s });
    }
  }
  // "X tiếp Y", "X received Y", "X menerima Y": X is the host, Y the visitor.
  for (const s of sentencesIn(ctx)) {
    for (const cue of c.reception.findAll(tokens, s.first, s.last)) {
      if (NOT_RECEPTION.has(tokens[cue.last]?.lower ?? '')) continue; // "tiếp tục", "tiếp nhận"…
      const here = mentionsIn(ctx, s);
      const host = [...here].reverse().find((m) => m.last <= cue.first && cue.first - m.last <= 3);
      const guest = here.find((m) => m.first >= cue.last && m.first - cue.last <= 3);
      const hostSide = host ? sideOf(ctx, host) : null;
      const guestSide = guest ? sideOf(ctx, guest) : null;
      if (hostSide) votes.push({ side: opposite(hostSide), weight: 1, sentence: s });
      if (guestSide) votes.push({ side: guestSide, weight: 1, sentence: s });
    }
  }

  // Passive: "the delegation was received by X", "Rombongan diterima oleh X": X hosts.
  for (const s of sentencesIn(ctx)) {
    for (const cue of passiveReception().findAll(tokens, s.first, s.last)) {
      const host = mentionsIn(ctx, s).find((m) => m.first >= cue.last && m.first - cue.last <= 3);
      const side = host ? sideOf(ctx, host) : null;
      if (side) votes.push({ side: opposite(side), weight: 2, sentence: s });
    }
  }

  const score = { home: 0, foreign: 0 };
  for (const v of votes) score[v.side] += v.weight;
  const visitors: 'home' | 'foreign' | null =
    score.foreign > score.home ? 'foreign' : score.home > score.foreign ? 'home' : null;
  const direction = visitors === 'foreign' ? 'incoming' : visitors === 'home' ? 'outgoing' : null;

  const people = distinctPeople(ctx);
  const titled = people.filter((m) => m.title !== null);
  const foreignPeople = titled.filter((m) => sideOf(ctx, m) === 'foreign');
  const homePeople = titled.filter((m) => sideOf(ctx, m) === 'home');
  const foreignPlaces = ctx.places.filter((p) => p.place.country !== ctx.home);

  if (votes.length === 0 && foreignPlaces.length === 0 && foreignPeople.length === 0) return null;

  const fieldEvidence: Partial<Record<DelegationField, Span>> = {};
  const firstVote = votes.find((v) => v.side === visitors) ?? votes[0];
  const evidenceSentence = head?.sentence ?? firstVote?.sentence ?? ctx.doc.sentences[0];
  const evidence: Span = evidenceSentence
    ? { start: evidenceSentence.start, end: evidenceSentence.end }
    : { start: 0, end: 0 };
  if (direction && firstVote)
    fieldEvidence.direction = { start: firstVote.sentence.start, end: firstVote.sentence.end };

  // Head: the one named as leading, if on the visiting side; else the first titled person of that side.
  let headMention: Mention | null = null;
  if (visitors) {
    if (head && head.mention.name && sideOf(ctx, head.mention) === visitors) headMention = head.mention;
    else headMention = (visitors === 'foreign' ? foreignPeople : homePeople)[0] ?? null;
  }
  if (headMention) fieldEvidence.head = headMention.span;

  // Partner: the visiting body (incoming), the foreign party of an agreement signed (outgoing), else
  // the foreign locality named most often.
  let partnerPlace: PlaceMention | null = null;
  let partnerLabel: string | null = null;
  const foreignBody = bodies.find((b) => placeSide(ctx, b.place) === 'foreign');
  if (direction === 'incoming' && foreignBody) {
    partnerPlace = foreignBody.place;
    partnerLabel = foreignBody.label;
  } else if (direction === 'incoming' && headMention && headMention.places.some((p) => p.country !== ctx.home)) {
    const p = headMention.places.find((pl) => pl.country !== ctx.home)!;
    partnerPlace = foreignPlaces.find((fp) => fp.place.name === p.name) ?? null;
    // "Đại sứ Hàn Quốc tại Việt Nam", "Duta Besar RI untuk Vietnam": the partner is the sending country.
    const posted = /\s(?:tại|untuk|to|in)\s/iu.test(headMention.organization ?? '');
    // The text's own word for the country, unless it is an abbreviation ("RI", "RoK").
    const sender =
      p.isCountry && p.name.length <= 3 ? countryName(p.country, ctx.language === 'vi' ? 'vi' : 'en') : p.name;
    partnerLabel = posted ? sender : headMention.organization;
  }
  if (!partnerPlace) {
    const localities = foreignPlaces.filter((p) => !p.place.isCountry);
    const agreed = localities.filter((p) => signedPartyPlaces.includes(p.place.name));
    partnerPlace = agreed[0] ?? mostFrequent(localities, (p) => fold(p.place.name));
    if (!partnerPlace && foreignPlaces.length > 0) partnerPlace = mostFrequent(foreignPlaces, (p) => p.place.country);
    partnerLabel = partnerPlace ? (labelFor(ctx, partnerPlace) ?? partnerPlace.label) : null;
  }
  if (partnerPlace) fieldEvidence.partner = partnerPlace.span;
  // "A delegation of the Vientiane Capital Administration": no article, and the English kind after the
  // name belongs to it ("Vientiane Capital", "Okayama Prefecture").
  if (partnerLabel) partnerLabel = partnerLabel.replace(/^(?:the|of|from)\s+/iu, '');
  if (partnerLabel && partnerPlace && fold(partnerLabel).endsWith(fold(partnerPlace.label))) {
    const kind = ENGLISH_KIND_AFTER.exec(ctx.doc.text.slice(partnerPlace.span.end, partnerPlace.span.end + 20));
    if (kind?.[1]) partnerLabel = `${partnerLabel} ${kind[1]}`;
  }

  const country =
    partnerPlace?.place.country ??
    (headMention && visitors === 'foreign' ? headMention.country : null) ??
    mostFrequent(foreignPlaces, (p) => p.place.country)?.place.country ??
    null;
  if (partnerPlace) fieldEvidence.country = partnerPlace.span;

  // Hosts: the titled people of the receiving side, from the partner's country when known.
  const hostSide = visitors ? opposite(visitors) : null;
  const hosts = hostSide
    ? titled.filter(
        (m) =>
          m !== headMention &&
          m.key !== headMention?.key &&
          sideOf(ctx, m) === hostSide &&
          (hostSide === 'home' || m.country === null || m.country === country),
      )
    : [];
  if (hosts[0]) fieldEvidence.hosts = hosts[0].span;

  // Place: where the visitors went — a locality named after a visit verb or a locative ("tại", "in",
  // "di") in the lede, else the hosts' locality; a country only when nothing finer is named.
  let place: string | null = null;
  if (visitors) {
    const hostSide = opposite(visitors);
    const wentAll = visited.filter((v) => placeSide(ctx, v.place) === hostSide);
    const went = wentAll.find((v) => !v.place.place.isCountry);
    const locative = locativePlaces(ctx, [...sentencesIn(ctx).slice(0, 4), ...(head ? [head.sentence] : [])]).filter(
      (p) => placeSide(ctx, p) === hostSide,
    );
    const local = locative.find((p) => !p.place.isCountry);
    const chosen = went?.place ?? local ?? null;
    if (chosen) {
      place = chosen.place.name;
      fieldEvidence.place = chosen.span;
    } else if (visitors === 'foreign') {
      const hostPlace = hosts.flatMap((h) => h.places).find((p) => p.country === ctx.home && !p.isCountry);
      const frequent = mostFrequent(
        ctx.places.filter((p) => p.place.country === ctx.home && !p.place.isCountry),
        (p) => fold(p.place.name),
      );
      place = hostPlace?.name ?? frequent?.place.name ?? wentAll[0]?.place.place.name ?? null;
    } else {
      place = wentAll[0]?.place.place.name ?? locative[0]?.place.name ?? partnerPlace?.place.name ?? null;
    }
  }

  // Dates: a range in a sentence about the visit, else a single date there.
  const visitSentences = new Set<Sentence>([...votes.map((v) => v.sentence), ...visited.map((v) => v.sentence)]);
  for (const s of sentencesIn(ctx)) {
    const cued =
      c.visit.findAll(tokens, s.first, s.last).length > 0 ||
      c.delegationNouns.findAll(tokens, s.first, s.last).length > 0 ||
      c.reception.findAll(tokens, s.first, s.last).length > 0;
    if (cued) visitSentences.add(s);
  }
  const inVisit = ctx.dates.filter((d) => {
    for (const s of visitSentences) if (d.span.start >= s.start && d.span.end <= s.end) return d.start.d !== undefined;
    return false;
  });
  const range = inVisit.find((d) => d.end !== null);
  // A single date counts only in the lede (first sentences) or where the head is named: later dates
  // are of single meetings within the visit.
  const lede = sentencesIn(ctx).slice(0, 4);
  const inLede = (d: DateMention) =>
    lede.some((s) => d.span.start >= s.start && d.span.end <= s.end) ||
    (head !== null && d.span.start >= head.sentence.start && d.span.end <= head.sentence.end);
  // The dateline's date ("QUANG NAM, June 4, 2024 — … on Monday received") is the article's: another
  // date or a weekday in the visit sentences says when the visit was; the dateline only when nothing does.
  const isDateline = (d: DateMention) =>
    ctx.published != null && d.span.start === ctx.published.start && d.span.end === ctx.published.end;
  const single = inVisit.find((d) => inLede(d) && !isDateline(d));
  let chosen = range ?? (visitors ? single : undefined);
  let start = chosen ? resolveDate(chosen.start, ctx.ref) : null;
  if (!chosen && visitors && ctx.ref.date) {
    const near = [...lede, ...(head ? [head.sentence] : [])];
    const weekday = near.map((s) => findWeekday(ctx.doc.text, s.start, s.end)).find((w) => w !== null);
    if (weekday) {
      start = weekdayBefore(ctx.ref.date, weekday.day);
      fieldEvidence.start = weekday.span;
    }
  }
  if (start === null && visitors) {
    chosen = inVisit.find((d) => inLede(d));
    start = chosen ? resolveDate(chosen.start, ctx.ref) : null;
  }
  const end = chosen?.end ? resolveDate(chosen.end, ctx.ref) : null;
  if (chosen) fieldEvidence.start = chosen.span;

  return {
    direction,
    partner: partnerLabel,
    country,
    head: headMention ? namedTitle(headMention) : null,
    hosts: hosts.map((h) => namedTitle(h)!).filter(Boolean),
    place,
    start,
    end,
    evidence,
    fieldEvidence,
  };
}

/** The most specific way the text names the body at this place ("chính quyền tỉnh Gyeonggi" → "tỉnh Gyeonggi"). */
function labelFor(ctx: Context, p: PlaceMention): string | null {
  const withKind = ctx.places.find((o) => o.place.name === p.place.name && o.label !== o.place.name);
  return withKind ? withKind.label : null;
}
