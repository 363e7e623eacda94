import type { Organization, OrganizationKind } from '../../shared/domain/organization.js';

/** A row of `organizations` as SQLite returns it (snake_case, JSON as text, booleans as 0/1). */
export interface OrganizationRow {
  id: string;
  name: string;
  name_key: string;
  aliases: string;
  country: string;
  kind: string;
  parent_id: string | null;
  is_home: number;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    country: row.country,
    // The column only ever receives values checked by the schema.
    kind: row.kind as OrganizationKind,
    parentId: row.parent_id,
    isHome: row.is_home === 1,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
