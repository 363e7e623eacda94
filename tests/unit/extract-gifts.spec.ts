import { expect, test } from '@playwright/test';
import { extractArticle } from '../../main/extract/index.js';

function gifts(text: string): string[] {
  return extractArticle(text).gifts.map((g) => `${g.giver} → ${g.recipient}: ${g.item}`);
}

test('"A tặng quà lưu niệm cho B" with the recipient named by title only', () => {
  const text =
    'Phó Thị trưởng thành phố Nagoya Suzuki Taro thăm Huế. Chủ tịch UBND thành phố Huế Phan Thiên Định tặng quà lưu niệm cho Phó Thị trưởng thành phố Nagoya.';
  expect(gifts(text)).toEqual(['Phan Thiên Định → Suzuki Taro: quà lưu niệm']);
});

test('Vietnamese double object: "tặng B một bức tranh"', () => {
  const text =
    'Tỉnh trưởng tỉnh Attapeu Leklai Sivilay đến thăm. Chủ tịch UBND tỉnh Kon Tum Lê Ngọc Tuấn tặng Tỉnh trưởng Leklai Sivilay bức tranh sơn mài.';
  expect(gifts(text)).toEqual(['Lê Ngọc Tuấn → Leklai Sivilay: bức tranh sơn mài']);
});

test('gifts exchanged both ways become two gifts', () => {
  const text =
    'Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn tiếp Thống đốc tỉnh Gyeongsangbuk Lee Cheol-woo. Cuối buổi, hai bên trao đổi quà lưu niệm.';
  expect(gifts(text)).toEqual([
    'Vương Quốc Tuấn → Lee Cheol-woo: quà lưu niệm',
    'Lee Cheol-woo → Vương Quốc Tuấn: quà lưu niệm',
  ]);
  const en =
    'Mayor of Kobe Hisamoto Kizo received Vice Chairman of the Hai Phong City People’s Committee Le Anh Quan. The two sides exchanged souvenirs.';
  expect(gifts(en)).toHaveLength(2);
  const id =
    'Walikota Semarang Agustina Wilujeng menerima Wakil Ketua Komite Rakyat Kota Da Nang, Ho Ky Minh. Kedua pihak bertukar cenderamata.';
  expect(gifts(id)).toHaveLength(2);
});

test('English and Indonesian phrasings', () => {
  expect(
    gifts(
      'Governor of Bali Wayan Koster met Chairman Nguyen Van Long. Wayan Koster presented Nguyen Van Long with a carved wooden statue.',
    ),
  ).toEqual(['Wayan Koster → Nguyen Van Long: carved wooden statue']);
  expect(
    gifts(
      'Gubernur Bali Wayan Koster bertemu Ketua Nguyen Van Long. Wayan Koster menyerahkan cenderamata berupa lukisan kepada Nguyen Van Long.',
    ),
  ).toEqual(['Wayan Koster → Nguyen Van Long: lukisan']);
});

test('an award or a medal is not a gift', () => {
  expect(gifts('Chủ tịch nước Lương Cường trao tặng Huân chương Hữu nghị cho Đại sứ Nhật Bản Ito Naoki.')).toEqual([]);
  expect(gifts('Chairman Phan Van Mai presented Consul General Sarah Hooper with the Friendship Medal.')).toEqual([]);
  expect(
    gifts('Gubernur Jawa Barat Dedi Mulyadi menyerahkan penghargaan kepada Duta Besar Vietnam Ta Van Thong.'),
  ).toEqual([]);
});

test('"tặng" with no gift word is not a gift', () => {
  expect(gifts('Chủ tịch UBND tỉnh Lê Văn A tặng lời chúc tốt đẹp nhất cho đoàn công tác tỉnh Nara.')).toEqual([]);
});

test('English gift patterns: "X presented Y with Z", "X gave Y Z", "X presented Z to Y", surname-only givers', () => {
  const lede =
    "Vice Chairman of the Quang Nam Provincial People's Committee Tran Anh Tuan received a delegation from Okayama Prefecture, Japan, led by Vice Governor Hiroshi Tanaka. ";
  expect(gifts(`${lede}Mr. Tuan presented the guests with a Kim Bong wood carving as a souvenir.`)).toEqual([
    'Tran Anh Tuan → Hiroshi Tanaka: Kim Bong wood carving',
  ]);
  expect(gifts(`${lede}Vice Governor Tanaka gave the province a set of Bizen pottery.`)).toEqual([
    'Hiroshi Tanaka → Quảng Nam: set of Bizen pottery',
  ]);
  expect(gifts(`${lede}Mr. Tanaka presented a painting to Mr. Tuan.`)).toEqual([
    'Hiroshi Tanaka → Tran Anh Tuan: painting',
  ]);
  // Given, but not gifts.
  expect(gifts(`${lede}Mr. Tuan gave the guests a warm welcome.`)).toEqual([]);
  expect(gifts(`${lede}Mr. Tanaka gave a speech on trade.`)).toEqual([]);
});

test('Vietnamese: "trao tặng thành phố Huế bức tranh", "tặng đoàn quà lưu niệm là mô hình Ngọ Môn"', () => {
  const lede =
    'Chiều 12/3, ông Trần Văn Nam, Phó Chủ tịch UBND thành phố Huế, đã tiếp đoàn công tác của thành phố Gimhae (Hàn Quốc) do ông Park Sung-min, Phó Thị trưởng thành phố Gimhae, làm trưởng đoàn. ';
  expect(gifts(`${lede}Ông Park Sung-min trao tặng thành phố Huế bức tranh gốm truyền thống Gimhae.`)).toEqual([
    'Park Sung-min → thành phố Huế: bức tranh gốm truyền thống Gimhae',
  ]);
  expect(gifts(`${lede}Ông Trần Văn Nam tặng đoàn quà lưu niệm là mô hình Ngọ Môn.`)).toEqual([
    'Trần Văn Nam → đoàn: mô hình Ngọ Môn',
  ]);
});
