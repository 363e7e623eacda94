import { expect, test } from '@playwright/test';
import { fold, searchTokens } from '../../shared/text/fold.js';
import { compareVietnamese } from '../../shared/text/collate.js';
import { cleanText } from '../../shared/text/normalize.js';

test('fold removes Vietnamese diacritics, đ included, and lower-cases', () => {
  expect(fold('Đà Nẵng')).toBe('da nang');
  expect(fold('Huế')).toBe('hue');
  expect(fold('Nguyễn Thanh Bình')).toBe('nguyen thanh binh');
  expect(fold('ĐẮK LẮK')).toBe('dak lak');
  expect(fold('Thừa Thiên Huế')).toBe('thua thien hue');
});

test('fold gives the same result for NFC and NFD input', () => {
  const nfc = 'Nguyễn'.normalize('NFC');
  const nfd = 'Nguyễn'.normalize('NFD');
  expect(nfc).not.toBe(nfd);
  expect(fold(nfd)).toBe(fold(nfc));
});

test('fold keeps Hangul, kana and kanji as they are typed', () => {
  expect(fold('서울특별시')).toBe('서울특별시');
  expect(fold('서울특별시'.normalize('NFD'))).toBe('서울특별시');
  expect(fold('奈良県')).toBe('奈良県');
});

test('searchTokens splits folded text into letters and digits of any script', () => {
  expect(searchTokens('TP. Hồ Chí Minh, 2025!')).toEqual(['tp', 'ho', 'chi', 'minh', '2025']);
  expect(searchTokens('경주시 Gyeongju-si')).toEqual(['경주시', 'gyeongju', 'si']);
  expect(searchTokens('  ')).toEqual([]);
});

test('Vietnamese collation: đ after d, ư after u, ơ after o', () => {
  const names = ['Em', 'Đà Nẵng', 'Dung', 'Ưng', 'Uyên', 'Ơn', 'Ong'];
  expect([...names].sort(compareVietnamese)).toEqual(['Dung', 'Đà Nẵng', 'Em', 'Ong', 'Ơn', 'Uyên', 'Ưng']);
});

test('cleanText stores NFC with white space collapsed', () => {
  expect(cleanText('  Thành   phố\tHuế \n'.normalize('NFD'))).toBe('Thành phố Huế'.normalize('NFC'));
});

test('fold: the names of the issue, word for word', () => {
  expect(fold('Đà Nẵng')).toBe('da nang');
  expect(fold('Huế')).toBe('hue');
  expect(fold('Nguyễn')).toBe('nguyen');
  expect(fold('đ')).toBe('d');
  expect(fold('Đ'.normalize('NFD'))).toBe('d');
});

test('Hangul is searchable: typed and indexed forms give the same one token', () => {
  const typed = '서울특별시';
  expect(searchTokens(typed)).toEqual(['서울특별시']);
  expect(searchTokens(typed.normalize('NFD'))).toEqual(searchTokens(typed));
  expect(searchTokens('Thủ đô Seoul 서울특별시')).toEqual(['thu', 'do', 'seoul', '서울특별시']);
});
