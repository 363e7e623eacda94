import {
  AGREEMENT_NOUNS,
  AGREEMENT_REFERENCES,
  AWARD_WORDS,
  COOPERATION_FIELDS,
  DELEGATION_NOUNS,
  FOLLOW_UP_CUES,
  FOLLOW_UP_EXCLUDE,
  FRIENDSHIP_WORDS,
  GIFT_EXCHANGE_PHRASES,
  GIFT_NOUNS,
  GIFT_VERBS,
  HEAD_CUES_AFTER,
  HEAD_CUES_BEFORE,
  PLACE_PREPOSITIONS,
  PROPOSAL_CUES,
  RECEPTION_CUES,
  SIGN_VERBS,
  VISIT_CUES,
} from './dictionaries/phrases.js';
import { PhraseSet } from './text.js';

/** The phrase dictionaries compiled once, on first use. */
export interface Cues {
  giftVerbs: PhraseSet<string>;
  giftExchange: PhraseSet<string>;
  giftNouns: PhraseSet<string>;
  awards: PhraseSet<string>;
  agreementNouns: PhraseSet<string>;
  agreementRefs: PhraseSet<string>;
  friendship: PhraseSet<string>;
  signVerbs: PhraseSet<string>;
  proposal: PhraseSet<string>;
  fields: PhraseSet<string>;
  followUp: PhraseSet<string>;
  followUpExclude: PhraseSet<string>;
  headBefore: PhraseSet<string>;
  headAfter: PhraseSet<string>;
  delegationNouns: PhraseSet<string>;
  visit: PhraseSet<string>;
  reception: PhraseSet<string>;
  placePrepositions: PhraseSet<string>;
}

/** Cue words are matched with their diacritics: folding would make "sẽ" (will) of "chia sẻ" (share). */
const A = { accents: true };

let cached: Cues | null = null;

export function cues(): Cues {
  if (cached) return cached;
  cached = {
    giftVerbs: PhraseSet.of(GIFT_VERBS, A),
    giftExchange: PhraseSet.of(GIFT_EXCHANGE_PHRASES, A),
    giftNouns: PhraseSet.of(GIFT_NOUNS, A),
    awards: PhraseSet.of(AWARD_WORDS, A),
    agreementNouns: new PhraseSet(Object.entries(AGREEMENT_NOUNS), A),
    agreementRefs: PhraseSet.of(AGREEMENT_REFERENCES, A),
    friendship: PhraseSet.of(FRIENDSHIP_WORDS, A),
    signVerbs: PhraseSet.of(SIGN_VERBS, A),
    proposal: PhraseSet.of(PROPOSAL_CUES, A),
    fields: new PhraseSet(Object.entries(COOPERATION_FIELDS), A),
    followUp: PhraseSet.of(FOLLOW_UP_CUES, A),
    followUpExclude: PhraseSet.of(FOLLOW_UP_EXCLUDE, A),
    headBefore: PhraseSet.of(HEAD_CUES_BEFORE, A),
    headAfter: PhraseSet.of(HEAD_CUES_AFTER, A),
    delegationNouns: PhraseSet.of(DELEGATION_NOUNS, A),
    visit: PhraseSet.of(VISIT_CUES, A),
    reception: PhraseSet.of(RECEPTION_CUES, A),
    placePrepositions: PhraseSet.of(PLACE_PREPOSITIONS, A),
  };
  return cached;
}
