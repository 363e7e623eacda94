import { HONORIFICS, TITLES, VIETNAMESE_SURNAMES, WEAK_TITLES } from './dictionaries/titles.js';
import { COUNTRY_NAMES, LOCALITIES, LOCALITY_KINDS, ORGANIZATION_WORDS } from './dictionaries/places.js';
import { PhraseSet } from './text.js';
import { fold } from '../../shared/text/fold.js';

/** A place from the dictionaries: a country or a locality, and the country it lies in. */
export interface Place {
  name: string;
  country: string;
  isCountry: boolean;
}

/** The dictionaries compiled into phrase sets once, on first use. */
export interface Lexicon {
  titles: PhraseSet<string>;
  weakTitles: Set<string>;
  honorifics: PhraseSet<string>;
  places: PhraseSet<Place>;
  orgWords: PhraseSet<string>;
  kinds: PhraseSet<string>;
  surnames: Set<string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const places: [string, Place][] = [];
  for (const [name, country] of Object.entries(COUNTRY_NAMES)) places.push([name, { name, country, isCountry: true }]);
  for (const [country, names] of Object.entries(LOCALITIES)) {
    for (const name of names) places.push([name, { name, country, isCountry: false }]);
  }
  cached = {
    titles: new PhraseSet(TITLES.map((t) => [t, t] as const)),
    weakTitles: new Set(WEAK_TITLES.map((t) => fold(t))),
    honorifics: PhraseSet.of(HONORIFICS, { accents: true }),
    places: new PhraseSet(places),
    orgWords: PhraseSet.of([...ORGANIZATION_WORDS, ...LOCALITY_KINDS], { accents: true }),
    kinds: PhraseSet.of(LOCALITY_KINDS, { accents: true }),
    surnames: new Set(VIETNAMESE_SURNAMES.map((s) => fold(s))),
  };
  return cached;
}
