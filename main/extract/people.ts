import { fold } from '../../shared/text/fold.js';
import { NOT_NAME_WORDS } from './dictionaries/titles.js';
import { lexicon, type Place } from './lexicon.js';
import { type Doc, PhraseSet, type Sentence, sentenceOf, type Token, tokenSpan, tokenText } from './text.js';
import { type Span } from './types.js';

/** One appearance of a person (or of a title without a name) in the text. */
export interface Mention {
  name: string | null;
  key: string | null;
  title: string | null;
  organization: string | null;
  /** Places named in the organisation part ("UBND tỉnh Thừa Thiên Huế" → Thừa Thiên Huế, VN). */
  places: Place[];
  /** Country of the person's side: from the organisation's places, else from the name; null if unknown. */
  country: string | null;
  /** Token range of the whole mention (title + organisation + name). */
  first: number;
  last: number;
  /** Span of the name (or of the title for a nameless mention). */
  span: Span;
  sentence: Sentence;
}

const MAX_NAME_TOKENS = 5;
const MAX_ORG_TOKENS = 14;

export function personKey(name: string): string {
  return fold(name)
    .replace(/[-‐'’.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOT_NAME = new Set(NOT_NAME_WORDS);

/**
 * Whether tokens[a, end) look like a person's name: every word capitalised and none a verb, noun or
 * linking word of the languages ("Terima Kunjungan Delegasi" is a headline fragment, not a host).
 */
export function plausibleName(doc: Doc, a: number, end: number): boolean {
  const lx = lexicon();
  for (let k = a; k < end; k++) {
    const t = doc.tokens[k];
    if (!t) return false;
    if (!t.word) continue;
    if (!t.upper) return false;
    if (NOT_NAME.has(t.lower) && !lx.surnames.has(t.fold)) return false;
  }
  return end > a;
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.word;
}

interface OrgParse {
  /** Token range of the organisation part. */
  orgFirst: number;
  orgLast: number;
  places: Place[];
  /** Token range of a name found after it, if any. */
  nameFirst: number;
  nameLast: number;
}

/** Is tokens[i..] a title, an organisation word or a place (so not part of a name)? */
function blocksName(doc: Doc, i: number, limit: number): boolean {
  const lx = lexicon();
  return (
    lx.titles.matchAt(doc.tokens, i, limit) !== null ||
    lx.places.matchAt(doc.tokens, i, limit) !== null ||
    lx.orgWords.matchAt(doc.tokens, i, limit) !== null ||
    lx.honorifics.matchAt(doc.tokens, i, limit) !== null
  );
}

/**
 * A run of capitalised words from i, stopping before dictionary words. Returns its end (exclusive).
 * After a Vietnamese family name only titles stop it: "Nguyễn Đức Trung" is a name, not Germany.
 */
function nameRun(doc: Doc, i: number, limit: number): number {
  const lx = lexicon();
  const personal = lx.surnames.has(doc.tokens[i]?.fold ?? '');
  let k = i;
  while (k < limit && k - i <= MAX_NAME_TOKENS) {
    const t = doc.tokens[k];
    if (!isWord(t) || !t.upper || /^\d/.test(t.text)) break;
    if (k > i) {
      const blocked = personal
        ? lx.titles.matchAt(doc.tokens, k, limit) !== null || lx.orgWords.matchAt(doc.tokens, k, limit) !== null
        : blocksName(doc, k, limit) && !lx.surnames.has(t.fold);
      if (blocked) break;
    }
    k++;
  }
  return k;
}

/**
 * After a title: the organisation (bodies, locality kinds, places, linking words) and then, if the
 * capitalised words that follow are not a place, the person's name.
 */
function parseAfterTitle(doc: Doc, start: number, limit: number): OrgParse {
  const lx = lexicon();
  const tokens = doc.tokens;
  const places: Place[] = [];
  let i = start;
  let afterKind = false;
  let nameFirst = -1;
  let nameLast = -1;
  while (i < limit && i - start < MAX_ORG_TOKENS) {
    const t = tokens[i] as Token;
    // A Vietnamese family name followed by more capitalised words is a name, even where a place could start.
    if (t.upper && lx.surnames.has(t.fold) && i > start) {
      const end = nameRun(doc, i, limit);
      const place = lx.places.matchAt(tokens, i, limit);
      // "Hồ Chí Minh Lê Văn Khoa" and "Kota Ho Chi Minh, Vo Van Hoan": a place that a name follows, or
      // that covers the whole run, is a place.
      const isPlace = place !== null && (place.last >= end || nameRun(doc, place.last, limit) - place.last >= 2);
      if (end - i >= 2 && !isPlace) {
        nameFirst = i;
        nameLast = end;
        break;
      }
    }
    const place = t.upper ? lx.places.matchAt(tokens, i, limit) : null;
    if (place) {
      places.push(place.value);
      i = place.last;
      afterKind = false;
      continue;
    }
    const org = lx.orgWords.matchAt(tokens, i, limit);
    if (org) {
      afterKind = lx.kinds.matchAt(tokens, i, limit) !== null;
      i = org.last;
      continue;
    }
    if (t.word && t.upper && !/^\d/.test(t.text)) {
      let end = nameRun(doc, i, limit);
      let first = i;
      // "thành phố Changwon Hong Nam-pyo": an unknown locality right after its kind, then the name.
      if (afterKind && end - i >= 3 && !lx.surnames.has(t.fold)) first = i + 1;
      // "Minister of Economic Affairs Daniel Keller": after "of", a long run is the body, then the name.
      const prev = tokens[i - 1];
      if (prev && ['of', 'for'].includes(prev.lower) && end - first >= 4) {
        first = end - (lx.surnames.has(tokens[end - 3]?.fold ?? '') ? 3 : 2);
      }
      if (end - first > MAX_NAME_TOKENS) end = first; // a heading in capitals, not a name
      nameFirst = first;
      nameLast = end;
      break;
    }
    break;
  }
  const orgLast = nameFirst >= 0 ? nameFirst : i;
  return { orgFirst: start, orgLast, places, nameFirst, nameLast };
}

function countryOf(places: readonly Place[], name: string | null, surnames: Set<string>): string | null {
  const first = places[0];
  if (first) return first.country;
  if (name) {
    const head = fold(name.split(/\s+/)[0] ?? '');
    if (surnames.has(head)) return 'VN';
  }
  return null;
}

function trimOrg(text: string): string | null {
  const cleaned = text
    .replace(/^(?:(?:của|of|the|untuk|dari|,)\s+)+/iu, '')
    .replace(/(?:\s+(?:của|of|the|tại|in|di|,))+$/iu, '')
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

/** Every titled person, every honorific + name, and every title without a name, in text order. */
export function findMentions(doc: Doc, options: { singleNames?: boolean } = {}): Mention[] {
  // Many Indonesians go by one name ("Wakil Walikota Armuji"); elsewhere one capitalised word after a
  // title is more often an unknown place ("Thị trưởng Changwon").
  const minTokens = options.singleNames ? 1 : 2;
  const single = (a: number, end: number) => {
    if (end - a >= 2) return true;
    if (end - a !== 1 || minTokens > 1) return false;
    const t = doc.tokens[a] as Token;
    const next = doc.tokens[end];
    return t.text.length >= 3 && !blocksName(doc, a, end) && !(next && next.word && next.upper);
  };
  const lx = lexicon();
  const tokens = doc.tokens;
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const limit = sentence.last;
    let i = sentence.first;
    while (i < limit) {
      const t = tokens[i] as Token;
      // Titles are capitalised, except after a name and a comma ("ông A, phó chủ tịch UBND tỉnh").
      const afterComma = tokens[i - 1]?.text === ',';
      const title = t.upper || afterComma ? lx.titles.matchAt(tokens, i, limit) : null;
      if (title) {
        const parse = parseAfterTitle(doc, title.last, limit);
        let nameFirst = parse.nameFirst;
        let nameLast = parse.nameLast;
        let nameOk =
          nameFirst >= 0 &&
          single(nameFirst, nameLast) &&
          nameLast - nameFirst <= MAX_NAME_TOKENS &&
          plausibleName(doc, nameFirst, nameLast);
        // "Name, Title of Organisation": the name stands before the comma.
        if (!nameOk && tokens[i - 1]?.text === ',' && i - 2 >= sentence.first) {
          let a = i - 1;
          while (
            a - 1 >= sentence.first &&
            isWord(tokens[a - 1]) &&
            (tokens[a - 1] as Token).upper &&
            i - 1 - a < MAX_NAME_TOKENS
          )
            a--;
          // Drop a leading honorific ("Ông Song Ho-jun").
          const hon = lx.honorifics.matchAt(tokens, a, i - 1);
          if (hon) a = hon.last;
          // "Yesterday Tran Van Nam, …": a Vietnamese family name inside a long run starts the name
          // (not after an honorific: "bà Choi Ho Jung" is a Korean name with "Ho" in it).
          for (let k = a + 1; !hon && i - 1 - a >= 4 && k < i - 2; k++) {
            if (lx.surnames.has((tokens[k] as Token).fold)) {
              a = k;
              break;
            }
          }
          if (tokens[a]?.text === '.') a++;
          const len = i - 1 - a;
          let clean = len >= 2 && len <= MAX_NAME_TOKENS && plausibleName(doc, a, i - 1);
          // After a Vietnamese family name only titles and bodies end the name ("Đào Mỹ": Mỹ is also America).
          const personal = lx.surnames.has(tokens[a]?.fold ?? '');
          for (let k = a; clean && k < i - 1; k++) {
            const blocked = personal
              ? k > a &&
                (lx.titles.matchAt(tokens, k, i - 1) !== null || lx.orgWords.matchAt(tokens, k, i - 1) !== null)
              : blocksName(doc, k, i - 1) && !lx.surnames.has(tokens[k]!.fold);
            if (blocked) clean = false;
          }
          if (clean) {
            nameFirst = a;
            nameLast = i - 1;
            nameOk = true;
          }
        }
        // "Title of Organisation, Name," (common in Indonesian and English).
        if (!nameOk && tokens[parse.orgLast]?.text === ',' && parse.orgLast > title.last) {
          const a = parse.orgLast + 1;
          const end = nameRun(doc, a, limit);
          const after = tokens[end];
          const closes = !after || !after.word || !after.upper;
          if (single(a, end) && end - a <= 4 && closes && !blocksName(doc, a, limit) && plausibleName(doc, a, end)) {
            nameFirst = a;
            nameLast = end;
            nameOk = true;
          }
        }
        const titleText = tokenText(doc, title.first, title.last);
        const orgText = trimOrg(
          tokenText(
            doc,
            parse.orgFirst,
            Math.min(
              parse.orgLast,
              nameFirst >= parse.orgFirst && nameFirst < parse.orgLast ? nameFirst : parse.orgLast,
            ),
          ),
        );
        const name = nameOk ? tokenText(doc, nameFirst, nameLast) : null;
        // A weak title ("Head", "Kepala") alone is a common word, not a person; so is a lower-case one.
        if ((t.upper || name) && (name || parse.places.length > 0 || !lx.weakTitles.has(fold(titleText)))) {
          out.push({
            name,
            key: name ? personKey(name) : null,
            title: titleText,
            organization: orgText,
            places: parse.places,
            country: countryOf(parse.places, name, lx.surnames),
            first: Math.min(i, nameOk ? nameFirst : i),
            last: Math.max(parse.orgLast, nameOk ? nameLast : title.last),
            span: nameOk ? tokenSpan(doc, nameFirst, nameLast) : tokenSpan(doc, title.first, title.last),
            sentence,
          });
        }
        i = Math.max(title.last, nameOk && nameFirst > i ? nameLast : title.last);
        continue;
      }
      // Honorific + name without a title ("ông Trần Sỹ Thanh", "Ibu Choi Ho Jung").
      const hon = lx.honorifics.matchAt(tokens, i, limit);
      if (hon && !(t.upper && lx.places.matchAt(tokens, i, limit))) {
        let a = hon.last;
        if (tokens[a]?.text === '.') a++;
        const end = nameRun(doc, a, limit);
        if (single(a, end) && end - a <= MAX_NAME_TOKENS && !blocksName(doc, a, limit) && plausibleName(doc, a, end)) {
          const name = tokenText(doc, a, end);
          out.push({
            name,
            key: personKey(name),
            title: null,
            organization: null,
            places: [],
            country: countryOf([], name, lx.surnames),
            first: i,
            last: end,
            span: tokenSpan(doc, a, end),
            sentence,
          });
          i = end;
          continue;
        }
      }
      i++;
    }
  }
  // "Nguyễn Thanh Bình, Phó Chủ tịch…" was found twice (as a name-first mention, and before it maybe as
  // an honorific mention): keep the titled one where both cover the same name.
  return out.filter(
    (m, idx) =>
      !(m.title === null && out.some((o, j) => j !== idx && o.title !== null && o.span.start === m.span.start)),
  );
}

/**
 * Once a person is known from a titled mention, later bare uses of the full name ("Phan Quy Phuong
 * presented …") are mentions too: gifts and head cues often name people that way.
 */
export function addBareMentions(doc: Doc, mentions: Mention[]): Mention[] {
  const known = new Map<string, Mention>();
  for (const m of mentions) if (m.name && m.key && !known.has(m.key)) known.set(m.key, m);
  if (known.size === 0) return mentions;
  const names = new PhraseSet([...known.values()].map((m) => [m.name as string, m] as const));
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered.add(k);
  const added: Mention[] = [];
  for (const hit of names.findAll(doc.tokens)) {
    if (covered.has(hit.first)) continue;
    const sentence = sentenceOf(doc, hit.first);
    if (!sentence || hit.last > sentence.last) continue;
    const person = hit.value;
    added.push({
      name: tokenText(doc, hit.first, hit.last),
      key: person.key,
      title: null,
      organization: null,
      places: [],
      country: person.country,
      first: hit.first,
      last: hit.last,
      span: tokenSpan(doc, hit.first, hit.last),
      sentence,
    });
  }
  return [...mentions, ...added].sort((a, b) => a.first - b.first);
}

/**
 * A one-word name used after the full name was given ("Mr. Tuan" after "Tran Anh Tuan", "Vice Governor
 * Tanaka" after "Hiroshi Tanaka", "Ông Park" after "Park Sung-min") is that person, when exactly one
 * known full name has the word in it. The mention keeps its own span; name and key become the full ones.
 */
export function linkShortNames(mentions: Mention[]): Mention[] {
  const full = new Map<string, Mention>();
  for (const m of mentions) if (m.name && m.key && m.key.includes(' ') && !full.has(m.key)) full.set(m.key, m);
  if (full.size === 0) return mentions;
  return mentions.map((m) => {
    if (!m.key || m.key.includes(' ')) return m;
    const owners = [...full.values()].filter((o) => o.key!.split(' ').includes(m.key!));
    if (owners.length !== 1) return m;
    const o = owners[0] as Mention;
    return {
      ...m,
      name: o.name,
      key: o.key,
      country: m.country ?? o.country,
      places: m.places.length > 0 ? m.places : o.places,
    };
  });
}
