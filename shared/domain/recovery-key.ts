/**
 * The printed recovery key: the store's 32-byte data key itself, written in Crockford's base32 (no I, L,
 * O or U to misread) in groups of four. Being the key and not a second lock on it, it opens the data
 * even when the key file in the data folder is lost.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;
export const RECOVERY_KEY_BYTES = 32;
/** 256 bits at 5 bits a character. */
const CHARACTERS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);

export function encodeRecoveryKey(key: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) text += ALPHABET[(value << (5 - bits)) & 31];
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Read the way people copy keys: any case, spaces or dashes anywhere, I/L for 1 and O for 0. */
export function decodeRecoveryKey(text: string): Uint8Array | undefined {
  const characters = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (characters.length !== CHARACTERS) return undefined;
  const key = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const character of characters) {
    const digit = ALPHABET.indexOf(character);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) key[index++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  // The last character carries 1 bit of key and 4 bits that must be zero: anything else is a typo.
  return value === 0 ? key : undefined;
}
