import { z } from 'zod';
import { cleanText } from '../text/normalize.js';
import { isPartialDate } from '../text/partial-date.js';

/**
 * Building blocks for input schemas. Each error message is a validation key
 * ("required", "too_long", …) that the renderer translates and shows on the field.
 */
export const NAME_MAX = 300;
export const NOTES_MAX = 5000;

/** "required" when the field is missing, "invalid" when it holds the wrong kind of value. */
export function missingOrInvalid(issue: { input?: unknown }): string {
  return issue.input === undefined || issue.input === null ? 'required' : 'invalid';
}

/** A whole number; "required" when absent, so the field's own limits say what else is wrong. */
export function wholeNumber() {
  return z
    .number({ error: (issue) => (issue.input === undefined ? 'required' : 'not_a_number') })
    .int({ error: 'whole_number' });
}

/** The most rows one call for a page of a list returns: a screenful or two, never the whole store. */
export const LIST_PAGE_MAX = 200;

/** One page of a list, and how many rows match its filter in all. */
export interface ListPage<T> {
  rows: T[];
  total: number;
}

/** Which rows of a list a call returns: `offset` rows skipped, at most `limit` returned. */
export const pageBounds = {
  offset: wholeNumber().min(0, { error: 'negative' }),
  limit: wholeNumber().min(1, { error: 'at_least_one' }).max(LIST_PAGE_MAX, { error: 'page_too_large' }),
};

/** The longest search text a list or the global search takes (the renderer's search fields say so before sending). */
export const SEARCH_QUERY_MAX = 200;

/** The text of a search: any characters (the store reads it as words), empty for none. */
export const searchQuery = z.string({ error: 'invalid' }).max(SEARCH_QUERY_MAX, { error: 'too_long' }).default('');

export const recordId = z.uuid({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid_id') });

/** A required single-line text: NFC, white space collapsed, 1..max characters. */
export function requiredText(max: number) {
  return z
    .string({ error: missingOrInvalid })
    .transform(cleanText)
    .pipe(z.string().min(1, { error: 'required' }).max(max, { error: 'too_long' }));
}

/** Free text (notes): NFC and trimmed but line breaks kept; may be empty. */
export function optionalNotes(max: number) {
  return z
    .string({ error: 'invalid' })
    .transform((text) => text.normalize('NFC').trim())
    .pipe(z.string().max(max, { error: 'too_long' }))
    .default('');
}

/** An optional single-line text: NFC, white space collapsed, at most max characters; empty when absent. */
export function optionalText(max: number) {
  return z
    .string({ error: 'invalid' })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: 'too_long' }))
    .default('');
}

/** A date as precise as the source: "2026", "2026-10" or "2026-10-19". */
export const partialDate = z
  .string({ error: missingOrInvalid })
  .transform((text) => text.trim())
  .refine((text) => text.length > 0, { error: 'required' })
  .refine(isPartialDate, { error: 'invalid_date' });

/** An enum whose message says "required" when absent and "invalid_choice" otherwise. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? 'required' : 'invalid_choice') });
}
