import { expect, test } from '@playwright/test';
import { compareVietnamese } from '../../shared/text/collate.js';

const ALPHABET = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');

/** A fixed shuffle, so a sort that merely keeps its input order cannot pass. */
const shuffled = <T>(items: readonly T[]) => items.map((_, i) => items[(i * 7 + 3) % items.length]!);

test('the 29 letters sort in Vietnamese alphabetical order, in either case', () => {
  expect(new Set(shuffled(ALPHABET)).size).toBe(ALPHABET.length);
  expect(shuffled(ALPHABET).sort(compareVietnamese)).toEqual(ALPHABET);
  const upper = ALPHABET.map((letter) => letter.toUpperCase());
  expect(shuffled(upper).sort(compareVietnamese)).toEqual(upper);
});

test('Đ comes after every D word and before E; Ư after every U word and before V', () => {
  const before = (a: string, b: string) => expect(compareVietnamese(a, b), `${a} < ${b}`).toBeLessThan(0);
  before('Dung', 'Đà Nẵng');
  before('Dzũng', 'Đà Nẵng');
  before('Đà Nẵng', 'Em');
  before('U', 'Ư');
  before('Uyên', 'Ưng');
  before('Ưng', 'Vinh');
  before('Ong', 'Ôn');
  before('Ôn', 'Ơn');
  before('Ăn', 'Âu');
  before('Hue', 'Huế');
});

test('comparison ignores case and NFC/NFD, and numbers sort by value', () => {
  expect(compareVietnamese('đà nẵng', 'ĐÀ NẴNG')).toBe(0);
  expect(compareVietnamese('Nguyễn'.normalize('NFD'), 'Nguyễn'.normalize('NFC'))).toBe(0);
  expect(['Quận 10', 'Quận 2', 'Quận 1'].sort(compareVietnamese)).toEqual(['Quận 1', 'Quận 2', 'Quận 10']);
});

test('real place names sort as a Vietnamese reader expects, not by code point', () => {
  const names = ['Yên Bái', 'Điện Biên', 'Ưu Đàm', 'An Giang', 'Đắk Lắk', 'Bắc Ninh', 'Ân Thi', 'Ăn Ninh', 'Uông Bí'];
  expect([...names].sort(compareVietnamese)).toEqual([
    'An Giang',
    'Ăn Ninh',
    'Ân Thi',
    'Bắc Ninh',
    'Đắk Lắk',
    'Điện Biên',
    'Uông Bí',
    'Ưu Đàm',
    'Yên Bái',
  ]);
  // Code-point order would put every accented capital after Y.
  expect([...names].sort()).not.toEqual([...names].sort(compareVietnamese));
});
