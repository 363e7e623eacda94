import { expect, test } from '@playwright/test';
import { detectLanguage } from '../../main/extract/language.js';

test('Vietnamese, English and Indonesian are recognised', () => {
  expect(
    detectLanguage(
      'Chủ tịch UBND tỉnh đã tiếp đoàn công tác của thành phố bạn và trao đổi về hợp tác trong lĩnh vực du lịch.',
    ),
  ).toBe('vi');
  expect(
    detectLanguage(
      'The chairman of the provincial committee received the delegation and discussed cooperation in tourism.',
    ),
  ).toBe('en');
  expect(
    detectLanguage(
      'Wali kota menerima delegasi dari Vietnam dan membahas kerja sama di bidang pariwisata dengan para pejabat.',
    ),
  ).toBe('id');
});

test('Vietnamese typed without diacritics is still Vietnamese', () => {
  expect(
    detectLanguage(
      'Chu tich UBND tinh da tiep doan cong tac cua thanh pho ban va trao doi ve hop tac trong linh vuc du lich.',
    ),
  ).toBe('vi');
});

test('French, German and Korean are not languages we support', () => {
  expect(
    detectLanguage(
      'Le maire de la ville a reçu une délégation vietnamienne pour discuter de la coopération culturelle et touristique.',
    ),
  ).toBeNull();
  expect(
    detectLanguage(
      'Der Bürgermeister der Stadt empfing eine Delegation aus Vietnam, um über die Zusammenarbeit im Tourismus zu sprechen.',
    ),
  ).toBeNull();
  expect(detectLanguage('경주시 부시장은 후에시를 방문하여 문화 관광 분야의 협력 방안을 논의했다.')).toBeNull();
});

test('too little text has no language', () => {
  expect(detectLanguage('')).toBeNull();
  expect(detectLanguage('12345 !!')).toBeNull();
});

test('short Indonesian and English texts full of Vietnamese and Korean names are still detected', () => {
  expect(
    detectLanguage(
      'Gubernur Jawa Barat Bey Machmudin menerima delegasi Provinsi Quang Ninh, Vietnam, yang dipimpin Wakil Ketua Komite Rakyat Provinsi Quang Ninh Nguyen Thi Hanh, di Gedung Sate, Selasa (2/7/2024).',
    ),
  ).toBe('id');
  expect(detectLanguage('Wali Kota Eri Cahyadi menerima Ho Ky Minh dan Park Sung-min pada Senin (14/8).')).toBe('id');
  expect(detectLanguage('Tran Anh Tuan received Hiroshi Tanaka and Kim Jin-tae in Quang Nam on Monday.')).toBe('en');
  expect(detectLanguage('Ông Trần Văn Nam tiếp ông Park Sung-min tại Huế.')).toBe('vi');
});
