import { createHash } from 'node:crypto';
import { searchTokens } from '../../shared/text/fold.js';

/**
 * Fingerprints that recognise an article already imported: an exact hash of its folded words (so spacing,
 * case and a stray diacritic do not make a second copy), and a 64-bit simhash of its word triples for
 * near-duplicates (the same story with a changed headline or a site's footer).
 */
export interface ArticleFingerprint {
  contentHash: string;
  /** The simhash as four 16-bit bands, highest first. */
  bands: [number, number, number, number];
}

/** At most this many differing bits out of 64 means "the same article". */
export const NEAR_DUPLICATE_BITS = 3;

export function fingerprint(text: string): ArticleFingerprint {
  const words = searchTokens(text);
  const contentHash = createHash('sha256').update(words.join(' ')).digest('hex');
  return { contentHash, bands: simhash(words) };
}

/** Differing bits between two simhashes. */
export function hammingDistance(a: readonly number[], b: readonly number[]): number {
  let bits = 0;
  for (let band = 0; band < 4; band++) {
    let x = (a[band]! ^ b[band]!) & 0xffff;
    while (x) {
      x &= x - 1;
      bits++;
    }
  }
  return bits;
}

function simhash(words: readonly string[]): [number, number, number, number] {
  const weights = new Int32Array(64);
  const shingles =
    words.length < 3 ? [words.join(' ')] : words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
  for (const shingle of shingles) {
    const [high, low] = hash64(shingle);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (high >>> bit) & 1 ? 1 : -1;
      weights[32 + bit] += (low >>> bit) & 1 ? 1 : -1;
    }
  }
  const band = (from: number) => {
    let value = 0;
    for (let bit = 0; bit < 16; bit++) if (weights[from + bit]! > 0) value |= 1 << bit;
    return value;
  };
  return [band(48), band(32), band(16), band(0)];
}

/** Two independent 32-bit FNV-1a hashes (different offset bases) as one 64-bit value. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return [a, b];
}
