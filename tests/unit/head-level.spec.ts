import { expect, test } from '@playwright/test';
import { HEAD_LEVEL_RULES, HEAD_LEVELS, headLevel } from '../../shared/domain/head-level.js';

test('a head is placed by the title held at the visit, in Vietnamese or English', () => {
  const cases: [string | null, string][] = [
    ['Chủ tịch UBND thành phố Hà Nội', 'leadership'],
    ['Bí thư Thành ủy Huế', 'leadership'],
    ['Thị trưởng thành phố Gyeongju', 'leadership'],
    ['Governor of Gyeonggi Province', 'leadership'],
    ['Mayor of Nara', 'leadership'],
    ['Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế', 'deputy'],
    ['PHÓ THỊ TRƯỞNG THÀNH PHỐ GYEONGJU', 'deputy'],
    ['Vice Mayor of Gyeongju', 'deputy'],
    ['Vice-Governor', 'deputy'],
    ['Deputy Governor for Economic Affairs', 'deputy'],
    ['Giám đốc Sở Ngoại vụ', 'department'],
    ['Phó Giám đốc Sở Du lịch', 'department'],
    ['Director-General, International Relations', 'department'],
    ['Trưởng đoàn nghệ thuật', 'other'],
    ['Professor', 'other'],
    // Whole words only: "mayoral" is not "mayor".
    ['Mayoral adviser', 'other'],
    ['   ', 'unknown'],
    [null, 'unknown'],
  ];
  for (const [title, level] of cases) expect(headLevel(title), String(title)).toBe(level);
});

test('the rules only name levels the report knows, each phrase already folded', () => {
  for (const rule of HEAD_LEVEL_RULES) {
    expect(HEAD_LEVELS).toContain(rule.level);
    for (const phrase of rule.phrases)
      expect(phrase).toBe(phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  }
});
