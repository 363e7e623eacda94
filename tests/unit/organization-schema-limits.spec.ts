import { expect, test } from '@playwright/test';
import { fieldErrors } from '../../shared/api/field-errors.js';
import { NAME_MAX, NOTES_MAX } from '../../shared/domain/fields.js';
import { ALIASES_MAX, organizationInput } from '../../shared/domain/organization.js';

const BASE = { name: 'Thành phố Gyeongju', country: 'KR', kind: 'city' };

function refusal(input: unknown) {
  const result = organizationInput.safeParse(input);
  if (result.success) throw new Error(`${JSON.stringify(input).slice(0, 80)} should have been refused`);
  return fieldErrors(result.error);
}

test('names and notes are limited at their maximum, not one character before', () => {
  expect(organizationInput.parse({ ...BASE, name: 'x'.repeat(NAME_MAX) }).name).toHaveLength(NAME_MAX);
  expect(refusal({ ...BASE, name: 'x'.repeat(NAME_MAX + 1) })).toEqual({ name: 'too_long' });
  expect(refusal({ ...BASE, name: 'ế'.repeat(2000) })).toEqual({ name: 'too_long' });
  // The limit applies after white space is collapsed.
  expect(organizationInput.parse({ ...BASE, name: `  ${'x'.repeat(NAME_MAX)}  ` }).name).toHaveLength(NAME_MAX);
  expect(organizationInput.parse({ ...BASE, notes: 'n'.repeat(NOTES_MAX) }).notes).toHaveLength(NOTES_MAX);
  expect(refusal({ ...BASE, notes: 'n'.repeat(NOTES_MAX + 1) })).toEqual({ notes: 'too_long' });
});

test('a country code is accepted in any case and with spaces around it', () => {
  expect(organizationInput.parse({ ...BASE, country: 'kr' }).country).toBe('KR');
  expect(organizationInput.parse({ ...BASE, country: ' jp ' }).country).toBe('JP');
  expect(refusal({ ...BASE, country: 'KOR' })).toEqual({ country: 'unknown_country' });
  expect(refusal({ ...BASE, country: 'EU' })).toEqual({ country: 'unknown_country' });
  expect(refusal({ ...BASE, country: 82 })).toEqual({ country: 'invalid' });
});

test('aliases are cleaned before they are deduplicated, and their number is limited', () => {
  const parsed = organizationInput.parse({
    ...BASE,
    aliases: ['경주시', '경주시'.normalize('NFD'), ' Gyeongju  City ', 'Gyeongju City'],
  });
  expect(parsed.aliases).toEqual(['경주시', 'Gyeongju City']);
  const many = Array.from({ length: ALIASES_MAX + 1 }, (_, i) => `Alias ${i}`);
  expect(organizationInput.parse({ ...BASE, aliases: many.slice(0, ALIASES_MAX) }).aliases).toHaveLength(ALIASES_MAX);
  expect(refusal({ ...BASE, aliases: many })).toEqual({ aliases: 'too_many' });
});

test('text is stored NFC', () => {
  const parsed = organizationInput.parse({
    ...BASE,
    name: 'Tỉnh Thừa Thiên Huế'.normalize('NFD'),
    aliases: ['Cố đô Huế'.normalize('NFD')],
    notes: 'Kết nghĩa năm 1996'.normalize('NFD'),
  });
  for (const text of [parsed.name, ...parsed.aliases, parsed.notes]) expect(text).toBe(text.normalize('NFC'));
  expect(parsed.name).toBe('Tỉnh Thừa Thiên Huế'.normalize('NFC'));
});

test('values of the wrong type are invalid, missing ones required', () => {
  expect(refusal({ ...BASE, name: 42 })).toEqual({ name: 'invalid' });
  expect(refusal({ ...BASE, isHome: 'yes' })).toEqual({ isHome: 'invalid' });
  expect(refusal({ ...BASE, aliases: 'Gyeongju' })).toEqual({ aliases: 'invalid' });
  expect(refusal({ ...BASE, parentId: 12 })).toEqual({ parentId: 'invalid_id' });
  expect(refusal({ name: 'A' })).toEqual({ country: 'required', kind: 'required' });
  expect(refusal({ ...BASE, kind: 'City' })).toEqual({ kind: 'invalid_choice' });
  expect(refusal({ ...BASE, id: '6f1c2b1e-3a5d-4c8e-9f00-123456789abc' })).toEqual({ id: 'unknown_field' });
});
