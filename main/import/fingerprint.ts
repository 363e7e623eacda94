import { createHash } from 'node:crypto';
import { searchTokens } from '../../shared/text/fold.js';
import { signatureSimilarity, tripleSignature } from './triple-signature.js';

/**
 * Fingerprints that recognise an article already imported: an exact hash of its folded words (so spacing,
 * case and a stray diacritic do not make a second copy), and four min-hashes of its word triples, which
 * near-duplicates (the same story with another headline or a site's footer) very likely share.
 */
export interface ArticleFingerprint {
  contentHash: string;
  minhashes: [number, number, number, number];
}

/** Texts sharing at least this share of their word triples are the same article. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

/** Four independent 32-bit hash seeds (arbitrary odd constants). */
const SEEDS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f] as const;

export function fingerprint(text: string): ArticleFingerprint {
  return fingerprintOfWords(searchTokens(text));
}

/** The same, from the text's search words when the caller has them already (the import builds them once). */
export function fingerprintOfWords(words: readonly string[]): ArticleFingerprint {
  const contentHash = createHash('sha256').update(words.join(' ')).digest('hex');
  // The word triples once for all four seeds (they were built again for each: a tenth of an import's CPU time).
  const triples = shingles(words);
  const minhashes = SEEDS.map((seed) => {
    let least = 0xffffffff;
    for (const shingle of triples) least = Math.min(least, hash32(shingle, seed));
    return least;
  }) as ArticleFingerprint['minhashes'];
  return { contentHash, minhashes };
}

/** The share of word triples two texts have in common (Jaccard similarity). */
export function similarity(a: string, b: string): number {
  return signatureSimilarity(tripleSignature(searchTokens(a)), tripleSignature(searchTokens(b)));
}

function shingles(words: readonly string[]): Set<string> {
  if (words.length < 3) return new Set([words.join(' ')]);
  const set = new Set<string>();
  for (let i = 2; i < words.length; i++) set.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return set;
}

/** FNV-1a with a seed, finished with a murmur-style mix so nearby inputs spread over all 32 bits. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
