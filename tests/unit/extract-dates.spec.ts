import { expect, test } from '@playwright/test';
import {
  detectPublished,
  findDates,
  findWeekday,
  isDateline,
  resolveDate,
  weekdayBefore,
  type DateReference,
} from '../../main/extract/dates.js';
import { extractArticle } from '../../main/extract/index.js';

const ref2024: DateReference = { date: { y: 2024, m: 10, d: 25 }, year: 2024 };
const noRef: DateReference = { date: null, year: null };

/** Every date in the text, resolved against a reference, "start..end" for ranges. */
function dates(text: string, ref: DateReference = ref2024): string[] {
  return findDates(text).map((d) => {
    const start = resolveDate(d.start, ref);
    return d.end ? `${start}..${resolveDate(d.end, ref)}` : String(start);
  });
}

test('Vietnamese forms: ranges, day/month with a time of day, month/year, year', () => {
  expect(dates('trong các ngày 19-22/10 vừa qua')).toEqual(['2024-10-19..2024-10-22']);
  expect(dates('từ ngày 19 đến 22/10/2023')).toEqual(['2023-10-19..2023-10-22']);
  expect(dates('từ ngày 30/9 đến ngày 2/10/2024')).toEqual(['2024-09-30..2024-10-02']);
  expect(dates('chiều 21/10, đoàn dự hội nghị')).toEqual(['2024-10-21']);
  expect(dates('sáng 14/10')).toEqual(['2024-10-14']);
  expect(dates('bản ghi nhớ ký tháng 12/2023')).toEqual(['2023-12']);
  expect(dates('kỷ niệm vào năm 2026')).toEqual(['2026']);
  expect(dates('ngày 19/10/2024')).toEqual(['2024-10-19']);
  expect(dates('ngày 5 tháng 3 năm 2025')).toEqual(['2025-03-05']);
});

test('English and Indonesian forms', () => {
  expect(dates('on Oct. 19 the mayor')).toEqual(['2024-10-19']);
  expect(dates('from October 19-22, 2024')).toEqual(['2024-10-19..2024-10-22']);
  expect(dates('on 22 Oktober 2024')).toEqual(['2024-10-22']);
  expect(dates('pada 21-23 Oktober')).toEqual(['2024-10-21..2024-10-23']);
  expect(dates('ditandatangani pada Desember 2023')).toEqual(['2023-12']);
  expect(dates('pada tahun 2026')).toEqual(['2026']);
});

test('numbers that are not dates are left alone', () => {
  expect(dates('hơn 1.000 chuyến bay, 27% dân số, tỷ số 3/4 trận')).toEqual([]);
  expect(dates('ngày 31/2')).toEqual([]);
});

test('a date without a year takes the year that puts it nearest the article date', () => {
  const january: DateReference = { date: { y: 2025, m: 1, d: 12 }, year: 2025 };
  expect(resolveDate({ m: 12, d: 28 }, january)).toBe('2024-12-28');
  expect(resolveDate({ m: 1, d: 10 }, january)).toBe('2025-01-10');
  expect(resolveDate({ m: 10, d: 19 }, { date: null, year: 2024 })).toBe('2024-10-19');
  expect(resolveDate({ m: 10, d: 19 }, noRef)).toBeNull();
});

test('the publication date comes from a date line, not from the first sentence of the story', () => {
  expect(detectPublished('Thứ Năm, 09/05/2024 15:20\nTiêu đề bài viết\nNội dung.')?.date).toBe('2024-05-09');
  expect(detectPublished('Ngày đăng: 15/10/2025\nTiêu đề')?.date).toBe('2025-10-15');
  expect(
    detectPublished('date 2025-10-14 Ảnh chú thích dài về buổi tiếp đoàn của lãnh đạo thành phố hôm nay')?.date,
  ).toBe('2025-10-14');
  expect(
    detectPublished('Tiêu đề\nChiều 3/4/2024, Chủ tịch UBND tỉnh đã tiếp đoàn đại biểu của tỉnh bạn tại trụ sở.'),
  ).toBeNull();
});

test('a known publication date given by the caller wins over detection and resolves dates', () => {
  const text = 'Ngày 20/12, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường tiếp đoàn công tác tỉnh Vân Nam (Trung Quốc).';
  const out = extractArticle(text, { published: '2025-01-03' });
  expect(out.published).toBe('2025-01-03');
  expect(out.delegation?.start).toBe('2024-12-20');
});

test('datelines: "PLACE, date —" and "(Source) - Sáng nay (date)" give the publication date', () => {
  const lede = (line: string) => `Tiêu đề bài báo\n\n${line} Vice Chairman of the committee received a delegation.`;
  expect(detectPublished(lede('QUANG NAM, June 4, 2024 —'))?.date).toBe('2024-06-04');
  expect(detectPublished(lede('Bandung, 3 Juli 2024 —'))?.date).toBe('2024-07-03');
  expect(detectPublished(lede('Surabaya, 15 Agustus 2023 -'))?.date).toBe('2023-08-15');
  expect(detectPublished(lede('(Cổng TTĐT tỉnh) - Sáng nay (9/5/2025), tại trụ sở UBND tỉnh,'))?.date).toBe(
    '2025-05-09',
  );
  expect(detectPublished('Hanoi, Vientiane pledge closer ties\n\nPosted: 11/03/2024\n\nA delegation')?.date).toBe(
    '2024-03-11',
  );
  // A date inside the first sentence, with no place-comma-dash around it, is the event's.
  expect(isDateline('On ', ' the delegation')).toBe(false);
  expect(isDateline('The delegation arrived in Hue, ', ' and met')).toBe(false);
  expect(isDateline('Hue, ', ' — ')).toBe(true);
});

test('relative weekdays resolve to the day on or before the dateline; an explicit (d/m) wins', () => {
  // 2024-06-04 is a Tuesday.
  expect(weekdayBefore({ y: 2024, m: 6, d: 4 }, 1)).toBe('2024-06-03');
  expect(weekdayBefore({ y: 2024, m: 6, d: 4 }, 2)).toBe('2024-06-04');
  expect(weekdayBefore({ y: 2024, m: 6, d: 4 }, 3)).toBe('2024-05-29');
  const w = (t: string) => findWeekday(t, 0, t.length)?.day ?? null;
  expect(w('Tran Anh Tuan on Monday received')).toBe(1);
  expect(w('menerima kunjungan pada Senin siang')).toBe(1);
  expect(w('chiều thứ Sáu, đoàn đã thăm')).toBe(5);
  expect(w('lần thứ hai hai bên gặp nhau')).toBeNull();
  expect(w('Monday morning is busy')).toBeNull();

  const en = extractArticle(
    "Leaders receive delegation\n\nQUANG NAM, June 4, 2024 — Vice Chairman of the Quang Nam Provincial People's Committee Tran Anh Tuan on Monday received a delegation from Okayama Prefecture, Japan, led by Vice Governor Hiroshi Tanaka.",
  );
  expect(en.published).toBe('2024-06-04');
  expect(en.delegation?.start).toBe('2024-06-03');
  const id = extractArticle(
    'Judul\n\nSurabaya, 15 Agustus 2023 - Wali Kota Surabaya Eri Cahyadi menerima kunjungan delegasi Kota Da Nang, Vietnam, yang dipimpin oleh Wakil Ketua Komite Rakyat Kota Da Nang Ho Ky Minh pada Senin (14/8).',
  );
  expect(id.published).toBe('2023-08-15');
  expect(id.delegation?.start).toBe('2023-08-14');
});

test('English and Indonesian day ranges written with words: "from March 8 to 10", "8 sampai 10 Maret"', () => {
  expect(
    dates('paid a working visit to Hanoi from March 8 to 10.', { date: { y: 2024, m: 3, d: 11 }, year: 2024 }),
  ).toEqual(['2024-03-08..2024-03-10']);
  expect(dates('berkunjung pada 8 sampai 10 Maret 2024')).toEqual(['2024-03-08..2024-03-10']);
});
