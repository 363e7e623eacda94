import type { Store } from '../connection.js';
import type { Relationship, RelationshipLevel } from '../../shared/domain/relationship.js';

export const RELATIONSHIP_ENTITY = 'relationship';

interface RelationshipRow {
  id: string;
  home_org_id: string;
  partner_org_id: string;
  level: string;
  established_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  home_org_name: string;
  partner_org_name: string;
}

const SELECT_RELATIONSHIP = `
  SELECT r.*, home.name AS home_org_name, partner.name AS partner_org_name
    FROM relationships r
    JOIN organizations home ON home.id = r.home_org_id
    JOIN organizations partner ON partner.id = r.partner_org_id`;

function toRelationship(row: RelationshipRow): Relationship {
  return {
    id: row.id,
    homeOrgId: row.home_org_id,
    partnerOrgId: row.partner_org_id,
    // CHECK constraint on the column.
    level: row.level as RelationshipLevel,
    establishedOn: row.established_on,
    notes: row.notes,
    homeOrgName: row.home_org_name,
    partnerOrgName: row.partner_org_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findRelationship(db: Store, id: string): Relationship | undefined {
  const row = db
    .prepare<[string], RelationshipRow>(`${SELECT_RELATIONSHIP} WHERE r.id = ? AND r.deleted_at IS NULL`)
    .get(id);
  return row && toRelationship(row);
}

/** The relationships an organisation has, on either side, oldest tie first. */
export function listRelationshipsOf(db: Store, organizationId: string): Relationship[] {
  return db
    .prepare<[string, string], RelationshipRow>(
      `${SELECT_RELATIONSHIP}
        WHERE r.deleted_at IS NULL AND (r.home_org_id = ? OR r.partner_org_id = ?)
        ORDER BY coalesce(r.established_on, '9999'), home.name`,
    )
    .all(organizationId, organizationId)
    .map(toRelationship);
}

/** An active relationship between the same two organisations, if any (one tie per pair). */
export function findRelationshipBetween(db: Store, homeOrgId: string, partnerOrgId: string, exceptId: string | null) {
  return db
    .prepare<[string, string, string], { id: string }>(
      `SELECT id FROM relationships WHERE home_org_id = ? AND partner_org_id = ? AND deleted_at IS NULL AND id <> ?`,
    )
    .get(homeOrgId, partnerOrgId, exceptId ?? '');
}

export function countRelationshipsOf(db: Store, organizationId: string): number {
  return db
    .prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM relationships WHERE deleted_at IS NULL AND (home_org_id = ? OR partner_org_id = ?)',
    )
    .get(organizationId, organizationId)!.n;
}
