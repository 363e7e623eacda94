import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { COUNTRY_CODES } from '../../../shared/domain/countries.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { compareVietnamese } from '../../../shared/text/collate.js';
import { fold } from '../../../shared/text/fold.js';

/** Every country as a select option, named in the UI language and sorted in its order. */
export function countryOptions(language: string): { value: string; label: string }[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` })).sort(
    (a, b) => compareVietnamese(a.label, b.label),
  );
}

/** Select filter that folds both sides, so "han quoc" finds "Hàn Quốc" and "viet" finds "Việt Nam". */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const wanted = fold(search).trim();
  if (!wanted) return options;
  return options.filter((option: ComboboxParsedItem) => 'label' in option && fold(option.label).includes(wanted));
};
