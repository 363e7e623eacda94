import { describeFieldErrors } from '../../shared/api/field-errors.js';
import { DomainError } from '../../shared/api/result.js';

/** An input error found against the store (a missing parent, a duplicate…), reported on its field. */
export function invalidField(field: string, key: string): DomainError {
  return new DomainError('invalid_input', describeFieldErrors({ [field]: key }), { [field]: key });
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not_found', `No ${what} with id ${id}.`);
}

/** Returns the record, or fails the call with not_found. */
export function mustExist<T>(record: T | undefined, what: string, id: string): T {
  if (record === undefined) throw notFound(what, id);
  return record;
}
