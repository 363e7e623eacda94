import type { Random } from './random.js';

/** Words to fill the records' free text: the phrases the department's staff write, with every diacritic. */
export const PURPOSES = [
  'Thăm và làm việc, thúc đẩy hợp tác văn hoá, du lịch',
  'Dự Lễ hội Huế và trao đổi về bảo tồn di sản',
  'Ký kết Bản ghi nhớ hợp tác giai đoạn mới',
  'Xúc tiến đầu tư, thương mại và kết nối doanh nghiệp',
  'Trao đổi kinh nghiệm quản lý đô thị thông minh',
  'Hợp tác đào tạo nguồn nhân lực, học bổng cho sinh viên',
  'Kỷ niệm năm thiết lập quan hệ hữu nghị',
  'Khảo sát hợp tác y tế và chuyển giao kỹ thuật',
];
export const HOME_PLACES = [
  'Trụ sở UBND tỉnh, 16 Lê Lợi, Huế',
  'Đại Nội Huế',
  'Trung tâm Hội nghị tỉnh',
  'Khách sạn Hương Giang',
  'Nhà khách Tỉnh uỷ',
];
export const ENGAGEMENT_SUMMARIES = [
  'Hội kiến lãnh đạo tỉnh, trao đổi về các lĩnh vực hợp tác ưu tiên',
  'Làm việc với Sở Kế hoạch và Đầu tư về dự án khu công nghiệp',
  'Tham quan Khu di sản Cố đô và Bảo tàng Cổ vật Cung đình',
  'Chiêu đãi thân mật, trao quà lưu niệm',
  'Toạ đàm về giáo dục, trao đổi sinh viên và giảng viên',
  'Ký kết văn bản hợp tác và họp báo',
];
export const OUTCOMES = [
  'Thống nhất lập nhóm công tác chung',
  'Hai bên ghi nhận đề xuất, sẽ trao đổi tiếp',
  'Đã ký kết',
  '',
];
export const GIFT_ITEMS: [string, number, string][] = [
  ['Tranh sơn mài phong cảnh sông Hương', 3_500_000, 'VND'],
  ['Nón lá bài thơ Huế', 350_000, 'VND'],
  ['Bộ ấm chén gốm Phước Tích', 1_800_000, 'VND'],
  ['Áo dài lụa thêu tay', 2_500_000, 'VND'],
  ['Bình gốm men ngọc Cao Ly (청자)', 450, 'USD'],
  ['Búp bê Nhật Bản (人形)', 120, 'USD'],
  ['Tượng đồng Cố đô thu nhỏ', 5_000_000, 'VND'],
  ['Sách ảnh “Huế – Di sản thế giới”', 600_000, 'VND'],
  ['Khay trà men lam', 900_000, 'VND'],
  ['Batik tulis Yogyakarta', 80, 'USD'],
];
export const FOLLOW_UP_TEXTS = [
  'Tổ chức kỷ niệm năm thiết lập quan hệ',
  'Xem xét ký Bản ghi nhớ hợp tác về du lịch',
  'Cử đoàn cán bộ sang học tập kinh nghiệm quản lý di sản',
  'Gửi danh sách doanh nghiệp quan tâm đầu tư',
  'Trao đổi học bổng cho sinh viên Đại học Huế',
  'Phối hợp tổ chức Tuần văn hoá tại Huế',
  'Báo cáo kết quả chuyến thăm lên UBND tỉnh',
];
export const OWNERS = [
  'Phòng Hợp tác quốc tế',
  'Phòng Lãnh sự',
  'Văn phòng Sở',
  'Sở Văn hoá và Thể thao',
  'Sở Kế hoạch và Đầu tư',
];
export const AGREEMENT_TITLES = [
  'Bản ghi nhớ về hợp tác hữu nghị',
  'Thoả thuận hợp tác về văn hoá và du lịch',
  'Thư ý định hợp tác về giáo dục',
  'Kế hoạch hành động giai đoạn',
  'Thoả thuận thiết lập quan hệ kết nghĩa',
];
export const FIELD_TEXTS = [
  'Trao đổi đoàn các cấp, chia sẻ kinh nghiệm quản lý',
  'Hỗ trợ doanh nghiệp hai bên tìm hiểu cơ hội đầu tư',
  'Phối hợp tổ chức lễ hội, triển lãm văn hoá',
  'Trao đổi học bổng và giảng viên',
  'Hợp tác phát triển du lịch bền vững',
  'Chia sẻ kinh nghiệm xây dựng đô thị thông minh',
];

export type ArticleLanguage = 'vi' | 'en' | 'id';

interface Story {
  visitor: string;
  host: string;
  head: string;
  title: string;
  date: string;
  place: string;
  field: string;
}

const VI_SENTENCES: ((s: Story) => string)[] = [
  (s) =>
    `Ngày ${s.date}, ${s.title} ${s.head} đã dẫn đầu đoàn công tác của ${s.visitor} đến thăm và làm việc tại ${s.host}.`,
  (s) =>
    `Tại buổi hội kiến ở ${s.place}, hai bên đã trao đổi về kết quả hợp tác trong lĩnh vực ${s.field} thời gian qua.`,
  (s) =>
    `Lãnh đạo ${s.host} bày tỏ vui mừng được đón tiếp đoàn và đánh giá cao tình cảm hữu nghị lâu năm giữa hai địa phương.`,
  (s) =>
    `Ông ${s.head} cho biết ${s.visitor} mong muốn mở rộng hợp tác về ${s.field}, đào tạo nguồn nhân lực và giao lưu nhân dân.`,
  () =>
    `Hai bên thống nhất giao các cơ quan chuyên môn xây dựng kế hoạch cụ thể, sớm triển khai các nội dung đã thoả thuận.`,
  (s) =>
    `Trong khuôn khổ chuyến thăm, đoàn đã tham quan Đại Nội, chùa Thiên Mụ và làm việc với các doanh nghiệp tại ${s.place}.`,
  () => `Dịp này, hai bên đã trao tặng quà lưu niệm và chụp ảnh lưu niệm.`,
  () =>
    `Thời gian tới, tỉnh sẽ tạo mọi điều kiện thuận lợi để các nhà đầu tư nước ngoài tìm hiểu, đầu tư vào các dự án trọng điểm.`,
];
const EN_SENTENCES: ((s: Story) => string)[] = [
  (s) => `On ${s.date}, a delegation from ${s.visitor} led by ${s.head}, ${s.title}, visited ${s.host}.`,
  (s) => `At the meeting held at ${s.place}, both sides reviewed their cooperation in ${s.field} over recent years.`,
  (s) =>
    `Leaders of ${s.host} welcomed the delegation and praised the long-standing friendship between the two localities.`,
  (s) =>
    `${s.head} said that ${s.visitor} hoped to expand exchanges in ${s.field}, training and people-to-people ties.`,
  () =>
    `The two sides agreed to task their agencies with drafting a concrete plan and implementing the agreed items soon.`,
  () => `During the visit, the delegation toured the Imperial Citadel and Thien Mu Pagoda and met local businesses.`,
  () => `The two sides exchanged souvenirs and posed for a group photo.`,
];
const ID_SENTENCES: ((s: Story) => string)[] = [
  (s) => `Pada ${s.date}, delegasi ${s.visitor} yang dipimpin oleh ${s.head}, ${s.title}, mengunjungi ${s.host}.`,
  (s) =>
    `Dalam pertemuan di ${s.place}, kedua pihak membahas kerja sama di bidang ${s.field} selama beberapa tahun terakhir.`,
  (s) => `Pimpinan ${s.host} menyambut hangat delegasi dan menghargai persahabatan yang telah lama terjalin.`,
  (s) =>
    `${s.head} menyampaikan bahwa ${s.visitor} ingin memperluas kerja sama di bidang ${s.field}, pelatihan dan pertukaran budaya.`,
  () => `Kedua pihak sepakat menugaskan instansi terkait untuk menyusun rencana kerja yang konkret.`,
  () =>
    `Selama kunjungan, delegasi mengunjungi Kota Kekaisaran dan Pagoda Thien Mu serta bertemu dengan para pengusaha.`,
];
const SENTENCES: Record<ArticleLanguage, ((s: Story) => string)[]> = {
  vi: VI_SENTENCES,
  en: EN_SENTENCES,
  id: ID_SENTENCES,
};
const TITLES: Record<ArticleLanguage, (s: Story) => string> = {
  vi: (s) => `${s.visitor} thăm và làm việc tại ${s.host}`,
  en: (s) => `${s.visitor} delegation visits ${s.host}`,
  id: (s) => `Delegasi ${s.visitor} berkunjung ke ${s.host}`,
};
export const SOURCES: Record<ArticleLanguage, string[]> = {
  vi: ['Báo Thừa Thiên Huế', 'Cổng thông tin điện tử tỉnh', 'Báo Quốc tế', 'Thông tấn xã Việt Nam'],
  en: ['Vietnam News', 'Korea Herald', 'The Japan Times'],
  id: ['Antara', 'Kompas'],
};

/** A news article about one visit, `bytes` long in UTF-8 give or take a sentence. */
export function article(
  random: Random,
  language: ArticleLanguage,
  story: Story,
  bytes: number,
): { title: string; body: string } {
  const sentences = SENTENCES[language];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: random.int(2, 4) }, () => random.pick(sentences)(story)).join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return { title: TITLES[language](story), body: paragraphs.join('\n\n') };
}
