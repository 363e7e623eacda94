import { z } from 'zod';
import { choice, NAME_MAX, NOTES_MAX, optionalNotes, optionalText, requiredText } from './fields.js';

/** Never re-order a Korean or Vietnamese name: the order it is written in is recorded, not assumed. */
export const NAME_ORDERS = ['family_first', 'given_first'] as const;
export type NameOrder = (typeof NAME_ORDERS)[number];

/**
 * A person, without any title: titles belong to appearances (a participant in a delegation),
 * because the same person is "Phó Chủ tịch UBND tỉnh" one year and "… UBND thành phố" the next.
 */
export const personInput = z.strictObject({
  /** As written in our documents: "Nguyễn Thanh Bình", "Song Ho-jun". */
  fullName: requiredText(NAME_MAX),
  /** In the person's own script: "송호준", "人見達也". */
  nativeName: optionalText(NAME_MAX),
  /** A romanisation when the full name is not already one. */
  romanization: optionalText(NAME_MAX),
  nameOrder: choice(NAME_ORDERS).default('family_first'),
  /** "Ông", "Bà", "Ngài", "Mr", "H.E." */
  honorific: optionalText(50),
  /** How to address them in speech and letters. */
  formOfAddress: optionalText(NAME_MAX),
  /** Diet, language, health, anything protocol must know. */
  protocolNotes: optionalNotes(NOTES_MAX),
  notes: optionalNotes(NOTES_MAX),
});
export type PersonInput = z.input<typeof personInput>;
export type PersonFields = z.output<typeof personInput>;

export interface Person extends PersonFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}
