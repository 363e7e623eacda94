import { z } from 'zod';
import { delegationFilter } from './delegation.js';
import { pageBounds, recordId, searchQuery } from './fields.js';
import { followUpFilter } from './follow-up.js';
import { giftFilter } from './gift.js';

/**
 * Spreadsheet export of a list page: which list, in which format and language, with the same filter
 * the page's list call takes, so the file holds exactly the rows the user sees.
 */
export const EXPORTABLE_LISTS = ['organizations', 'people', 'delegations', 'gifts', 'agreements', 'followUps'] as const;
export type ExportableList = (typeof EXPORTABLE_LISTS)[number];

export const queryFilter = z.strictObject({ query: searchQuery });
export const agreementFilter = z.strictObject({
  query: searchQuery,
  organizationId: recordId.nullable().default(null),
});

/** The agreements list's filter, and which rows of it. */
export const agreementPageInput = agreementFilter.extend(pageBounds);

const fileOptions = {
  format: z.enum(['xlsx', 'csv'], { error: 'invalid_choice' }),
  language: z.enum(['vi', 'en'], { error: 'invalid_choice' }).default('vi'),
};

/** Each list's filter defaults to "everything" through its own schema (prefault), like the list call. */
const listExportUnion = z.discriminatedUnion(
  'list',
  [
    z.strictObject({ list: z.literal('organizations'), ...fileOptions, filter: queryFilter.prefault({}) }),
    z.strictObject({ list: z.literal('people'), ...fileOptions, filter: queryFilter.prefault({}) }),
    z.strictObject({ list: z.literal('delegations'), ...fileOptions, filter: delegationFilter.prefault({}) }),
    z.strictObject({ list: z.literal('gifts'), ...fileOptions, filter: giftFilter.prefault({}) }),
    z.strictObject({ list: z.literal('agreements'), ...fileOptions, filter: agreementFilter.prefault({}) }),
    z.strictObject({ list: z.literal('followUps'), ...fileOptions, filter: followUpFilter.prefault({}) }),
  ],
  { error: 'invalid_choice' },
);
/**
 * The outer object is checked first, so an unknown field or list is named whatever else is wrong (a
 * discriminated union alone stops at the missing `list`); then the list's own filter schema.
 */
export const listExportInput = z
  .strictObject({
    list: z.enum(EXPORTABLE_LISTS, { error: 'invalid_choice' }),
    ...fileOptions,
    filter: z.unknown().optional(),
  })
  .transform((value, ctx) => {
    const parsed = listExportUnion.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      // Re-raised on the outer object with their paths; an unknown key is named itself, as fieldErrors does.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0)
        for (const key of keys) ctx.addIssue({ code: 'custom', message: 'unknown_field', path: [...issue.path, key] });
      else ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });
export type ListExportInput = z.input<typeof listExportUnion>;
export type ListExportParsed = z.output<typeof listExportUnion>;
/** The filter each list takes. */
export type ListFilter<L extends ExportableList> = Extract<ListExportParsed, { list: L }>['filter'];
