import { fold } from '../text/fold.js';

/**
 * The level of a delegation, read from the title its head held at that visit: the periodic report
 * counts visits "by level". The department reports leaders, deputies and department heads apart.
 */
export const HEAD_LEVELS = ['leadership', 'deputy', 'department', 'other', 'unknown'] as const;
export type HeadLevel = (typeof HEAD_LEVELS)[number];

/**
 * The rules as data, tried in this order; the first level with a phrase found in the folded title
 * wins. Deputies come first because "Phó Chủ tịch" holds "Chủ tịch" and "Vice Mayor" holds "Mayor";
 * department heads before leaders because "Giám đốc Sở" is not a provincial leader. Phrases are folded
 * (no diacritics, lower case) and matched as whole words.
 */
export const HEAD_LEVEL_RULES: readonly {
  level: Exclude<HeadLevel, 'other' | 'unknown'>;
  phrases: readonly string[];
}[] = [
  {
    level: 'deputy',
    phrases: [
      'pho chu tich',
      'pho bi thu',
      'pho thi truong',
      'pho tinh truong',
      'pho thong doc',
      'vice chairman',
      'vice chairwoman',
      'vice chair',
      'vice president',
      'vice mayor',
      'vice-mayor',
      'vice governor',
      'vice-governor',
      'deputy mayor',
      'deputy governor',
      'deputy chairman',
      'deputy secretary',
    ],
  },
  {
    level: 'department',
    phrases: ['giam doc', 'truong ban', 'truong phong', 'director', 'head of department', 'commissioner'],
  },
  {
    level: 'leadership',
    phrases: [
      'chu tich',
      'bi thu',
      'thi truong',
      'tinh truong',
      'thong doc',
      'chairman',
      'chairwoman',
      'chairperson',
      'governor',
      'mayor',
      'president',
      'party secretary',
    ],
  },
];

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MATCHERS = HEAD_LEVEL_RULES.map((rule) => ({
  level: rule.level,
  // Whole words: "chair" must not be found in "chairs", nor "mayor" in "mayoral".
  pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${rule.phrases.map(escape).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u'),
}));

/** The level of a head of delegation's title at the visit; `unknown` when nobody or no title is recorded. */
export function headLevel(title: string | null | undefined): HeadLevel {
  const folded = fold(title ?? '').trim();
  if (folded === '') return 'unknown';
  return MATCHERS.find((matcher) => matcher.pattern.test(folded))?.level ?? 'other';
}
