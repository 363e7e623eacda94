import type { z } from 'zod';
import type { FieldErrors } from './result.js';

/**
 * Schema issues → field path → validation key, e.g. { name: 'too_long', 'aliases.2': 'required' }.
 * Main uses it to answer a bad call; the renderer uses it to check a form before sending.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = 'unknown_field';
      continue;
    }
    const path = issue.path.length > 0 ? issue.path.join('.') : 'input';
    fields[path] ??= issue.message;
  }
  return fields;
}

/** One line naming every bad field, for callers that show no form (HTTP clients, logs). */
export function describeFieldErrors(fields: FieldErrors): string {
  return `Invalid input: ${Object.entries(fields)
    .map(([field, key]) => `${field} — ${key}`)
    .join('; ')}`;
}
