import type { NameStyle } from './names.js';
import type { Random } from './random.js';

/** A partner country: how its people's names are written, how often it visits, and some real places. */
interface Country {
  code: string;
  style: NameStyle;
  weight: number;
  /** [name as Vietnamese documents write it, native-script name, English name] */
  places: [string, string, string][];
}

const c = (code: string, style: NameStyle, weight: number, places: [string, string, string][] = []): Country => ({
  code,
  style,
  weight,
  places,
});

/** 60 countries; Korea, Japan, China, Laos and Thailand visit most, as they do. */
export const COUNTRIES: readonly Country[] = [
  c('KR', 'ko', 12, [
    ['Seoul', '서울특별시', 'Seoul Metropolitan Government'],
    ['Gyeonggi', '경기도', 'Gyeonggi Province'],
    ['Gyeongju', '경주시', 'Gyeongju City'],
    ['Busan', '부산광역시', 'Busan Metropolitan City'],
    ['Incheon', '인천광역시', 'Incheon Metropolitan City'],
    ['Daegu', '대구광역시', 'Daegu Metropolitan City'],
    ['Jeonju', '전주시', 'Jeonju City'],
    ['Suwon', '수원시', 'Suwon City'],
    ['Gyeongsangbuk', '경상북도', 'Gyeongsangbuk-do'],
    ['Jeju', '제주특별자치도', 'Jeju Special Self-Governing Province'],
  ]),
  c('JP', 'ja', 10, [
    ['Nara', '奈良市', 'Nara City'],
    ['Kyoto', '京都市', 'Kyoto City'],
    ['Osaka', '大阪府', 'Osaka Prefecture'],
    ['Fukuoka', '福岡市', 'Fukuoka City'],
    ['Sapporo', '札幌市', 'Sapporo City'],
    ['Kanazawa', '金沢市', 'Kanazawa City'],
    ['Yokohama', '横浜市', 'Yokohama City'],
    ['Hiroshima', '広島市', 'Hiroshima City'],
  ]),
  c('CN', 'zh', 8, [
    ['Quảng Tây', '广西壮族自治区', 'Guangxi'],
    ['Vân Nam', '云南省', 'Yunnan'],
    ['Hải Nam', '海南省', 'Hainan'],
    ['Nam Ninh', '南宁市', 'Nanning'],
  ]),
  c('LA', 'west', 7, [
    ['Savannakhet', 'ສະຫວັນນະເຂດ', 'Savannakhet Province'],
    ['Salavan', 'ສາລະວັນ', 'Salavan Province'],
    ['Sekong', 'ເຊກອງ', 'Sekong Province'],
  ]),
  c('TH', 'west', 5, [['Ubon Ratchathani', 'อุบลราชธานี', 'Ubon Ratchathani Province']]),
  c('ID', 'id', 5, [
    ['Jakarta', 'Jakarta', 'Jakarta Special Capital Region'],
    ['Bali', 'Bali', 'Bali Province'],
    ['Yogyakarta', 'Yogyakarta', 'Special Region of Yogyakarta'],
  ]),
  c('KH', 'west', 3),
  c('MY', 'id', 2),
  c('SG', 'west', 2),
  c('PH', 'west', 2),
  c('MM', 'west', 1),
  c('BN', 'id', 1),
  c('TL', 'west', 1),
  c('TW', 'zh', 2),
  c('HK', 'zh', 1),
  c('MO', 'zh', 1),
  c('MN', 'west', 1),
  c('IN', 'west', 2),
  c('BD', 'west', 1),
  c('LK', 'west', 1),
  c('NP', 'west', 1),
  c('AU', 'west', 2),
  c('NZ', 'west', 1),
  c('US', 'west', 3),
  c('CA', 'west', 1),
  c('FR', 'west', 3, [['Blois', 'Blois', 'City of Blois']]),
  c('DE', 'west', 2),
  c('GB', 'west', 1),
  c('IT', 'west', 1),
  c('ES', 'west', 1),
  c('NL', 'west', 1),
  c('BE', 'west', 1),
  c('RU', 'west', 2),
  c('BY', 'west', 1),
  c('UA', 'west', 1),
  c('CZ', 'west', 1),
  c('PL', 'west', 1),
  c('HU', 'west', 1),
  c('SE', 'west', 1),
  c('FI', 'west', 1),
  c('NO', 'west', 1),
  c('DK', 'west', 1),
  c('AT', 'west', 1),
  c('CH', 'west', 1),
  c('IL', 'west', 1),
  c('TR', 'west', 1),
  c('AE', 'west', 1),
  c('SA', 'west', 1),
  c('QA', 'west', 1),
  c('EG', 'west', 1),
  c('ZA', 'west', 1),
  c('NG', 'west', 1),
  c('BR', 'west', 1),
  c('AR', 'west', 1),
  c('MX', 'west', 1),
  c('CL', 'west', 1),
  c('CU', 'west', 1),
  c('KZ', 'west', 1),
  c('UZ', 'west', 1),
  c('VE', 'west', 1),
];

/** Kinds of body, as Vietnamese documents name them, with the organisation kind stored. */
const BODIES: { prefix: string; english: string; kind: string }[] = [
  { prefix: 'Thành phố', english: 'City of', kind: 'city' },
  { prefix: 'Tỉnh', english: 'Province of', kind: 'province' },
  { prefix: 'Hội đồng', english: 'Council of', kind: 'council' },
  { prefix: 'Đại học', english: 'University of', kind: 'university' },
  { prefix: 'Phòng Thương mại và Công nghiệp', english: 'Chamber of Commerce of', kind: 'company' },
  { prefix: 'Sở Văn hoá và Du lịch', english: 'Culture and Tourism Office of', kind: 'department' },
  { prefix: 'Hiệp hội Hữu nghị', english: 'Friendship Association of', kind: 'ngo' },
  { prefix: 'Tổng Lãnh sự quán tại', english: 'Consulate General in', kind: 'consulate' },
];

const SYLLABLES = [
  'ka',
  'lo',
  'ra',
  'mi',
  'sen',
  'to',
  'va',
  'rin',
  'bel',
  'do',
  'na',
  'sa',
  'ter',
  'lan',
  'mor',
  'vi',
  'qu',
  'ze',
  'hal',
  'pon',
];

export interface PlannedOrganization {
  name: string;
  aliases: string[];
  country: string;
  kind: string;
  style: NameStyle;
}

/** A partner body: a real place where the country has some listed, else an invented but pronounceable one. */
export function partnerOrganization(random: Random, country: Country, serial: number): PlannedOrganization {
  const body = serial % 3 === 0 ? BODIES[serial % 2] : random.pick(BODIES);
  const real = country.places.length > 0 && random.chance(0.5) ? random.pick(country.places) : null;
  const invented = () => {
    const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const place = real ? real[0] : invented();
  // A number keeps two generated bodies apart the way a district or branch name would.
  const branch = serial >= 60 ? ` ${serial}` : '';
  const name = `${body!.prefix} ${place}${branch}`;
  const aliases = [`${body!.english} ${real ? real[2] : place}${branch}`];
  if (real && real[1] !== real[0]) aliases.push(`${real[1]}${branch}`);
  if (body!.kind === 'city') aliases.push(`TP. ${place}${branch}`);
  return { name, aliases, country: country.code, kind: body!.kind, style: country.style };
}

/** Our own side: the province's People's Committee and its departments (home organisations). */
export const HOME_ORGANIZATIONS: PlannedOrganization[] = [
  [
    'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    ['UBND tỉnh Thừa Thiên Huế', 'UBND thành phố Huế', 'Thua Thien Hue Provincial People’s Committee'],
    'province',
  ],
  ['Sở Ngoại vụ tỉnh Thừa Thiên Huế', ['Sở Ngoại vụ Huế', 'Department of Foreign Affairs of Hue'], 'department'],
  ['Sở Văn hoá và Thể thao tỉnh Thừa Thiên Huế', ['Department of Culture and Sports of Hue'], 'department'],
  ['Trung tâm Bảo tồn Di tích Cố đô Huế', ['Hue Monuments Conservation Centre'], 'department'],
  ['Đại học Huế', ['Hue University'], 'university'],
].map(([name, aliases, kind]) => ({
  name: name as string,
  aliases: aliases as string[],
  country: 'VN',
  kind: kind as string,
  style: 'vi' as const,
}));
