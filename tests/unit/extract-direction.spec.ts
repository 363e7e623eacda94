import { expect, test } from '@playwright/test';
import { extractArticle } from '../../main/extract/index.js';

test('a foreign delegation received here is incoming; partner, country, head, hosts and place follow', () => {
  const text =
    'Ngày 12/3/2025, Phó Chủ tịch UBND tỉnh Ninh Bình Tống Quang Thìn đã tiếp đoàn công tác tỉnh Tochigi (Nhật Bản) do ông Fukuda Tomikazu, Thống đốc tỉnh Tochigi dẫn đầu.';
  const d = extractArticle(text).delegation;
  expect(d).toMatchObject({
    direction: 'incoming',
    partner: 'tỉnh Tochigi',
    country: 'JP',
    head: { name: 'Fukuda Tomikazu', title: 'Thống đốc' },
    hosts: [{ name: 'Tống Quang Thìn', title: 'Phó Chủ tịch' }],
    place: 'Ninh Bình',
    start: '2025-03-12',
    end: null,
  });
});

test('our leader visiting abroad is outgoing: head is ours, hosts and partner the foreign side', () => {
  const text =
    'Từ ngày 3-6/6/2024, đoàn đại biểu tỉnh Bắc Ninh do Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Hương Giang dẫn đầu đã thăm và làm việc tại tỉnh Gyeongsangbuk, Hàn Quốc. Thống đốc tỉnh Gyeongsangbuk Lee Cheol-woo đã tiếp đoàn.';
  const d = extractArticle(text).delegation;
  expect(d).toMatchObject({
    direction: 'outgoing',
    country: 'KR',
    head: { name: 'Nguyễn Hương Giang', title: 'Chủ tịch' },
    hosts: [{ name: 'Lee Cheol-woo', title: 'Thống đốc' }],
    place: 'Gyeongsangbuk',
    start: '2024-06-03',
    end: '2024-06-06',
  });
  expect(d?.partner).toContain('Gyeongsangbuk');
});

test('direction is relative to the home country setting', () => {
  const text =
    'Gubernur Jawa Timur Khofifah Indar Parawansa menerima delegasi Kota Hai Phong yang dipimpin oleh Ketua Komite Rakyat Kota Hai Phong, Nguyen Van Tung.';
  expect(extractArticle(text).delegation?.direction).toBe('outgoing');
  const fromIndonesia = extractArticle(text, { homeCountry: 'ID' }).delegation;
  expect(fromIndonesia?.direction).toBe('incoming');
  expect(fromIndonesia?.country).toBe('VN');
  expect(fromIndonesia?.head?.name).toBe('Nguyen Van Tung');
});

test('an invitation to visit does not turn an incoming visit round', () => {
  const text =
    'Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường tiếp đoàn công tác thành phố Chuncheon do Thị trưởng Yuk Dong-han dẫn đầu. Thị trưởng Yuk Dong-han mời lãnh đạo Cần Thơ sang thăm Chuncheon.';
  expect(extractArticle(text).delegation?.direction).toBe('incoming');
});

test('with two delegations the one the article is about is the main one', () => {
  const text = [
    'Ngày 2/4/2024, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy tiếp đoàn công tác tỉnh Gangwon do Phó Thống đốc Jung Kwang-yeol dẫn đầu.',
    'Trước đó, tỉnh cũng đã đón đoàn công tác thành phố Kitakyushu (Nhật Bản) do Phó Thị trưởng Aoki Hiroshi dẫn đầu.',
  ].join(' ');
  const d = extractArticle(text).delegation;
  expect(d?.head?.name).toBe('Jung Kwang-yeol');
  expect(d?.partner).toContain('Gangwon');
  expect(d?.country).toBe('KR');
});

test('an article with no visit, person or foreign place has no delegation', () => {
  expect(extractArticle('Giá lúa gạo tuần này tăng nhẹ tại các tỉnh đồng bằng sông Cửu Long.').delegation).toBeNull();
});

test('evidence spans point at the sentence each proposal came from', () => {
  const text = 'Tin ngắn.\nNgày 5/5/2024, Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng tiếp Đại sứ Campuchia Chea Kimtha.';
  const out = extractArticle(text);
  const d = out.delegation!;
  expect(text.slice(d.evidence.start, d.evidence.end)).toContain('Chea Kimtha');
  const head = d.fieldEvidence?.head;
  expect(head && text.slice(head.start, head.end)).toBe('Chea Kimtha');
  for (const p of out.people) expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.name);
});

test('passive reception ("was received by X", "diterima oleh X"): X is the host', () => {
  const out = extractArticle(
    "A delegation from Khon Kaen Province, Thailand, led by Governor Somsak Changtragul, was received by Chairman of the Can Tho City People's Committee Tran Viet Truong on August 20.",
  );
  expect(out.delegation?.direction).toBe('incoming');
  expect(out.delegation?.hosts.map((h) => h.name)).toEqual(['Tran Viet Truong']);
});

test('partner label: no leading article, the English kind after the name kept ("Vientiane Capital")', () => {
  const out = extractArticle(
    'A delegation of the Vientiane Capital Administration, headed by Mayor Atsaphangthong Siphandone, paid a working visit to Hanoi from March 8 to 10.',
  );
  expect(out.delegation?.partner).toBe('Vientiane Capital');
  expect(out.delegation?.country).toBe('LA');
});
