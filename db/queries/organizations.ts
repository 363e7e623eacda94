import type { Store } from '../connection.js';
import { toOrganization, type OrganizationRow } from '../rows/organization-row.js';
import type { Organization } from '../../shared/domain/organization.js';
import { pageByName } from './name-page.js';
import { matchExpression } from './search.js';

export const ORGANIZATION_ENTITY = 'organization';

export function findOrganization(db: Store, id: string): Organization | undefined {
  const row = db
    .prepare<[string], OrganizationRow>('SELECT * FROM organizations WHERE id = ? AND deleted_at IS NULL')
    .get(id);
  return row && toOrganization(row);
}

/** Rows offset..offset+limit of the organisations in Vietnamese order of their names, and how many match. */
export function pageOrganizations(
  db: Store,
  query: string,
  offset: number,
  limit: number,
): { organizations: Organization[]; total: number } {
  const page = pageByName<OrganizationRow>(
    db,
    { table: 'organizations', name: 'name', entity: ORGANIZATION_ENTITY },
    query,
    offset,
    limit,
  );
  return { organizations: page.rows.map(toOrganization), total: page.total };
}

/** Active organisations; with a query, those whose folded name, aliases or country match it. */
export function listOrganizations(db: Store, query: string): Organization[] {
  const match = matchExpression(query);
  const rows = match
    ? db
        .prepare<[string, string], OrganizationRow>(
          `SELECT o.* FROM search_index
             JOIN search_documents d ON d.rowid = search_index.rowid
             JOIN organizations o ON o.id = d.entity_id
            WHERE search_index MATCH ? AND d.entity = ? AND o.deleted_at IS NULL`,
        )
        .all(match, ORGANIZATION_ENTITY)
    : db.prepare<[], OrganizationRow>('SELECT * FROM organizations WHERE deleted_at IS NULL').all();
  return rows.map(toOrganization);
}

/** Whether the store holds no active organisation yet (a new install: the home page offers the sample data). */
export function noOrganizations(db: Store): boolean {
  return !db
    .prepare<[], { found: number }>('SELECT 1 AS found FROM organizations WHERE deleted_at IS NULL LIMIT 1')
    .get();
}

/** Another active organisation with the same folded name in the same country, if any. */
export function findOrganizationByNameKey(
  db: Store,
  nameKey: string,
  country: string,
  exceptId: string | null,
): Organization | undefined {
  const row = db
    .prepare<[string, string, string], OrganizationRow>(
      `SELECT * FROM organizations
        WHERE name_key = ? AND country = ? AND deleted_at IS NULL AND id <> ?`,
    )
    .get(nameKey, country, exceptId ?? '');
  return row && toOrganization(row);
}

/** Active organisations whose parent is `id`. */
export function countChildOrganizations(db: Store, id: string): number {
  return db
    .prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM organizations WHERE parent_id = ? AND deleted_at IS NULL',
    )
    .get(id)!.n;
}

/** The chain of parents above `id`, nearest first (stops at a cycle rather than looping). */
export function ancestorIds(db: Store, id: string): string[] {
  return db
    .prepare<[string], { id: string }>(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT parent_id, 1 FROM organizations WHERE id = ? AND parent_id IS NOT NULL
         UNION
         SELECT o.parent_id, up.depth + 1 FROM organizations o JOIN up ON o.id = up.id
          WHERE o.parent_id IS NOT NULL AND up.depth < 100
       )
       SELECT id FROM up ORDER BY depth`,
    )
    .all(id)
    .map((row) => row.id);
}
