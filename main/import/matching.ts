import type { Store } from '../../db/connection.js';
import { listOrganizations } from '../../db/queries/organizations.js';
import { listPeople } from '../../db/queries/people.js';
import { searchTokens } from '../../shared/text/fold.js';

const CANDIDATES_MAX = 5;

/**
 * Words that say what kind of body a name is, not which one: "tỉnh Gyeonggi" is the Gyeonggi Province we
 * know, "Chính quyền thủ đô Seoul" is Seoul. Folded, so they compare with folded names.
 */
const KIND_WORDS = new Set([
  'tinh',
  'thanh',
  'pho',
  'tp',
  'thu',
  'do',
  'ubnd',
  'uy',
  'ban',
  'nhan',
  'dan',
  'hdnd',
  'hoi',
  'dong',
  'chinh',
  'quyen',
  'so',
  'ngoai',
  'vu',
  'quan',
  'huyen',
  'thi',
  'xa',
  'dac',
  'biet',
  'city',
  'province',
  'provincial',
  'prefecture',
  'prefectural',
  'metropolitan',
  'government',
  'municipal',
  'municipality',
  'county',
  'district',
  'state',
  'of',
  'the',
  'kota',
  'provinsi',
  'pemerintah',
  'kabupaten',
  'daerah',
  'special',
  'self',
  'governing',
  'do',
  'si',
  'gun',
  'gu',
  'ken',
  'shi',
  'fu',
]);

/** The words that name the place or body itself. */
export function coreWords(name: string): string[] {
  const words = searchTokens(name);
  const core = words.filter((word) => !KIND_WORDS.has(word));
  return core.length > 0 ? core : words;
}

/** Existing organisations (not our own) the extracted partner name may be, best first. */
export function matchOrganizations(
  db: Store,
  name: string,
  country: string | null,
): { id: string; name: string; country: string }[] {
  const wanted = coreWords(name);
  if (wanted.length === 0) return [];
  const found = listOrganizations(db, wanted.join(' ')).filter((organization) => !organization.isHome);
  const score = (organization: (typeof found)[number]) => {
    const names = [organization.name, ...organization.aliases].map((text) => coreWords(text).join(' '));
    const exact = names.includes(wanted.join(' ')) ? 2 : 0;
    return exact + (country && organization.country === country ? 1 : 0);
  };
  return found
    .map((organization) => ({ organization, score: score(organization) }))
    .sort((a, b) => b.score - a.score || a.organization.name.localeCompare(b.organization.name, 'vi'))
    .slice(0, CANDIDATES_MAX)
    .map(({ organization }) => ({ id: organization.id, name: organization.name, country: organization.country }));
}

/** Existing people the extracted name may be: every word of the name, in any order, best first. */
export function matchPeople(db: Store, name: string): { id: string; fullName: string; lastTitle: string }[] {
  const wanted = searchTokens(name);
  if (wanted.length === 0) return [];
  const lastTitle = db.prepare<[string], { title: string }>(
    `SELECT p.title FROM participants p JOIN delegations d ON d.id = p.delegation_id
      WHERE p.person_id = ? AND p.deleted_at IS NULL AND d.deleted_at IS NULL
      ORDER BY d.start_date DESC LIMIT 1`,
  );
  const exactFirst = (fullName: string) => (searchTokens(fullName).join(' ') === wanted.join(' ') ? 0 : 1);
  return listPeople(db, wanted.join(' '))
    .sort((a, b) => exactFirst(a.fullName) - exactFirst(b.fullName))
    .slice(0, CANDIDATES_MAX)
    .map((person) => ({ id: person.id, fullName: person.fullName, lastTitle: lastTitle.get(person.id)?.title ?? '' }));
}
