import { expect, test } from '@playwright/test';
import { extractArticle } from '../../main/extract/index.js';

function agreements(text: string) {
  return extractArticle(text).agreements.map(({ evidence: _evidence, ...rest }) => rest);
}

test('a signed MoU with its parties, fields and number of points', () => {
  const text =
    'Hai bên đã ký kết Bản ghi nhớ hợp tác giữa UBND tỉnh Thanh Hóa và chính quyền tỉnh Gunma. Bản ghi nhớ gồm 7 nội dung về du lịch, giáo dục và y tế.';
  expect(agreements(text)).toEqual([
    {
      parties: ['UBND tỉnh Thanh Hóa', 'chính quyền tỉnh Gunma'],
      status: 'signed',
      signed_on: null,
      fields: ['tourism', 'education', 'health'],
      kind: 'mou',
      points: 7,
    },
  ]);
});

test('a wish to sign is proposed, not signed (vi, en, id)', () => {
  expect(agreements('Ông mong muốn hai tỉnh sớm ký kết Bản ghi nhớ về nông nghiệp.')[0]?.status).toBe('proposed');
  expect(agreements('Tỉnh đề xuất ký Biên bản ghi nhớ về lao động trong năm tới.')[0]?.status).toBe('proposed');
  expect(agreements('Hai bên hướng tới ký kết thỏa thuận hợp tác về thương mại.')[0]?.status).toBe('proposed');
  expect(agreements('The two cities hope to sign a memorandum of understanding on tourism.')[0]?.status).toBe(
    'proposed',
  );
  expect(agreements('Kedua kota berharap dapat menandatangani nota kesepahaman di bidang pendidikan.')[0]?.status).toBe(
    'proposed',
  );
});

test('a past signing after the noun is signed, with its date', () => {
  const out = agreements(
    'Bà mong muốn triển khai hiệu quả bản ghi nhớ giữa HĐND thành phố Đà Nẵng và Hội đồng thành phố Daegu ký tháng 5/2022.',
  );
  expect(out).toHaveLength(1);
  expect(out[0]).toMatchObject({ status: 'signed', signed_on: '2022-05' });
  const en = agreements('They reviewed the memorandum of understanding signed in March 2021 between the two cities.');
  expect(en[0]).toMatchObject({ status: 'signed', signed_on: '2021-03' });
});

test('repeated mentions of one agreement are merged; a proposed one stays apart from a signed one', () => {
  const text = [
    'Lễ ký kết thỏa thuận hợp tác giữa thành phố Hà Nội và thành phố Bangkok diễn ra sáng nay.',
    'Theo thỏa thuận đã ký, hai bên hợp tác về giao thông và môi trường.',
    'Hai bên cũng mong muốn sớm ký kết bản ghi nhớ về giáo dục giữa các trường đại học.',
  ].join(' ');
  const out = agreements(text);
  expect(out.map((a) => a.status)).toEqual(['signed', 'proposed']);
  expect(out[0]?.fields).toEqual(['transport', 'environment']);
});

test('"kết nghĩa" or "lĩnh vực" alone do not make an agreement', () => {
  expect(agreements('Hai thành phố kết nghĩa mong muốn mở rộng hợp tác trong lĩnh vực văn hóa.')).toEqual([]);
});

test('"expressed its wish to sign a memorandum … on agricultural cooperation" is proposed, field agriculture', () => {
  const out = extractArticle(
    'The Japanese side expressed its wish to sign a memorandum of understanding on agricultural cooperation next year.',
  );
  expect(out.agreements.map((a) => [a.status, a.fields])).toEqual([['proposed', ['agriculture']]]);
});

test('an agreement signed earlier and only implemented now keeps its own signing year', () => {
  const out = extractArticle(
    "Posted: 11/03/2024\n\nChairman of the Hanoi People's Committee Tran Sy Thanh said the two capitals would continue to implement the cooperation agreement signed in 2022, focusing on urban planning.",
  );
  expect(out.agreements.map((a) => [a.status, a.signed_on])).toEqual([['signed', '2022']]);
});
