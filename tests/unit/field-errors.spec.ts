import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { describeFieldErrors, fieldErrors } from '../../shared/api/field-errors.js';
import { organizationInput } from '../../shared/domain/organization.js';

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`${JSON.stringify(input)} should have been refused`);
  return fieldErrors(result.error);
}

test('each bad field is reported once, by its dotted path, with its validation key', () => {
  expect(errorsOf(organizationInput, { name: '', aliases: ['Seoul', '  ', 7], country: 'XX', kind: 'city' })).toEqual({
    name: 'required',
    'aliases.1': 'required',
    'aliases.2': 'invalid',
    country: 'unknown_country',
  });
});

test('unknown keys are named one by one, nested ones with their path', () => {
  const schema = z.strictObject({ party: z.strictObject({ id: z.string() }) });
  expect(errorsOf(schema, { party: { id: 'a', role: 'x', seat: 1 }, extra: true })).toEqual({
    'party.role': 'unknown_field',
    'party.seat': 'unknown_field',
    extra: 'unknown_field',
  });
});

test('a problem with the input as a whole is reported on "input"', () => {
  expect(errorsOf(organizationInput, null)).toEqual({ input: expect.any(String) });
  expect(errorsOf(organizationInput, 'Huế')).toEqual({ input: expect.any(String) });
});

test('only the first problem of a field is kept', () => {
  const schema = z.object({
    code: z
      .string()
      .min(3, { error: 'too_short' })
      .regex(/^[A-Z]+$/, { error: 'bad' }),
  });
  expect(errorsOf(schema, { code: 'a' })).toEqual({ code: 'too_short' });
});

test('describeFieldErrors names every field, in order, on one line', () => {
  const line = describeFieldErrors({ name: 'too_long', 'aliases.2': 'required', country: 'unknown_country' });
  expect(line).toBe('Invalid input: name — too_long; aliases.2 — required; country — unknown_country');
  expect(line).not.toContain('\n');
});
