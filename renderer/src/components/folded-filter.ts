import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { fold } from '../../../shared/text/fold.js';

/** Select filter that folds both sides, so "han quoc" finds "Hàn Quốc" and "nguyen" finds "Nguyễn". */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const wanted = fold(search).trim();
  if (!wanted) return options;
  return options.filter((option: ComboboxParsedItem) => 'label' in option && fold(option.label).includes(wanted));
};
