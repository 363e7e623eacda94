import { expect, test } from '@playwright/test';
import type { ComboboxParsedItem } from '@mantine/core';
import { foldedFilter } from '../../renderer/src/components/folded-filter.js';

const options: ComboboxParsedItem[] = Array.from({ length: 500 }, (_, index) => ({
  value: `org-${index}`,
  label: index === 420 ? 'Thành phố Đà Nẵng' : `Đối tác ${index}`,
}));
const values = (shown: ComboboxParsedItem[]) => shown.map((option) => ('value' in option ? option.value : ''));

test('the picker filter folds accents and draws at most its limit', () => {
  expect(values(foldedFilter({ options, search: 'da nang', limit: 100 }))).toEqual(['org-420']);
  expect(foldedFilter({ options, search: '', limit: 100 })).toHaveLength(100);
  expect(foldedFilter({ options, search: '', limit: Infinity })).toHaveLength(500);
});
