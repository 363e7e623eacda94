import { COUNTRY_CODES } from '../../../shared/domain/countries.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { compareVietnamese } from '../../../shared/text/collate.js';

type CountryOption = { readonly value: string; readonly label: string };

/** Made once per language: naming and sorting 249 countries took a few milliseconds of each list page's opening. */
const optionsByLanguage = new Map<string, readonly CountryOption[]>();

/** Every country as a select option, named in the UI language and sorted in its order (shared: never changed). */
export function countryOptions(language: string): readonly CountryOption[] {
  let options = optionsByLanguage.get(language);
  if (!options) {
    options = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` })).sort(
      (a, b) => compareVietnamese(a.label, b.label),
    );
    optionsByLanguage.set(language, options);
  }
  return options;
}
