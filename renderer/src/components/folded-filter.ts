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

/**
 * The folded filter for a select that may hold one of thousands of records: opened with its value shown (Mantine
 * then searches for nothing), the chosen option comes first, so it is drawn and marked among the first `limit`.
 */
export function foldedFilterKeeping(selected: string | null | undefined): OptionsFilter {
  return (input) => {
    const shown = foldedFilter(input);
    if (
      !selected ||
      fold(input.search).trim() ||
      shown.some((option) => 'value' in option && option.value === selected)
    )
      return shown;
    const chosen = input.options.find((option) => 'value' in option && option.value === selected);
    return chosen ? [chosen, ...shown.slice(0, Math.max(0, shown.length - 1))] : shown;
  };
}
