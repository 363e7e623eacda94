import { expect, test } from '@playwright/test';
import { matchExpression, trigramExpression, wordExpression } from '../../db/queries/search.js';

test('every folded word of the query becomes a quoted prefix term', () => {
  expect(matchExpression('Đà Nẵng')).toBe('"da"* "nang"*');
  expect(matchExpression('  gyeong ')).toBe('"gyeong"*');
  expect(matchExpression('서울특별시')).toBe('"서울특별시"*');
  expect(matchExpression('Huế'.normalize('NFD'))).toBe('"hue"*');
});

test('quotes, operators and punctuation cannot reach the FTS5 syntax', () => {
  expect(matchExpression('"; DROP TABLE organizations; --')).toBe('"drop"* "table"* "organizations"*');
  expect(matchExpression('a" OR "b')).toBe('"a"* "or"* "b"*');
  expect(matchExpression('NEAR(x y) col:val ^start *')).toBe('"near"* "x"* "y"* "col"* "val"* "start"*');
});

test('a query with nothing to search for gives no expression', () => {
  for (const empty of ['', '   ', '"', '*', '--', '()']) expect(matchExpression(empty), empty).toBeNull();
});

test('trigram terms keep only words of three characters or more', () => {
  expect(trigramExpression('TP Hồ Chí Minh')).toBe('"chi" "minh"');
  expect(trigramExpression('경주 경주시')).toBe('"경주시"');
  expect(trigramExpression('Đà Nẵng')).toBe('"nang"');
  expect(trigramExpression('a b cd')).toBeNull();
});

test('whole-word terms: folded and quoted, no prefix star, nothing that reaches the FTS5 syntax', () => {
  expect(wordExpression('Đà Nẵng')).toBe('"da" "nang"');
  expect(wordExpression('a" OR "b*')).toBe('"a" "or" "b"');
  expect(wordExpression(' * ')).toBeNull();
});

test('a word said twice is searched once, whatever its accents or case', () => {
  expect(matchExpression('Huế hue HUẾ hợp tác hop tac')).toBe('"hue"* "hop"* "tac"*');
  expect(wordExpression('Đà Nẵng Đà Nẵng')).toBe('"da" "nang"');
  expect(trigramExpression('minh Minh MINH chí')).toBe('"minh" "chi"');
});
