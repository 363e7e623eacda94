import { expect, test } from '@playwright/test';
import type { ComboboxParsedItem } from '@mantine/core';
import { foldedFilter, foldedFilterKeeping } from '../../renderer/src/components/folded-filter.js';

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

test('opened with a value beyond the first hundred, the picker draws that value first and still at most its limit', () => {
  const shown = values(foldedFilterKeeping('org-420')({ options, search: '', limit: 100 }));
  expect(shown).toHaveLength(100);
  expect(shown[0]).toBe('org-420');
  // Already among those drawn, or while searching, nothing moves.
  expect(values(foldedFilterKeeping('org-3')({ options, search: '', limit: 100 }))[0]).toBe('org-0');
  expect(values(foldedFilterKeeping('org-420')({ options, search: 'doi tac 7', limit: 100 }))).not.toContain('org-420');
});
