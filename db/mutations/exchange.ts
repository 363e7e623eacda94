import type { Store } from '../connection.js';
import { AUDIT_ENTITY, type ExchangeTable, type RawRow } from '../queries/exchange.js';
import { findAgreement, AGREEMENT_ENTITY } from '../queries/agreements.js';
import { ARTICLE_ENTITY, findArticle } from '../queries/articles.js';
import { DELEGATION_ENTITY } from '../queries/delegations.js';
import { findFollowUp, FOLLOW_UP_ENTITY } from '../queries/follow-ups.js';
import { findGift, GIFT_ENTITY } from '../queries/gifts.js';
import { findOrganization, ORGANIZATION_ENTITY } from '../queries/organizations.js';
import { findPerson, PERSON_ENTITY } from '../queries/people.js';
import { reindex as reindexAgreement } from './agreements.js';
import { recordAudit, type AuditAction, type ChangeContext } from './audit.js';
import { reindexDelegation } from './delegations.js';
import { reindex as reindexFollowUp } from './follow-ups.js';
import { reindex as reindexGift } from './gifts.js';
import { searchTexts as organizationTexts } from './organizations.js';
import { searchTexts as personTexts } from './people.js';
import { indexDocument, unindexDocument } from './search-index.js';

/** What the audit keeps of a row: all of it, except an article's body (the article itself, not history). */
function audited(table: ExchangeTable, row: RawRow): RawRow {
  if (table !== 'articles') return row;
  const { body: _body, ...identity } = row;
  return identity;
}

function auditAction(before: RawRow | undefined, after: RawRow): AuditAction {
  if (!before) return 'create';
  if (before.deleted_at === null && after.deleted_at !== null) return 'delete';
  if (before.deleted_at !== null && after.deleted_at === null) return 'restore';
  return 'update';
}

/**
 * Writes an incoming row exactly as it came (its own id and timestamps, so that the two machines hold
 * the same record), with an audit entry. `columns` are checked against the table's own before this.
 */
export function writeRawRow(
  db: Store,
  change: ChangeContext,
  table: ExchangeTable,
  row: RawRow,
  before: RawRow | undefined,
): void {
  const columns = Object.keys(row);
  if (before) {
    const assignments = columns.filter((column) => column !== 'id').map((column) => `${column} = @${column}`);
    db.prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run(row);
  } else {
    db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
    ).run(row);
  }
  recordAudit(db, change, {
    entity: AUDIT_ENTITY[table],
    entityId: String(row.id),
    action: auditAction(before, row),
    before: before ? audited(table, before) : null,
    after: audited(table, row),
  });
}

/** The record a row belongs to, for the search index: a participant is found through its delegation. */
export function searchRecordOf(table: ExchangeTable, row: RawRow): { entity: string; id: string } | undefined {
  const parent = (column: string) => (typeof row[column] === 'string' ? String(row[column]) : undefined);
  const id = String(row.id);
  switch (table) {
    case 'organizations':
    case 'people':
    case 'delegations':
    case 'gifts':
    case 'agreements':
    case 'follow_ups':
    case 'articles':
      return { entity: AUDIT_ENTITY[table], id };
    case 'participants':
    case 'engagements':
      return parent('delegation_id') ? { entity: DELEGATION_ENTITY, id: parent('delegation_id')! } : undefined;
    case 'agreement_parties':
    case 'agreement_fields':
      return parent('agreement_id') ? { entity: AGREEMENT_ENTITY, id: parent('agreement_id')! } : undefined;
    case 'follow_up_notes':
      return parent('follow_up_id') ? { entity: FOLLOW_UP_ENTITY, id: parent('follow_up_id')! } : undefined;
    default:
      return undefined;
  }
}

/**
 * Records whose search text shows a changed organisation's or person's name: their delegations, gifts,
 * agreements and follow-ups are indexed again too.
 */
export function dependentsOf(db: Store, entity: string, id: string): { entity: string; id: string }[] {
  const ids = (sql: string, ...args: string[]) =>
    db
      .prepare<string[], { id: string }>(sql)
      .all(...args)
      .map((row) => row.id);
  if (entity === ORGANIZATION_ENTITY) {
    return [
      ...ids('SELECT id FROM delegations WHERE visiting_org_id = ? OR host_org_id = ?', id, id).map((d) => ({
        entity: DELEGATION_ENTITY,
        id: d,
      })),
      ...ids('SELECT id FROM gifts WHERE giver_org_id = ? OR recipient_org_id = ?', id, id).map((g) => ({
        entity: GIFT_ENTITY,
        id: g,
      })),
      ...ids('SELECT DISTINCT agreement_id AS id FROM agreement_parties WHERE organization_id = ?', id).map((a) => ({
        entity: AGREEMENT_ENTITY,
        id: a,
      })),
      ...ids('SELECT id FROM follow_ups WHERE organization_id = ?', id).map((f) => ({
        entity: FOLLOW_UP_ENTITY,
        id: f,
      })),
    ];
  }
  if (entity === PERSON_ENTITY) {
    return ids('SELECT DISTINCT delegation_id AS id FROM participants WHERE person_id = ?', id).map((d) => ({
      entity: DELEGATION_ENTITY,
      id: d,
    }));
  }
  return [];
}

/**
 * Puts a record's current text in the search index, with the same texts its own mutations index,
 * or takes it out when it is deleted (the find functions do not see deleted records).
 */
export function reindexRecord(db: Store, entity: string, id: string): void {
  switch (entity) {
    case ORGANIZATION_ENTITY: {
      const organization = findOrganization(db, id);
      if (organization) return indexDocument(db, entity, id, organizationTexts(organization));
      break;
    }
    case PERSON_ENTITY: {
      const person = findPerson(db, id);
      if (person) return indexDocument(db, entity, id, personTexts(person));
      break;
    }
    case DELEGATION_ENTITY:
      reindexDelegation(db, id);
      if (db.prepare('SELECT 1 FROM delegations WHERE id = ? AND deleted_at IS NULL').get(id)) return;
      break;
    case GIFT_ENTITY: {
      const gift = findGift(db, id);
      if (gift) return reindexGift(db, gift);
      break;
    }
    case AGREEMENT_ENTITY: {
      const agreement = findAgreement(db, id);
      if (agreement) return reindexAgreement(db, agreement);
      break;
    }
    case FOLLOW_UP_ENTITY: {
      const followUp = findFollowUp(db, id);
      if (followUp) return reindexFollowUp(db, followUp);
      break;
    }
    case ARTICLE_ENTITY: {
      const article = findArticle(db, id);
      // The same texts insertArticle indexes.
      if (article) return indexDocument(db, entity, id, [article.title, article.sourceName, article.body]);
      break;
    }
    default:
      return;
  }
  unindexDocument(db, entity, id);
}
