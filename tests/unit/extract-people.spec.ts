import { expect, test } from '@playwright/test';
import { extractArticle } from '../../main/extract/index.js';

/** The people found, as "Name | Title | Organisation". */
function people(text: string): string[] {
  return extractArticle(text).people.map((p) => `${p.name} | ${p.title} | ${p.organization ?? ''}`);
}

test('title, organisation and name in a row are told apart (Vietnamese)', () => {
  expect(people('Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng tiếp khách.')).toEqual([
    'Lê Văn Dũng | Chủ tịch | UBND tỉnh Quảng Nam',
  ]);
  // The longest title wins, and a known place is not swallowed into the name.
  expect(people('Phó Chủ tịch Thường trực UBND thành phố Hải Phòng Lê Khắc Nam phát biểu.')).toEqual([
    'Lê Khắc Nam | Phó Chủ tịch Thường trực | UBND thành phố Hải Phòng',
  ]);
  expect(people('Thị trưởng thành phố Busan Park Heong-joon đón đoàn.')).toEqual([
    'Park Heong-joon | Thị trưởng | thành phố Busan',
  ]);
});

test('a city name that is also a family name stays a place ("TP. Hồ Chí Minh")', () => {
  expect(people('Phó Chủ tịch UBND TP. Hồ Chí Minh Võ Văn Hoan dự lễ.')).toEqual([
    'Võ Văn Hoan | Phó Chủ tịch | UBND TP. Hồ Chí Minh',
  ]);
});

test('a given name that is also a country name stays in the name ("Nguyễn Minh Đức")', () => {
  expect(people('Giám đốc Sở Ngoại vụ Nguyễn Minh Đức chủ trì.')).toEqual([
    'Nguyễn Minh Đức | Giám đốc Sở Ngoại vụ | ',
  ]);
});

test('an unknown foreign locality right after its kind is not part of the name', () => {
  expect(people('Thống đốc tỉnh Shimane Maruyama Tatsuya thăm Huế.')).toEqual([
    'Maruyama Tatsuya | Thống đốc | tỉnh Shimane',
  ]);
});

test('"Name, Title of Organisation" with and without an honorific', () => {
  expect(people('Bà Lim Soo-yeon, Phó Thị trưởng thành phố Ulsan cho biết như vậy.')).toEqual([
    'Lim Soo-yeon | Phó Thị trưởng | thành phố Ulsan',
  ]);
  expect(people('Kepala Dinas Luar Negeri, Ahmad Fauzi, hadir.')[0]).toContain('Ahmad Fauzi | Kepala Dinas');
  expect(people('Yesterday Tran Van Nam, Vice Chairman of the Can Tho City People’s Committee, spoke.')).toEqual([
    'Tran Van Nam | Vice Chairman | Can Tho City People’s Committee',
  ]);
});

test('a title with no name is not a person; the same person twice is listed once', () => {
  expect(people('Phó Thống đốc tỉnh Gyeonggi phát biểu tại hội nghị.')).toEqual([]);
  const twice = people(
    'Thị trưởng Osaka Yokoyama Hideyuki đến Hà Nội. Ông Yokoyama Hideyuki cảm ơn Thị trưởng Osaka Yokoyama Hideyuki.',
  );
  expect(twice).toHaveLength(1);
});

test('Indonesian titles, including a one-word name', () => {
  expect(people('Wakil Walikota Surabaya Armuji berkunjung ke Hanoi.')).toEqual(['Armuji | Wakil Walikota | Surabaya']);
  expect(people('Gubernur Jawa Tengah Ahmad Luthfi menerima tamu.')).toEqual(['Ahmad Luthfi | Gubernur | Jawa Tengah']);
});

test('a one-word name is refused outside Indonesian (it is more often an unknown place)', () => {
  expect(people('Thị trưởng Changwon phát biểu chào mừng đoàn đại biểu Việt Nam.')).toEqual([]);
});

test('a lower-case title after "Name," and the Party honorific "đồng chí"', () => {
  expect(people('Đồng chí Nguyễn Văn Phương, Chủ tịch UBND tỉnh Thừa Thiên Huế dự buổi làm việc.')).toEqual([
    'Nguyễn Văn Phương | Chủ tịch | UBND tỉnh Thừa Thiên Huế',
  ]);
  expect(people('Theo ông Trần Hữu Thùy, phó chủ tịch UBND tỉnh Quảng Trị, hai bên đã thống nhất.')).toEqual([
    'Trần Hữu Thùy | phó chủ tịch | UBND tỉnh Quảng Trị',
  ]);
  // Lower case with no name before it: the common noun, not a person.
  expect(people('Theo quy định, chủ tịch UBND tỉnh quyết định việc này.')).toEqual([]);
});

test('a name must look like a name: Title Case headline verbs and nouns are not people', () => {
  const id = extractArticle(
    'Wali Kota Surabaya Terima Kunjungan Delegasi Kota Da Nang\n\nSurabaya, 15 Agustus 2023 - Wali Kota Surabaya Eri Cahyadi menerima kunjungan delegasi Kota Da Nang, Vietnam, yang dipimpin oleh Wakil Ketua Komite Rakyat Kota Da Nang Ho Ky Minh.',
  );
  expect(id.delegation?.hosts.map((h) => h.name)).toEqual(['Eri Cahyadi']);
  expect(id.people.map((p) => p.name)).not.toContain('Terima Kunjungan Delegasi');
  expect(people('Gubernur Jawa Barat Terima Delegasi Provinsi Quang Ninh')).not.toContainEqual(
    expect.stringContaining('Terima Delegasi'),
  );
  expect(people('Governor Receives Delegation From Busan')).toEqual([]);
  // A Vietnamese family name that is also a common word stays a name.
  expect(people('Phó Chủ tịch UBND tỉnh Đoàn Văn Việt tiếp đoàn.')).toEqual([
    'Đoàn Văn Việt | Phó Chủ tịch | UBND tỉnh',
  ]);
});

test('a one-word later reference is the person named in full before ("Mr. Tuan" = Tran Anh Tuan)', () => {
  const out = extractArticle(
    "Vice Chairman of the Quang Nam Provincial People's Committee Tran Anh Tuan received Vice Governor Hiroshi Tanaka. Vice Governor Tanaka thanked Mr. Tuan.",
  );
  expect(out.people.map((p) => p.name).sort()).toEqual(['Hiroshi Tanaka', 'Tran Anh Tuan']);
});
