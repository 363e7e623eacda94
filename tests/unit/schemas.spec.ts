import { expect, test } from '@playwright/test';
import { describeFieldErrors, fieldErrors } from '../../shared/api/field-errors.js';
import { delegationInput } from '../../shared/domain/delegation.js';
import { organizationInput } from '../../shared/domain/organization.js';
import { personInput } from '../../shared/domain/person.js';
import { relationshipInput } from '../../shared/domain/relationship.js';

const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';
const ID_C = '00000000-0000-4000-8000-00000000000c';

/** The field → validation key map a bad input produces. */
function errorsOf(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success, 'the input should be refused').toBe(false);
  return fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);
}

test('organisation: a good input is cleaned (NFC, spaces, upper-case country, aliases once)', () => {
  const parsed = organizationInput.parse({
    name: '  Thành phố   Huế '.normalize('NFD'),
    aliases: ['Hue City', 'Hue City', 'Thừa Thiên Huế'],
    country: 'vn',
    kind: 'city',
  });
  expect(parsed).toEqual({
    name: 'Thành phố Huế',
    aliases: ['Hue City', 'Thừa Thiên Huế'],
    country: 'VN',
    kind: 'city',
    parentId: null,
    isHome: false,
    notes: '',
  });
});

test('organisation: each bad input names its field', () => {
  const base = { name: 'Tỉnh Nara', country: 'JP', kind: 'province' };
  expect(errorsOf(organizationInput, { ...base, name: '' })).toEqual({ name: 'required' });
  expect(errorsOf(organizationInput, { ...base, name: '     ' })).toEqual({ name: 'required' });
  expect(errorsOf(organizationInput, { ...base, name: 'x'.repeat(2000) })).toEqual({ name: 'too_long' });
  expect(errorsOf(organizationInput, { ...base, country: 'XX' })).toEqual({ country: 'unknown_country' });
  expect(errorsOf(organizationInput, { ...base, country: '' })).toEqual({ country: 'required' });
  expect(errorsOf(organizationInput, { ...base, kind: 'castle' })).toEqual({ kind: 'invalid_choice' });
  expect(errorsOf(organizationInput, { ...base, parentId: 'not-a-uuid' })).toEqual({ parentId: 'invalid_id' });
  expect(errorsOf(organizationInput, { ...base, aliases: ['ok', ''] })).toEqual({ 'aliases.1': 'required' });
  expect(errorsOf(organizationInput, { ...base, admin: true })).toEqual({ admin: 'unknown_field' });
  expect(errorsOf(organizationInput, { country: 'JP', kind: 'province' })).toEqual({ name: 'required' });
});

test('person: name required, never only spaces; the rest optional', () => {
  expect(personInput.parse({ fullName: 'Song Ho-jun' }).nameOrder).toBe('family_first');
  expect(errorsOf(personInput, { fullName: '   ' })).toEqual({ fullName: 'required' });
  expect(errorsOf(personInput, { fullName: 'A', nameOrder: 'random' })).toEqual({ nameOrder: 'invalid_choice' });
});

test('delegation: rules across fields name the field at fault', () => {
  const base = { direction: 'incoming', visitingOrgId: ID_A, hostOrgId: ID_B, startDate: '2025-10-14' };
  expect(delegationInput.parse(base).status).toBe('planned');
  expect(errorsOf(delegationInput, { ...base, endDate: '2025-10-13' })).toEqual({ endDate: 'end_before_start' });
  expect(errorsOf(delegationInput, { ...base, startDate: '31/12/2025' })).toEqual({ startDate: 'invalid_date' });
  expect(errorsOf(delegationInput, { ...base, hostOrgId: ID_A })).toEqual({ hostOrgId: 'same_as_visiting' });
  const guest = { personId: ID_C, side: 'guest', role: 'member' };
  expect(errorsOf(delegationInput, { ...base, participants: [guest, guest] })).toEqual({
    'participants.1.personId': 'duplicate_person',
  });
  expect(errorsOf(delegationInput, { ...base, participants: [{ ...guest, title: 'x'.repeat(10_000) }] })).toEqual({
    'participants.0.title': 'too_long',
  });
  expect(errorsOf(delegationInput, { ...base, participants: [{ ...guest, side: 'host', role: 'head' }] })).toEqual({
    'participants.0.role': 'head_must_be_guest',
  });
  expect(
    errorsOf(delegationInput, {
      ...base,
      participants: [
        { ...guest, role: 'head' },
        { personId: ID_A, side: 'guest', role: 'head' },
      ],
    }),
  ).toEqual({ 'participants.1.role': 'one_head' });
  expect(
    errorsOf(delegationInput, {
      ...base,
      engagements: [{ kind: 'reception', startsAt: '2025-10-14T09:30', personIds: [ID_C] }],
    }),
  ).toEqual({ 'engagements.0.personIds': 'not_a_participant' });
  expect(
    errorsOf(delegationInput, { ...base, engagements: [{ kind: 'reception', startsAt: '2025-10-14 9h' }] }),
  ).toEqual({
    'engagements.0.startsAt': 'invalid_date',
  });
});

test('relationship: the two sides differ', () => {
  expect(errorsOf(relationshipInput, { homeOrgId: ID_A, partnerOrgId: ID_A, level: 'sister' })).toEqual({
    partnerOrgId: 'same_as_home',
  });
});

test('describeFieldErrors names every field in one line', () => {
  expect(describeFieldErrors({ name: 'too_long', country: 'unknown_country' })).toBe(
    'Invalid input: name — too_long; country — unknown_country',
  );
});
