/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …), not code-point order.
 * ICU's "vi" collation knows these letters; Node and Chromium both ship full ICU.
 */
const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
