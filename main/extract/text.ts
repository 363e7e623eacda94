import { fold } from '../../shared/text/fold.js';
import { type Span } from './types.js';

/**
 * The text the rules work on: NFC, with a folded twin of the SAME length (one folded code unit per
 * code unit) so a match in the folded text is a span in the working text, and a map back to offsets
 * in the string the caller gave us (which may not have been NFC).
 */
export interface Doc {
  /** NFC working text. */
  text: string;
  /** fold() of each code unit of `text`, same length. */
  folded: string;
  /** map[i] = offset in the caller's string of working offset i (length text.length + 1). */
  map: Int32Array | null;
  tokens: Token[];
  sentences: Sentence[];
}

export interface Token {
  text: string;
  fold: string;
  /** Lower case with diacritics kept ("sẽ" and "sẻ" differ here, not in `fold`). */
  lower: string;
  start: number;
  end: number;
  /** First letter is upper case (a proper noun or a sentence start). */
  upper: boolean;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

const COMBINING = /\p{M}/u;

/** NFC with a map back to the original offsets (only built when NFC changes the string). */
function normalizeWithMap(original: string): { text: string; map: Int32Array | null } {
  const nfc = original.normalize('NFC');
  if (nfc === original) return { text: original, map: null };
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A cluster: one code point and the combining marks after it, normalised on its own.
    let j = i + ((original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < original.length && COMBINING.test(original[j] ?? '')) j++;
    const cluster = original.slice(i, j).normalize('NFC');
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k++) offsets.push(i);
    i = j;
  }
  offsets.push(original.length);
  return { text: parts.join(''), map: Int32Array.from(offsets) };
}

/** Folds each code unit on its own, keeping the length (a unit that would change length stays as is). */
function foldSameLength(text: string): string {
  const out: string[] = new Array<string>(text.length);
  const cache = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no table: lower-case A–Z, keep the rest.
    if (code < 128) {
      out[i] = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] as string);
      continue;
    }
    const c = text[i] as string;
    let f = cache.get(c);
    if (f === undefined) {
      const folded = fold(c);
      f = folded.length === 1 ? folded : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      cache.set(c, f);
    }
    out[i] = f;
  }
  return out.join('');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/uy;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;

export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Plain ASCII white space without a regular expression: most characters are letters or spaces.
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i] as string))) {
      i++;
      continue;
    }
    const c = text[i] as string;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      const end = i + m[0].length;
      tokens.push({
        text: m[0],
        fold: folded.slice(i, end),
        lower: m[0].toLowerCase(),
        start: i,
        end,
        upper: UPPER.test(c),
        word: true,
      });
      i = end;
    } else {
      tokens.push({ text: c, fold: c, lower: c, start: i, end: i + 1, upper: false, word: false });
      i++;
    }
  }
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'tp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'h',
  'jl',
  'ir',
  'drs',
  'vs',
  'co',
  'ltd',
  'inc',
  'p',
  'q',
  'tt',
  'tx',
  'gs',
  'ts',
  'ths',
  'pgs',
  'ubnd',
  'hdnd',
  'u.s',
  'sdr',
  'hj',
  'kh',
  'ks',
]);

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last > first) {
      const a = tokens[first] as Token;
      const b = tokens[last - 1] as Token;
      sentences.push({ start: a.start, end: b.end, first, last });
    }
    first = last;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    const next = tokens[t + 1];
    // A line break ends a sentence (headlines, captions, paragraphs).
    if (next && text.slice(tok.end, next.start).includes('\n')) {
      close(t + 1);
      continue;
    }
    if (tok.word) continue;
    if (tok.text === '!' || tok.text === '?' || tok.text === '…') {
      if (!next || next.upper || !next.word) close(t + 1);
      continue;
    }
    if (tok.text !== '.') continue;
    if (!next) continue;
    const spaced = next.start > tok.end;
    if (!spaced) continue; // "TP.Seoul", "3.169", "/."
    const prev = tokens[t - 1];
    if (prev && prev.word && prev.end === tok.start) {
      if (ABBREVIATIONS.has(prev.fold)) continue;
      // An initial ("J. Smith").
      if (prev.text.length === 1 && prev.upper) continue;
    }
    if (next.upper || !next.word || /\d/.test(next.text[0] ?? '')) close(t + 1);
  }
  close(tokens.length);
  return sentences;
}

export function buildDoc(original: string): Doc {
  const { text, map } = normalizeWithMap(original);
  const folded = foldSameLength(text);
  const tokens = tokenize(text, folded);
  const sentences = splitSentences(text, tokens);
  return { text, folded, map, tokens, sentences };
}

/** A span in the working text → a span in the caller's string. */
export function toOriginal(doc: Doc, span: Span): Span {
  if (!doc.map) return span;
  return { start: doc.map[span.start] ?? span.start, end: doc.map[span.end] ?? span.end };
}

export function sentenceOf(doc: Doc, tokenIndex: number): Sentence | null {
  // Binary search: sentences are in order.
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (tokenIndex < s.first) hi = mid - 1;
    else if (tokenIndex >= s.last) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Tokens of a dictionary phrase, split like the text is. */
export function phraseTokens(phrase: string): Token[] {
  const text = phrase.normalize('NFC');
  return tokenize(text, foldSameLength(text));
}

const hasNonAscii = (text: string): boolean => [...text].some((ch) => ch.charCodeAt(0) > 127);

export interface PhraseMatch<V> {
  value: V;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

/**
 * A dictionary matched on token sequences, longest first. Linear in the number of tokens times the
 * few phrases sharing a first word, so no input can make it slow.
 */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { tokens: string[]; exact: boolean; value: V }[]>();

  /**
   * With `accents`, a phrase written with Vietnamese diacritics only matches the same letters ("sẽ"
   * will not match "sẻ" in "chia sẻ", "Sở" not "số"); phrases in plain ASCII still match folded text.
   * Without it (place names), "Hue" matches "Huế".
   */
  constructor(entries: Iterable<readonly [string, V]>, options: { accents?: boolean } = {}) {
    for (const [phrase, value] of entries) {
      const toks = phraseTokens(phrase);
      const head = toks[0];
      if (head === undefined) continue;
      const exact = options.accents === true && hasNonAscii(phrase);
      const tokens = toks.map((t) => (exact ? t.lower : t.fold));
      const list = this.byFirst.get(head.fold) ?? [];
      list.push({ tokens, exact, value });
      this.byFirst.set(head.fold, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  static of(phrases: readonly string[], options: { accents?: boolean } = {}): PhraseSet<string> {
    return new PhraseSet(
      phrases.map((p) => [p, p] as const),
      options,
    );
  }

  /** The longest phrase starting at token i (not past `limit`), or null. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<V> | null {
    const head = tokens[i];
    if (!head) return null;
    const list = this.byFirst.get(head.fold);
    if (!list) return null;
    outer: for (const entry of list) {
      const n = entry.tokens.length;
      if (i + n > limit) continue;
      for (let k = 0; k < n; k++) {
        const t = tokens[i + k] as Token;
        if ((entry.exact ? t.lower : t.fold) !== entry.tokens[k]) continue outer;
      }
      return { value: entry.value, first: i, last: i + n };
    }
    return null;
  }

  /** The rules ask for the same sentence's matches several times: remembered per token array. */
  private readonly memo = new WeakMap<readonly Token[], Map<number, PhraseMatch<V>[]>>();

  /** Every non-overlapping match in tokens [from, to), leftmost-longest. Callers must not modify it. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    let byRange = this.memo.get(tokens);
    if (!byRange) {
      byRange = new Map();
      this.memo.set(tokens, byRange);
    }
    const key = from * 4_194_304 + to;
    const known = byRange.get(key);
    if (known) return known;
    const out: PhraseMatch<V>[] = [];
    byRange.set(key, out);
    let i = from;
    while (i < to) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}

/** Text of tokens [first, last) as written (with the original spacing). */
export function tokenText(doc: Doc, first: number, last: number): string {
  if (last <= first) return '';
  const a = doc.tokens[first] as Token;
  const b = doc.tokens[last - 1] as Token;
  return doc.text.slice(a.start, b.end);
}

export function tokenSpan(doc: Doc, first: number, last: number): Span {
  const a = doc.tokens[first] as Token;
  const b = doc.tokens[Math.max(first, last - 1)] as Token;
  return { start: a.start, end: b.end };
}
