import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { fold } from '../../../shared/text/fold.js';

/**
 * Select filter that folds both sides, so "han quoc" finds "Hàn Quốc" and "nguyen" finds "Nguyễn", for selects
 * whose options are all in the page (countries, a visit's people). It keeps at most the select's `limit` options
 * (Mantine leaves that to a custom filter).
 */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const wanted = fold(search).trim();
  const matching = wanted
    ? options.filter((option: ComboboxParsedItem) => 'label' in option && fold(option.label).includes(wanted))
    : options;
  return Number.isFinite(limit) ? matching.slice(0, limit) : matching;
};
