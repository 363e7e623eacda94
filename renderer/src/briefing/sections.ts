/** The sheet's sections, in order; the user ticks which to include (remembered on this machine). */
export const BRIEFING_SECTIONS = [
  'purpose',
  'delegation',
  'ourSide',
  'programme',
  'history',
  'agreements',
  'followUps',
  'gifts',
  'talkingPoints',
  'sources',
  'notes',
] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];
