import type { Organization, OrganizationInput } from '../../shared/domain/organization.js';

/** The update input for a stored organisation (the record minus its timestamps), with `changes` applied. */
export function updateInput(
  organization: Organization,
  changes: Partial<OrganizationInput> = {},
): OrganizationInput & { id: string } {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = organization;
  return { ...fields, ...changes };
}
