import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { fold } from '../../../shared/text/fold.js';

/**
 * Select filter that folds both sides, so "han quoc" finds "Hàn Quốc" and "nguyen" finds "Nguyễn". It keeps
 * at most the select's `limit` options (Mantine leaves that to a custom filter): a select of 5,000
 * organisations otherwise drew 5,000 options each time its page opened.
 */
export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const wanted = fold(search).trim();
  const matching = wanted
    ? options.filter((option: ComboboxParsedItem) => 'label' in option && fold(option.label).includes(wanted))
    : options;
  return Number.isFinite(limit) ? matching.slice(0, limit) : matching;
};
