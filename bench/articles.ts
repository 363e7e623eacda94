import { personName } from './generate/names.js';
import { COUNTRIES, partnerOrganization } from './generate/places.js';
import { Random } from './generate/random.js';
import * as T from './generate/text.js';

const LANGUAGES: readonly T.ArticleLanguage[] = ['vi', 'en', 'id'];
const HOME = 'tỉnh Thừa Thiên Huế';

/**
 * A sentence of figures. The generator's articles are drawn from a dozen sentence templates per language, so
 * two of them share most of their word triples and the import would turn nearly every one away as a near
 * duplicate (Jaccard ≥ 0.7) — measuring the duplicate check, not the indexing. Real articles differ; the
 * numbers here make each article's triples its own, as a real article's details do.
 */
function figures(random: Random, language: T.ArticleLanguage): string {
  const [a, b, c] = [random.int(2, 99_999), random.int(2, 9_999), random.int(1990, 2030)];
  switch (language) {
    case 'vi':
      return `Năm ${c}, hai bên ghi nhận ${a} lượt khách và ${b} sinh viên trao đổi.`;
    case 'en':
      return `In ${c} the two sides counted ${a} visitors and ${b} exchange students.`;
    case 'id':
      return `Pada tahun ${c} kedua pihak mencatat ${a} pengunjung dan ${b} mahasiswa pertukaran.`;
  }
}

/**
 * `count` article texts (title line, blank line, body) of about `bytes` bytes each, in Vietnamese, English
 * and Indonesian in turn, each about a different visit: what a user pastes into the import.
 */
export function benchArticles(seed: number, count: number, bytes: number): string[] {
  const random = new Random(seed);
  return Array.from({ length: count }, (_, index) => {
    const language = LANGUAGES[index % LANGUAGES.length]!;
    const country = random.pick(COUNTRIES);
    const partner = partnerOrganization(random, country, index).name;
    const incoming = random.chance(0.6);
    const day = `${String(random.int(1, 28)).padStart(2, '0')}/${String(random.int(1, 12)).padStart(2, '0')}/${random.int(2006, 2026)}`;
    const { title, body } = T.article(
      random,
      language,
      {
        visitor: incoming ? partner : HOME,
        host: incoming ? HOME : partner,
        head: personName(random, country.style).fullName,
        title: random.pick(['Thị trưởng', 'Tỉnh trưởng', 'Đại sứ', 'Chủ tịch', 'Phó Chủ tịch']),
        date: day,
        place: random.pick(T.HOME_PLACES),
        field: random.pick(['văn hoá', 'du lịch', 'giáo dục', 'đầu tư', 'y tế']),
      },
      bytes,
    );
    const paragraphs = body.split('\n\n').map((paragraph) => `${paragraph} ${figures(random, language)}`);
    return `${title}\n\n${paragraphs.join('\n\n')}`;
  });
}
