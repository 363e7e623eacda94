/**
 * Folds text for search: NFD, strip combining marks, đ/Đ → d, lower case.
 * Both the indexed text and the query go through this, so "da nang" finds "Đà Nẵng".
 * Hangul and other scripts keep their letters (only combining marks go), so "서울" finds "서울".
 */
export function fold(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // đ/Đ are letters of their own, not d + a mark, so NFD leaves them: map them by hand.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      // Hangul syllables decompose to jamo under NFD; recompose so indexed and typed forms agree.
      .normalize('NFC')
  );
}

/** Splits folded text into search tokens (letters and digits of any script). */
export function searchTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
