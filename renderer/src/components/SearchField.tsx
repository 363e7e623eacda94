import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX } from '../../../shared/domain/fields.js';

/** The text a search is sent with: trimmed, cut to what a search takes (its field says so: SearchField). */
export function searchText(typed: string): string {
  return typed.trim().slice(0, SEARCH_QUERY_MAX);
}

/** What a list searches for: the typed text (searchText) once the typing has paused for `waitMs`. */
export function useSearchQuery(typed: string, waitMs = 200): string {
  return useDebouncedValue(searchText(typed), waitMs)[0];
}

/** A list's search field, labelled "Tìm kiếm", that says under itself when its text is longer than a search takes. */
export function SearchField({ value, ...props }: TextInputProps & { value: string }) {
  const { t } = useTranslation();
  const tooLong = value.trim().length > SEARCH_QUERY_MAX;
  return (
    <TextInput
      type="search"
      label={t('common.search')}
      value={value}
      error={tooLong ? t('common.searchTooLong', { max: SEARCH_QUERY_MAX }) : undefined}
      {...props}
    />
  );
}
