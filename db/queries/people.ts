import type { Store } from '../connection.js';
import { toPerson, type PersonRow } from '../rows/person-row.js';
import type { Appearance } from '../../shared/domain/dossier.js';
import type { DelegationDirection, ParticipantRole, ParticipantSide } from '../../shared/domain/delegation.js';
import type { Person } from '../../shared/domain/person.js';
import { pageByName } from './name-page.js';
import { matchExpression } from './search.js';

export const PERSON_ENTITY = 'person';

export function findPerson(db: Store, id: string): Person | undefined {
  const row = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ? AND deleted_at IS NULL').get(id);
  return row && toPerson(row);
}

/** These people, in the order of `ids` (those deleted or unknown left out). */
export function findPeople(db: Store, ids: readonly string[]): Person[] {
  const place = new Map(ids.map((id, index) => [id, index]));
  return db
    .prepare<[string], PersonRow>(
      'SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
    )
    .all(JSON.stringify(ids))
    .sort((a, b) => place.get(a.id)! - place.get(b.id)!)
    .map(toPerson);
}

/** Rows offset..offset+limit of the people in Vietnamese order of their names (pageByName), and how many match. */
export function pagePeople(
  db: Store,
  query: string,
  offset: number,
  limit: number,
): { people: Person[]; total: number } {
  const page = pageByName<PersonRow>(
    db,
    { table: 'people', name: 'full_name', entity: PERSON_ENTITY },
    query,
    offset,
    limit,
  );
  return { people: page.rows.map(toPerson), total: page.total };
}

/** Active people; with a query, those whose folded names match it. */
export function listPeople(db: Store, query: string): Person[] {
  const match = matchExpression(query);
  const rows = match
    ? db
        .prepare<[string, string], PersonRow>(
          `SELECT p.* FROM search_index
             JOIN search_documents d ON d.rowid = search_index.rowid
             JOIN people p ON p.id = d.entity_id
            WHERE search_index MATCH ? AND d.entity = ? AND p.deleted_at IS NULL`,
        )
        .all(match, PERSON_ENTITY)
    : db.prepare<[], PersonRow>('SELECT * FROM people WHERE deleted_at IS NULL').all();
  return rows.map(toPerson);
}

interface AppearanceRow {
  participant_id: string;
  delegation_id: string;
  direction: string;
  start_date: string;
  end_date: string | null;
  visiting_org_name: string;
  host_org_name: string;
  side: string;
  role: string;
  title: string;
  organization_name: string | null;
}

/** Every delegation the person took part in, with the title held then, newest first. */
export function listAppearances(db: Store, personId: string): Appearance[] {
  return db
    .prepare<[string], AppearanceRow>(
      `SELECT pa.id AS participant_id, d.id AS delegation_id, d.direction, d.start_date, d.end_date,
              v.name AS visiting_org_name, h.name AS host_org_name,
              pa.side, pa.role, pa.title, o.name AS organization_name
         FROM participants pa
         JOIN delegations d ON d.id = pa.delegation_id AND d.deleted_at IS NULL
         JOIN organizations v ON v.id = d.visiting_org_id
         JOIN organizations h ON h.id = d.host_org_id
         LEFT JOIN organizations o ON o.id = pa.organization_id
        WHERE pa.person_id = ? AND pa.deleted_at IS NULL
        ORDER BY d.start_date DESC, d.created_at DESC`,
    )
    .all(personId)
    .map((row) => ({
      participantId: row.participant_id,
      delegationId: row.delegation_id,
      direction: row.direction as DelegationDirection,
      startDate: row.start_date,
      endDate: row.end_date,
      visitingOrgName: row.visiting_org_name,
      hostOrgName: row.host_org_name,
      side: row.side as ParticipantSide,
      role: row.role as ParticipantRole,
      title: row.title,
      organizationName: row.organization_name,
    }));
}

/** How many active delegations list this person: a person still referenced cannot be deleted. */
export function countDelegationsOfPerson(db: Store, personId: string): number {
  return db
    .prepare<[string], { n: number }>(
      `SELECT count(DISTINCT pa.delegation_id) AS n FROM participants pa
         JOIN delegations d ON d.id = pa.delegation_id AND d.deleted_at IS NULL
        WHERE pa.person_id = ? AND pa.deleted_at IS NULL`,
    )
    .get(personId)!.n;
}
