import { fold } from '../../shared/text/fold.js';
import { STOPWORDS } from './dictionaries/language.js';
import { type Language } from './types.js';

const sets = Object.fromEntries(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.map((w) => w.normalize('NFC')))]),
) as Record<Language, Set<string>>;
// Vietnamese is often typed without diacritics: its words count folded too, unless the folded form is
// an English or Indonesian word as well ("dan", "di").
// Short folded words ("la", "de") are French too, and "den" is German: only longer ones count.
const NOT_ONLY_VIETNAMESE = new Set(['den', 'con', 'les', 'des', 'nay']);
for (const w of [...sets.vi]) {
  const plain = fold(w);
  if (plain.length >= 3 && !NOT_ONLY_VIETNAMESE.has(plain) && !sets.en.has(plain) && !sets.id.has(plain))
    sets.vi.add(plain);
}

/** Letters only Vietnamese uses among our three languages (ă â đ ê ô ơ ư and the tone marks). */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const WORD = /[\p{L}]+/gu;
const LATIN = /^[\p{Script=Latin}]+$/u;

/**
 * vi, en or id by the share of words that are frequent words of each language; null when no language
 * reaches a clear share (French, German, Korean…). Only the first 20,000 characters are looked at.
 */
export function detectLanguage(text: string): Language | null {
  const original = text.slice(0, 20000).normalize('NFC');
  const words = original.toLowerCase().match(WORD) ?? [];
  if (words.length < 3) return null;
  // Names and places are capitalised in all three languages and belong to none: a short text full of
  // "Nguyen Thi Hanh", "Quang Ninh" is judged by its lower-case words.
  const lowerWords = (original.match(WORD) ?? []).filter((w) => LATIN.test(w) && w[0] !== w[0]!.toUpperCase()).length;
  let latin = 0;
  let vietnameseLetters = 0;
  const score: Record<Language, number> = { vi: 0, en: 0, id: 0 };
  for (const w of words) {
    if (!LATIN.test(w)) continue;
    latin++;
    if (VIETNAMESE_LETTER.test(w)) vietnameseLetters++;
    for (const lang of ['vi', 'en', 'id'] as const) if (sets[lang].has(w)) score[lang]++;
  }
  // Mostly another script (Hangul, kana, Han…): not one of ours.
  if (latin < words.length * 0.6) return null;
  score.vi += vietnameseLetters * 0.5;
  const ranked = (['vi', 'en', 'id'] as const).slice().sort((a, b) => score[b] - score[a]);
  const best = ranked[0] as Language;
  const second = ranked[1] as Language;
  const share = score[best] / Math.max(1, Math.min(latin, Math.max(lowerWords, 3)));
  if (share < 0.15 || score[best] < score[second] * 1.3) return null;
  return best;
}
