import { COUNTRY_CODES } from '../../../shared/domain/countries.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { compareVietnamese } from '../../../shared/text/collate.js';

/** Every country as a select option, named in the UI language and sorted in its order. */
export function countryOptions(language: string): { value: string; label: string }[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` })).sort(
    (a, b) => compareVietnamese(a.label, b.label),
  );
}
