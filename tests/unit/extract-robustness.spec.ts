import { expect, test } from '@playwright/test';
import { extractArticle } from '../../main/extract/index.js';

/**
 * The extractor must never throw past its boundary and never hang. The time limit below is generous
 * (an article takes milliseconds): it only catches a catastrophic pattern, not a slow machine.
 */
const LIMIT_MS = 2000;

function timed(text: string) {
  const started = performance.now();
  const out = extractArticle(text);
  return { out, ms: performance.now() - started };
}

const pathological: [string, () => string][] = [
  ['200 KB of "ngày ngày ngày"', () => 'ngày '.repeat(40_000)],
  ['nested punctuation', () => '(((('.repeat(20_000) + '....,,,;;;'.repeat(10_000) + '))))'.repeat(20_000)],
  ['one 1 MB line of date-like digits', () => '19-22/10/2024-'.repeat(75_000)],
  ['one 1 MB line of capitalised words', () => 'Chủ tịch UBND Thành Phố Hà Nội Nguyễn Văn '.repeat(25_000)],
  ['titles with no end', () => 'Phó Chủ tịch Thường trực '.repeat(20_000)],
  [
    'many sentences each with a person and a gift',
    () => 'Chủ tịch Lê Văn An tặng quà lưu niệm cho Thị trưởng Kim Min-su. '.repeat(3_000),
  ],
  ['HTML-looking noise', () => '<p>&amp;&#x1EBF;<'.repeat(50_000)],
];

for (const [name, make] of pathological) {
  test(`never hangs on ${name}`, () => {
    const { out, ms } = timed(make());
    expect(out.error).toBeUndefined();
    expect(ms).toBeLessThan(LIMIT_MS);
  });
}

test('never throws: empty, white space, odd code units, not a string', () => {
  expect(extractArticle('').error).toMatch(/empty/);
  expect(extractArticle('   \n\t ').error).toMatch(/empty/);
  const lone = extractArticle('\ud800\udfff\ud83d Chủ tịch \u0000 Lê Văn A \uffff');
  expect(lone.error).toBeUndefined();
  expect(extractArticle(null as unknown as string).error).toMatch(/not a string/);
  const empty = extractArticle(42 as unknown as string);
  expect(empty).toMatchObject({
    language: null,
    delegation: null,
    people: [],
    gifts: [],
    agreements: [],
    follow_ups: [],
  });
});

test('spans refer to the string given even when it is not NFC', () => {
  const nfd =
    'Hôm nay, Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương tiếp Đại sứ Hàn Quốc Choi Young-sam.'.normalize(
      'NFD',
    );
  const out = extractArticle(nfd);
  const names = out.people.map((p) => nfd.slice(p.evidence.start, p.evidence.end).normalize('NFC'));
  expect(names).toEqual(['Nguyễn Văn Phương', 'Choi Young-sam']);
});
