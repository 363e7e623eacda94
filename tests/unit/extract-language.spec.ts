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
