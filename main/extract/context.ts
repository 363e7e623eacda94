import { fold } from '../../shared/text/fold.js';
import { type DateMention, type DateReference } from './dates.js';
import { lexicon, type Place } from './lexicon.js';
import { type Mention } from './people.js';
import { type Doc, type PhraseMatch, type Sentence, PhraseSet, tokenText } from './text.js';
import { type Language, type Span } from './types.js';

/** A place named in the text (outside people's names). */
export interface PlaceMention {
  place: Place;
  first: number;
  last: number;
  span: Span;
  /** "tỉnh Gyeonggi": the place with the locality kind written just before it, if any. */
  label: string;
}

/** Everything the rule families share about one article. */
export interface Context {
  doc: Doc;
  home: string;
  language: Language | null;
  ref: DateReference;
  dates: DateMention[];
  /** Span of the publication date found in the text (a date line or dateline), if any. */
  published?: Span | null;
  mentions: Mention[];
  places: PlaceMention[];
  /** Token index where boilerplate ("Tin liên quan", "Baca juga"…) starts; rules ignore what follows. */
  end: number;
}

export function sideOf(ctx: Context, m: Mention): 'home' | 'foreign' | null {
  if (m.country) return m.country === ctx.home ? 'home' : 'foreign';
  // A name that is not Vietnamese in an article for a Vietnamese department is the foreign side's.
  if (m.name && ctx.home === 'VN') return 'foreign';
  return null;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýã]/iu;
/** Kinds written before a locality's name ("thành phố Blois", "Kota Malang", "city of Lyon"). */
const PREFIX_KINDS = new Set([
  'thành phố',
  'tỉnh',
  'tp',
  'tp.',
  'thủ đô',
  'bang',
  'vùng',
  'kota',
  'provinsi',
  'kabupaten',
  'city of',
  'province of',
  'prefecture of',
]);
/** Stands for "the article's foreign country" until the article is read. */
export const UNKNOWN_COUNTRY = '??';

/**
 * A locality the gazetteer does not know, named after its kind: "thành phố Blois". Written with
 * Vietnamese letters it is at home (Vietnam); otherwise it takes the article's foreign country later.
 */
function unknownLocality(doc: Doc, i: number, end: number, names: readonly boolean[]): PhraseMatch<Place> | null {
  const lx = lexicon();
  let kindAt = -1;
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const k = lx.kinds.matchAt(doc.tokens, i - back, i);
    if (k && k.last === i && PREFIX_KINDS.has(tokenText(doc, i - back, i).toLowerCase())) kindAt = i - back;
  }
  if (kindAt < 0) return null;
  let last = i;
  while (last < end && last - i < 2) {
    const t = doc.tokens[last];
    if (!t || !t.word || !t.upper || names[last] || /^\d/.test(t.text)) break;
    if (lx.titles.matchAt(doc.tokens, last, end) || lx.orgWords.matchAt(doc.tokens, last, end)) break;
    if (lx.surnames.has(t.fold) && last > i) break;
    last++;
  }
  if (last === i || lx.surnames.has(doc.tokens[i]!.fold)) return null;
  const name = tokenText(doc, i, last);
  return {
    value: { name, country: VIETNAMESE_LETTERS.test(name) ? 'VN' : UNKNOWN_COUNTRY, isCountry: false },
    first: i,
    last,
  };
}

export function findPlaces(doc: Doc, mentions: readonly Mention[], end: number, home = 'VN'): PlaceMention[] {
  const lx = lexicon();
  const names: boolean[] = new Array<boolean>(doc.tokens.length).fill(false);
  for (const m of mentions) {
    if (!m.name) continue;
    for (let k = m.first; k < m.last; k++) {
      const t = doc.tokens[k];
      if (t && t.start >= m.span.start && t.end <= m.span.end) names[k] = true;
    }
  }
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < end) {
    const t = doc.tokens[i];
    if (!t || !t.upper || names[i]) {
      i++;
      continue;
    }
    const m = lx.places.matchAt(doc.tokens, i, end) ?? unknownLocality(doc, i, end, names);
    if (!m) {
      i++;
      continue;
    }
    // The kind before it ("tỉnh", "thành phố", "TP.") makes the label the body's usual name.
    let from = m.first;
    for (let back = 1; back <= 3 && m.first - back >= 0; back++) {
      const k = lx.kinds.matchAt(doc.tokens, m.first - back, m.first);
      if (k && k.last === m.first) {
        from = m.first - back;
        break;
      }
    }
    const a = doc.tokens[m.first]!;
    const b = doc.tokens[m.last - 1]!;
    out.push({
      place: m.value,
      first: m.first,
      last: m.last,
      span: { start: a.start, end: b.end },
      label: tokenText(doc, from, m.last),
    });
    i = m.last;
  }
  // Unknown localities belong to the foreign country the article names most; with none, they stay unknown.
  const counts = new Map<string, number>();
  for (const p of out) {
    if (p.place.country !== UNKNOWN_COUNTRY && p.place.country !== home)
      counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  }
  const foreign = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  return out
    .map((p) =>
      p.place.country === UNKNOWN_COUNTRY ? (foreign ? { ...p, place: { ...p.place, country: foreign } } : null) : p,
    )
    .filter((p): p is PlaceMention => p !== null);
}

const BOILERPLATE = PhraseSet.of([
  'Tin bài liên quan',
  'Tin liên quan',
  'Các tin bài khác',
  'Các tin khác',
  'Đọc nhiều',
  'Có thể bạn quan tâm',
  'Xem thêm',
  'Bài liên quan',
  'Related news',
  'Related articles',
  'Read more',
  'Baca juga',
  'Berita terkait',
  'Komentar',
  'Sumber:',
  'Source:',
  '[iklan',
  'Multimedia',
]);

/** Where the article ends and the site's lists of other stories begin (a marker alone on its line). */
export function articleEnd(doc: Doc): number {
  for (const s of doc.sentences) {
    if (s.first < 5) continue;
    const m = BOILERPLATE.matchAt(doc.tokens, s.first, s.last);
    if (
      m &&
      (m.last === s.last ||
        (m.last - s.first <= 4 && s.last - s.first <= 6) ||
        fold(m.value).startsWith('sumber') ||
        fold(m.value).startsWith('[iklan'))
    ) {
      return s.first;
    }
  }
  return doc.tokens.length;
}

export function sentencesIn(ctx: Context): Sentence[] {
  return ctx.doc.sentences.filter((s) => s.first < ctx.end);
}

const bySentenceCache = new WeakMap<Context, Map<Sentence, Mention[]>>();

/** Mentions that start in the sentence, indexed once per article. */
export function mentionsIn(ctx: Context, s: Sentence): Mention[] {
  let map = bySentenceCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const m of ctx.mentions) {
      const list = map.get(m.sentence) ?? [];
      list.push(m);
      map.set(m.sentence, list);
    }
    bySentenceCache.set(ctx, map);
  }
  return map.get(s) ?? [];
}
