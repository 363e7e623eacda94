import type { DelegationInput } from '../../../shared/domain/delegation.js';
import type { OrganizationInput } from '../../../shared/domain/organization.js';
import type { PersonInput } from '../../../shared/domain/person.js';
import type { RelationshipInput } from '../../../shared/domain/relationship.js';
import type { AgreementInput } from '../../../shared/domain/agreement.js';
import type { FollowUpInput } from '../../../shared/domain/follow-up.js';
import type { GiftInput } from '../../../shared/domain/gift.js';

/**
 * The visits of the seed articles, entered as a user would: facts (names, titles, dates, places)
 * carried over, sentences our own. Records refer to each other by the keys below; where a source gives
 * no date (the HCMC–Seoul signing, the Gyeonggi MoU day), none is invented.
 */
export const SAMPLE_ORGANIZATIONS = {
  hue: {
    name: 'Thành phố Huế',
    aliases: ['Thừa Thiên Huế', 'Tỉnh Thừa Thiên Huế', 'Hue City'],
    country: 'VN',
    kind: 'city',
    isHome: true,
    notes: 'Là tỉnh Thừa Thiên Huế đến năm 2025.',
  },
  hanoi: { name: 'Thành phố Hà Nội', aliases: ['Thủ đô Hà Nội', 'Hanoi'], country: 'VN', kind: 'city', isHome: true },
  hcmc: {
    name: 'Thành phố Hồ Chí Minh',
    aliases: ['TP. Hồ Chí Minh', 'TP.HCM', 'Ho Chi Minh City'],
    country: 'VN',
    kind: 'city',
    isHome: true,
  },
  vnEmbassyKorea: { name: 'Đại sứ quán Việt Nam tại Hàn Quốc', country: 'VN', kind: 'embassy' },
  gyeongju: { name: 'Thành phố Gyeongju', aliases: ['Gyeongju', '경주시'], country: 'KR', kind: 'city' },
  gyeonggi: {
    name: 'Tỉnh Gyeonggi',
    aliases: ['Gyeonggi Province', '경기도', 'Chính quyền tỉnh Gyeonggi'],
    country: 'KR',
    kind: 'province',
  },
  seoul: {
    name: 'Thủ đô Seoul',
    aliases: ['Seoul', 'TP. Seoul', 'Seoul Metropolitan Government', '서울특별시'],
    country: 'KR',
    kind: 'city',
  },
  seoulCouncil: {
    name: 'Hội đồng thành phố Seoul',
    aliases: ['Seoul Metropolitan Council'],
    country: 'KR',
    kind: 'council',
  },
  koreaAssembly: {
    name: 'Quốc hội Hàn Quốc',
    aliases: ['National Assembly of Korea', '국회'],
    country: 'KR',
    kind: 'other',
  },
  nara: { name: 'Tỉnh Nara', aliases: ['Nara Prefecture', '奈良県'], country: 'JP', kind: 'province' },
  naraForeignAffairs: { name: 'Sở Ngoại vụ tỉnh Nara', country: 'JP', kind: 'department' },
} satisfies Record<string, OrganizationInput>;
type OrganizationKey = keyof typeof SAMPLE_ORGANIZATIONS;

/** Parent links, set once both sides exist. */
export const SAMPLE_PARENTS: [child: OrganizationKey, parent: OrganizationKey][] = [
  ['seoulCouncil', 'seoul'],
  ['naraForeignAffairs', 'nara'],
];

export const SAMPLE_PEOPLE = {
  nguyenThanhBinh: { fullName: 'Nguyễn Thanh Bình', honorific: 'Ông' },
  songHoJun: { fullName: 'Song Ho-jun', honorific: 'Ông', formOfAddress: 'Ngài Phó Thị trưởng' },
  hitomiTatsuya: { fullName: 'Hitomi Tatsuya', honorific: 'Ông' },
  tranSyThanh: { fullName: 'Trần Sỹ Thanh', honorific: 'Ông' },
  vuHo: { fullName: 'Vũ Hồ', honorific: 'Ông' },
  wooWonShik: { fullName: 'Woo Won-shik', nativeName: '우원식', honorific: 'Ông' },
  ohSeHoon: { fullName: 'Oh Se-hoon', nativeName: '오세훈', honorific: 'Ông' },
  choiHoJung: { fullName: 'Choi Ho-jung', honorific: 'Bà' },
  leVanKhoa: { fullName: 'Lê Văn Khoa', honorific: 'Ông' },
  liuGyoungGee: { fullName: 'Gyoung-Gee Liu', honorific: 'Ông', nameOrder: 'given_first' },
} satisfies Record<string, PersonInput>;
export type PersonKey = keyof typeof SAMPLE_PEOPLE;

/** A delegation whose organisations and people are named by key. */
export interface SampleDelegation extends Omit<
  DelegationInput,
  'visitingOrgId' | 'hostOrgId' | 'participants' | 'engagements'
> {
  visiting: OrganizationKey;
  host: OrganizationKey;
  participants: {
    person: PersonKey;
    side: 'guest' | 'host';
    role: 'head' | 'member' | 'host';
    title: string;
    organization: OrganizationKey;
  }[];
  engagements: {
    kind: 'reception' | 'courtesy_call' | 'conference';
    startsAt: string;
    place: string;
    summary: string;
    outcome?: string;
    people: PersonKey[];
  }[];
}

export const SAMPLE_DELEGATIONS: SampleDelegation[] = [
  {
    direction: 'incoming',
    visiting: 'gyeongju',
    host: 'hue',
    startDate: '2025-10-14',
    place: 'Huế',
    status: 'completed',
    purpose: 'Dự hội nghị khu vực OWHC-AP lần thứ 5 tổ chức tại Huế; gặp lãnh đạo thành phố.',
    participants: [
      {
        person: 'songHoJun',
        side: 'guest',
        role: 'head',
        title: 'Phó Thị trưởng thành phố Gyeongju',
        organization: 'gyeongju',
      },
      {
        person: 'nguyenThanhBinh',
        side: 'host',
        role: 'host',
        title: 'Phó Chủ tịch Thường trực UBND thành phố Huế',
        organization: 'hue',
      },
    ],
    engagements: [
      {
        kind: 'reception',
        startsAt: '2025-10-14',
        place: 'Huế',
        summary:
          'Hai bên bàn việc mở rộng hợp tác từ kinh tế, văn hóa sang du lịch, thương mại, đào tạo nhân lực và đầu tư. Trao quà lưu niệm.',
        outcome: 'Gyeongju cam kết đẩy mạnh hợp tác đầu tư và giao lưu du lịch với Huế.',
        people: ['songHoJun', 'nguyenThanhBinh'],
      },
    ],
  },
  {
    direction: 'incoming',
    visiting: 'naraForeignAffairs',
    host: 'hue',
    startDate: '2023',
    place: 'Thừa Thiên Huế',
    status: 'completed',
    purpose: 'Đoàn Sở Ngoại vụ tỉnh Nara thăm và làm việc với tỉnh Thừa Thiên Huế.',
    notes:
      'Phía ta đề nghị Nara cân nhắc thiết lập quan hệ hợp tác và tiến tới ký bản ghi nhớ (giáo dục, bảo tồn di sản, du lịch, kinh tế). Phía Nara mong năm 2024 có thêm hợp tác về giáo dục, y tế, du lịch, giao lưu văn hóa.',
    participants: [
      {
        person: 'hitomiTatsuya',
        side: 'guest',
        role: 'head',
        title: 'Giám đốc Sở Ngoại vụ tỉnh Nara',
        organization: 'naraForeignAffairs',
      },
      {
        person: 'nguyenThanhBinh',
        side: 'host',
        role: 'host',
        title: 'Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế',
        organization: 'hue',
      },
    ],
    engagements: [],
  },
  {
    direction: 'outgoing',
    visiting: 'hanoi',
    host: 'gyeonggi',
    startDate: '2024-10-19',
    endDate: '2024-10-22',
    place: 'Gyeonggi và Seoul (Hàn Quốc)',
    status: 'completed',
    purpose:
      'Đoàn đại biểu cấp cao Hà Nội thăm, làm việc tại Hàn Quốc; ký bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với tỉnh Gyeonggi.',
    notes: 'Hội kiến Chủ tịch Quốc hội Hàn Quốc và Thống đốc tỉnh Gyeonggi (ngày cụ thể chưa rõ trong nguồn).',
    participants: [
      {
        person: 'tranSyThanh',
        side: 'guest',
        role: 'head',
        title: 'Chủ tịch UBND thành phố Hà Nội',
        organization: 'hanoi',
      },
      {
        person: 'vuHo',
        side: 'guest',
        role: 'member',
        title: 'Đại sứ Việt Nam tại Hàn Quốc',
        organization: 'vnEmbassyKorea',
      },
      {
        person: 'wooWonShik',
        side: 'host',
        role: 'host',
        title: 'Chủ tịch Quốc hội Hàn Quốc',
        organization: 'koreaAssembly',
      },
      { person: 'ohSeHoon', side: 'host', role: 'host', title: 'Thị trưởng thành phố Seoul', organization: 'seoul' },
      {
        person: 'choiHoJung',
        side: 'host',
        role: 'host',
        title: 'Chủ tịch Hội đồng thành phố Seoul',
        organization: 'seoulCouncil',
      },
    ],
    engagements: [
      {
        kind: 'conference',
        startsAt: '2024-10-21',
        place: 'Hàn Quốc',
        summary: 'Hội nghị xúc tiến đầu tư, thương mại Hà Nội – Hàn Quốc 2024; gặp một số doanh nghiệp lớn.',
        people: ['tranSyThanh'],
      },
      {
        kind: 'courtesy_call',
        startsAt: '2024-10-22',
        place: 'Seoul',
        summary:
          'Hội kiến Thị trưởng Seoul. Phía Seoul đề nghị hợp tác về thành phố thông minh, chuyển đổi số, quy hoạch đô thị.',
        people: ['tranSyThanh', 'ohSeHoon'],
      },
      {
        kind: 'courtesy_call',
        startsAt: '2024-10-22',
        place: 'Seoul',
        summary: 'Gặp Chủ tịch Hội đồng thành phố Seoul về triển khai bản ghi nhớ giữa hai hội đồng.',
        people: ['tranSyThanh', 'choiHoJung'],
      },
    ],
  },
];

export const SAMPLE_RELATIONSHIPS: (Omit<RelationshipInput, 'homeOrgId' | 'partnerOrgId'> & {
  home: OrganizationKey;
  partner: OrganizationKey;
})[] = [
  {
    home: 'hanoi',
    partner: 'seoul',
    level: 'friendship',
    establishedOn: '1996',
    notes: 'Kỷ niệm 30 năm quan hệ vào năm 2026.',
  },
  { home: 'hanoi', partner: 'gyeonggi', level: 'friendship', establishedOn: '2024-10' },
  { home: 'hue', partner: 'gyeongju', level: 'cooperation' },
  {
    home: 'hcmc',
    partner: 'seoul',
    level: 'friendship',
    notes:
      'Thỏa thuận thiết lập quan hệ hữu nghị và hợp tác do ông Lê Văn Khoa (Phó Chủ tịch UBND TP. Hồ Chí Minh) và ông Gyoung-Gee Liu (Phó Thị trưởng thứ nhất Seoul) ký; ngày ký chưa rõ trong nguồn.',
  },
];

/** Delegations above are referred to by their index in SAMPLE_DELEGATIONS. */
const GYEONGJU_VISIT = 0;
const NARA_VISIT = 1;
const HANOI_VISIT = 2;

export const SAMPLE_GIFTS: (Omit<
  GiftInput,
  'delegationId' | 'giverParticipantId' | 'giverOrgId' | 'recipientParticipantId' | 'recipientOrgId'
> & {
  delegation: number;
  giver: { person?: PersonKey; organization: OrganizationKey };
  recipient: { person?: PersonKey; organization: OrganizationKey };
})[] = [
  {
    delegation: GYEONGJU_VISIT,
    direction: 'given',
    date: '2025-10-14',
    giver: { person: 'nguyenThanhBinh', organization: 'hue' },
    recipient: { person: 'songHoJun', organization: 'gyeongju' },
    item: 'Quà lưu niệm',
    circumstances: 'Trao tại buổi tiếp Phó Thị trưởng Gyeongju.',
  },
  {
    delegation: NARA_VISIT,
    direction: 'given',
    date: '2023',
    giver: { person: 'nguyenThanhBinh', organization: 'hue' },
    recipient: { person: 'hitomiTatsuya', organization: 'naraForeignAffairs' },
    item: 'Quà lưu niệm',
    circumstances: 'Trao cho đoàn Sở Ngoại vụ tỉnh Nara tại buổi tiếp.',
  },
];

/** The Hanoi–Gyeonggi MoU has nine points; filed here under the fields they name (our reading of the summary). */
const HANOI_GYEONGGI_POINTS: [string, string][] = [
  ['economy', 'Kinh tế, thương mại'],
  ['smart_city', 'Thành phố thông minh'],
  ['urban_development', 'Phát triển đô thị'],
  ['arts', 'Nghệ thuật và văn hóa'],
  ['heritage', 'Bảo tồn, phát huy giá trị di sản'],
  ['sport', 'Giao lưu thể thao'],
  ['climate_energy', 'Ứng phó biến đổi khí hậu, vấn đề năng lượng'],
  ['health', 'Y tế công cộng và dược phẩm'],
  ['education', 'Giáo dục và giao lưu nhân dân'],
];

export const SAMPLE_AGREEMENTS: (Omit<AgreementInput, 'parties' | 'delegationId'> & {
  delegation: number | null;
  parties: { organization: OrganizationKey; signatory?: PersonKey }[];
})[] = [
  {
    kind: 'mou',
    title: 'Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác giữa UBND thành phố Hà Nội và chính quyền tỉnh Gyeonggi',
    status: 'signed',
    signedOn: '2024-10',
    place: 'Gyeonggi (Hàn Quốc)',
    delegation: HANOI_VISIT,
    parties: [{ organization: 'hanoi', signatory: 'tranSyThanh' }, { organization: 'gyeonggi' }],
    fields: HANOI_GYEONGGI_POINTS.map(([fieldKey, text]) => ({ fieldKey, text })),
  },
  {
    kind: 'friendship_cooperation',
    title: 'Thỏa thuận thiết lập quan hệ hữu nghị và hợp tác giữa Thành phố Hồ Chí Minh và Thủ đô Seoul',
    status: 'signed',
    delegation: null,
    notes:
      'Người ký: ông Lê Văn Khoa (Phó Chủ tịch UBND TP. Hồ Chí Minh) và ông Gyoung-Gee Liu (Phó Thị trưởng thứ nhất Seoul). Ngày ký chưa rõ trong nguồn.',
    parties: [{ organization: 'hcmc' }, { organization: 'seoul' }],
    fields: [
      { fieldKey: 'urban_development', text: 'Phát triển hạ tầng đô thị' },
      { fieldKey: 'education', text: 'Giáo dục' },
      { fieldKey: 'tourism', text: 'Du lịch' },
      { fieldKey: 'investment', text: 'Xúc tiến đầu tư, hợp tác kinh tế' },
    ],
  },
];

export const SAMPLE_FOLLOW_UPS: (Omit<FollowUpInput, 'sourceKind' | 'sourceId' | 'organizationId'> & {
  delegation: number;
  organization: OrganizationKey;
})[] = [
  {
    delegation: HANOI_VISIT,
    organization: 'seoul',
    text: 'Tổ chức các hoạt động kỷ niệm 30 năm quan hệ Hà Nội – Seoul',
    due: '2026',
    priority: 'high',
  },
  {
    delegation: HANOI_VISIT,
    organization: 'seoul',
    text: 'Xem xét đề nghị của Seoul về hợp tác quy hoạch hai bờ sông Hồng, thành phố thông minh, chuyển đổi số',
  },
  {
    delegation: NARA_VISIT,
    organization: 'nara',
    text: 'Theo dõi việc Nara xem xét thiết lập quan hệ hợp tác và ký bản ghi nhớ với Thừa Thiên Huế',
    due: '2024',
  },
  {
    delegation: GYEONGJU_VISIT,
    organization: 'gyeongju',
    text: 'Đẩy mạnh hợp tác đầu tư và giao lưu du lịch Huế – Gyeongju',
  },
];
