import { VIETNAMESE_SURNAMES } from '../../main/extract/dictionaries/titles.js';
import type { Random } from './random.js';

/**
 * Names written the way the department's documents write them: Vietnamese with every diacritic, Korean and
 * Japanese and Chinese with their native script beside the romanisation (never re-ordered), Indonesian and
 * Western names as they are.
 */
export type NameStyle = 'vi' | 'ko' | 'ja' | 'zh' | 'id' | 'west';

export interface GeneratedName {
  fullName: string;
  nativeName: string;
  romanization: string;
  nameOrder: 'family_first' | 'given_first';
  honorific: string;
}

// The extractor's list of Vietnamese family names, so generated names are ones it recognises.
const VI_FAMILY = VIETNAMESE_SURNAMES.slice(0, 16);
const VI_MIDDLE = ['Văn', 'Thị', 'Thanh', 'Minh', 'Hữu', 'Đức', 'Ngọc', 'Quốc', 'Xuân', 'Thành', 'Hoài', 'Phước'];
const VI_GIVEN = [
  'Bình',
  'Hùng',
  'Phương',
  'Dũng',
  'Hà',
  'Lâm',
  'Quân',
  'Thảo',
  'Trung',
  'Hương',
  'Sơn',
  'Tuấn',
  'Nguyệt',
  'Định',
  'Khánh',
  'Lực',
  'Đạt',
  'Yến',
  'Ánh',
  'Thuỷ',
  'Cường',
  'Giang',
];

/** [Hangul, romanisation] */
const KO_FAMILY: [string, string][] = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['송', 'Song'],
  ['한', 'Han'],
];
const KO_GIVEN: [string, string][] = [
  ['호준', 'Ho-jun'],
  ['민수', 'Min-su'],
  ['지훈', 'Ji-hoon'],
  ['서연', 'Seo-yeon'],
  ['영희', 'Young-hee'],
  ['성민', 'Sung-min'],
  ['현우', 'Hyun-woo'],
  ['수진', 'Su-jin'],
  ['동현', 'Dong-hyun'],
  ['은지', 'Eun-ji'],
  ['재원', 'Jae-won'],
  ['혜진', 'Hye-jin'],
  ['태호', 'Tae-ho'],
  ['미경', 'Mi-kyung'],
];
const JA_FAMILY: [string, string][] = [
  ['人見', 'Hitomi'],
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['田中', 'Tanaka'],
  ['渡辺', 'Watanabe'],
  ['伊藤', 'Ito'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
];
const JA_GIVEN: [string, string][] = [
  ['達也', 'Tatsuya'],
  ['健一', 'Kenichi'],
  ['直樹', 'Naoki'],
  ['洋子', 'Yoko'],
  ['美香', 'Mika'],
  ['和夫', 'Kazuo'],
  ['裕子', 'Yuko'],
  ['誠', 'Makoto'],
  ['大輔', 'Daisuke'],
  ['恵子', 'Keiko'],
  ['翔太', 'Shota'],
  ['明', 'Akira'],
];
const ZH_FAMILY: [string, string][] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
];
const ZH_GIVEN: [string, string][] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['军', 'Jun'],
  ['建华', 'Jianhua'],
  ['晓明', 'Xiaoming'],
];
const ID_FIRST = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Hendra',
  'Rina',
  'Bambang',
  'Sri',
  'Joko',
  'Ani',
  'Eko',
  'Putri',
  'Wayan',
  'Ketut',
];
const ID_LAST = [
  'Santoso',
  'Rahayu',
  'Wijaya',
  'Lestari',
  'Gunawan',
  'Kusuma',
  'Suryadi',
  'Wahyuni',
  'Pratama',
  'Hidayat',
  'Saputra',
  'Nugroho',
];
const WEST_FIRST = [
  'John',
  'Mary',
  'Pierre',
  'Anna',
  'Hans',
  'Elena',
  'Michael',
  'Sophie',
  'David',
  'Laura',
  'Thomas',
  'Ingrid',
  'Carlos',
  'Olga',
];
const WEST_LAST = [
  'Smith',
  'Dubois',
  'Müller',
  'Rossi',
  'García',
  'Johnson',
  'Novák',
  'Kowalski',
  'Andersson',
  'Petrov',
  'Brown',
  'Martin',
  'Øster',
  'Łukasz',
];

export function personName(random: Random, style: NameStyle): GeneratedName {
  const female = random.chance(0.35);
  switch (style) {
    case 'vi': {
      const family = random.pick(VI_FAMILY);
      const middle = female ? 'Thị' : random.pick(VI_MIDDLE);
      return {
        fullName: `${family} ${middle} ${random.pick(VI_GIVEN)}`,
        nativeName: '',
        romanization: '',
        nameOrder: 'family_first',
        honorific: female ? 'Bà' : 'Ông',
      };
    }
    case 'ko':
    case 'ja':
    case 'zh': {
      const [families, givens] =
        style === 'ko' ? [KO_FAMILY, KO_GIVEN] : style === 'ja' ? [JA_FAMILY, JA_GIVEN] : [ZH_FAMILY, ZH_GIVEN];
      const [familyNative, familyLatin] = random.pick(families);
      const [givenNative, givenLatin] = random.pick(givens);
      return {
        fullName: `${familyLatin} ${givenLatin}`,
        nativeName: `${familyNative}${givenNative}`,
        romanization: `${familyLatin} ${givenLatin}`,
        nameOrder: 'family_first',
        honorific: female ? 'Bà' : 'Ông',
      };
    }
    case 'id':
      return {
        fullName: `${random.pick(ID_FIRST)} ${random.pick(ID_LAST)}`,
        nativeName: '',
        romanization: '',
        nameOrder: 'given_first',
        honorific: female ? 'Ibu' : 'Bapak',
      };
    case 'west':
      return {
        fullName: `${random.pick(WEST_FIRST)} ${random.pick(WEST_LAST)}`,
        nativeName: '',
        romanization: '',
        nameOrder: 'given_first',
        honorific: female ? 'Ms' : 'Mr',
      };
  }
}

/** Ranks from junior to senior: a person climbs one every few years, so the same person's title changes. */
export const HOME_TITLES = [
  'Chuyên viên Sở Ngoại vụ',
  'Phó Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ',
  'Phó Giám đốc Sở Ngoại vụ',
  'Giám đốc Sở Ngoại vụ',
  'Phó Chủ tịch UBND',
  'Phó Chủ tịch Thường trực UBND',
  'Chủ tịch UBND',
];
export const PARTNER_TITLES = [
  'Chuyên viên Ban Đối ngoại',
  'Trưởng ban Hợp tác quốc tế',
  'Giám đốc Sở',
  'Phó Thị trưởng',
  'Phó Thị trưởng thứ nhất',
  'Thị trưởng',
];

/** Thừa Thiên Huế became a city under the centre in 2025: the same post, a new name (DESIGN §1). */
export function homeLocality(year: number): string {
  return year >= 2025 ? 'thành phố Huế' : 'tỉnh Thừa Thiên Huế';
}

export function titleAt(ladder: readonly string[], careerStart: number, year: number, organization: string): string {
  const step = Math.max(0, Math.min(ladder.length - 1, Math.floor((year - careerStart) / 4)));
  return `${ladder[step]} ${organization}`;
}
