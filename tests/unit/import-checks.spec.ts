import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { articleFacts, extractArticle } from '../../main/extract/index.js';
import { similarity } from '../../main/import/fingerprint.js';
import { SignatureCache, tripleSignature } from '../../main/import/triple-signature.js';
import { searchTokens } from '../../shared/text/fold.js';

const FOLDERS = ['articles', 'heldout'].map((name) => new URL(`../fixtures/${name}/`, import.meta.url));
const TEXTS = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, folder), 'utf8')),
);

/** The share of word triples in common, with the triples as strings: what the import compared before. */
function jaccardOfStrings(a: string, b: string): number {
  const triples = (text: string) => {
    const words = searchTokens(text);
    if (words.length < 3) return new Set([words.join(' ')]);
    return new Set(words.slice(2).map((word, i) => `${words[i]} ${words[i + 1]} ${word}`));
  };
  const [first, second] = [triples(a), triples(b)];
  const shared = [...first].filter((triple) => second.has(triple)).length;
  return shared / (first.size + second.size - shared);
}

test('the import reads language, date and headline exactly as the full extraction does', () => {
  expect(TEXTS.length).toBeGreaterThan(40);
  for (const text of [...TEXTS, '', '   ', 'Der Bürgermeister empfing gestern eine Delegation.']) {
    const { language, published, title } = extractArticle(text);
    expect(articleFacts(text), text.slice(0, 60)).toEqual({ language, published, title });
  }
});

test('the near-duplicate similarity is the share of word triples in common, as with the triples as strings', () => {
  const pairs: [string, string][] = [];
  for (let i = 0; i < TEXTS.length; i++) {
    const text = TEXTS[i]!;
    pairs.push([text, TEXTS[(i + 1) % TEXTS.length]!]);
    // Nearly the same: another headline, a paragraph dropped, a footer added, words repeated.
    const lines = text.split('\n');
    pairs.push([text, ['Tin mới', ...lines.slice(1)].join('\n')]);
    pairs.push([text, lines.filter((_, n) => n !== 3).join('\n') + '\nBản quyền thuộc về Báo Huế.']);
    pairs.push([text, `${text} ${text}`]);
  }
  pairs.push(['', ''], ['hai từ', 'hai từ'], ['hai từ', 'ba từ đây'], ['Đà Nẵng', 'da nang']);
  const seen = new Set<number>();
  for (const [a, b] of pairs) {
    const expected = jaccardOfStrings(a, b);
    seen.add(Math.round(expected * 10));
    expect(similarity(a, b), `${a.slice(0, 40)} | ${b.slice(0, 40)}`).toBeCloseTo(expected, 12);
  }
  // The pairs span unrelated, near and identical texts.
  expect([...seen].sort((x, y) => x - y)).toEqual(expect.arrayContaining([0, 10]));
  expect([...seen].some((tenth) => tenth >= 7 && tenth < 10)).toBe(true);
});

test('the signature cache keeps the most recently used, within its bound of triples', () => {
  const cache = new SignatureCache(10);
  const signature = (n: number) => tripleSignature(Array.from({ length: n + 2 }, (_, i) => `w${i}`));
  cache.set('a', signature(4));
  cache.set('b', signature(4));
  expect(cache.get('a')).toHaveLength(4); // a is now the most recent
  cache.set('c', signature(4)); // 12 > 10: the oldest (b) goes
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toHaveLength(4);
  expect(cache.get('c')).toHaveLength(4);
  cache.set('huge', signature(11)); // larger than the whole cache: not kept, nothing else dropped
  expect(cache.get('huge')).toBeUndefined();
  expect(cache.get('a')).toHaveLength(4);
});
