import type { Store } from '../connection.js';
import type {
  Agreement,
  AgreementField,
  AgreementKind,
  AgreementParty,
  AgreementStatus,
  CooperationField,
  FieldStatus,
} from '../../shared/domain/agreement.js';
import { matchExpression } from './search.js';

export const AGREEMENT_ENTITY = 'agreement';

/** An agreement as stored; whether it has expired depends on today, so the service adds it. */
export type StoredAgreement = Omit<Agreement, 'expired'>;

interface AgreementRow {
  id: string;
  kind: string;
  title: string;
  status: string;
  signed_on: string | null;
  place: string;
  effective_from: string | null;
  expires_on: string | null;
  renewal_terms: string;
  delegation_id: string | null;
  scan_attachment_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

function partiesOf(db: Store, agreementId: string): AgreementParty[] {
  return db
    .prepare<[string], AgreementParty>(
      `SELECT ap.organization_id AS organizationId, o.name AS organizationName,
              ap.signatory_participant_id AS signatoryParticipantId, pe.full_name AS signatoryName, pa.title AS signatoryTitle
         FROM agreement_parties ap
         JOIN organizations o ON o.id = ap.organization_id
         LEFT JOIN participants pa ON pa.id = ap.signatory_participant_id
         LEFT JOIN people pe ON pe.id = pa.person_id
        WHERE ap.agreement_id = ? AND ap.deleted_at IS NULL
        ORDER BY ap.position`,
    )
    .all(agreementId);
}

function fieldsOf(db: Store, agreementId: string): AgreementField[] {
  return db
    .prepare<[string], { id: string; fieldKey: string; text: string; status: string; notes: string }>(
      `SELECT id, field_key AS fieldKey, text, status, notes FROM agreement_fields
        WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY position`,
    )
    .all(agreementId)
    .map((row) => ({ ...row, status: row.status as FieldStatus }));
}

function toAgreement(db: Store, row: AgreementRow): StoredAgreement {
  return {
    id: row.id,
    kind: row.kind as AgreementKind,
    title: row.title,
    status: row.status as AgreementStatus,
    signedOn: row.signed_on,
    place: row.place,
    effectiveFrom: row.effective_from,
    expiresOn: row.expires_on,
    renewalTerms: row.renewal_terms,
    delegationId: row.delegation_id,
    scanAttachmentId: row.scan_attachment_id,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    parties: partiesOf(db, row.id),
    fields: fieldsOf(db, row.id),
  };
}

export function findAgreement(db: Store, id: string): StoredAgreement | undefined {
  const row = db
    .prepare<[string], AgreementRow>('SELECT * FROM agreements WHERE id = ? AND deleted_at IS NULL')
    .get(id);
  return row && toAgreement(db, row);
}

/** Agreements, newest signing first; with a query, those whose folded text matches; with an organisation, its own. */
/**
 * Agreements, newest signing first. `expiringBy` keeps those with an expiry written no later than that day
 * and in or after `today`'s year (a superset the service cuts exactly), through agreements_expires; an
 * organisation filter is also given as a plain IN so that agreement_parties_organization is used.
 */
export function listAgreements(
  db: Store,
  filter: { query: string; organizationId: string | null; expiringBy?: { today: string; by: string } },
): StoredAgreement[] {
  return db
    .prepare<Record<string, string | null>, AgreementRow>(
      `SELECT a.* FROM agreements a
        WHERE a.deleted_at IS NULL
          AND (@organization IS NULL OR EXISTS (
                SELECT 1 FROM agreement_parties ap
                 WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL AND ap.organization_id = @organization))
          ${
            filter.organizationId !== null
              ? `AND a.id IN (SELECT agreement_id FROM agreement_parties
                               WHERE organization_id = @organization AND deleted_at IS NULL)`
              : ''
          }
          ${filter.expiringBy ? `AND a.expires_on <= @by AND a.expires_on >= substr(@today, 1, 4)` : ''}
          AND (@match IS NULL OR a.id IN (
                SELECT sd.entity_id FROM search_index JOIN search_documents sd ON sd.rowid = search_index.rowid
                 WHERE search_index MATCH @match AND sd.entity = '${AGREEMENT_ENTITY}'))
        ORDER BY coalesce(a.signed_on, a.created_at) DESC`,
    )
    .all({
      organization: filter.organizationId,
      match: matchExpression(filter.query),
      ...(filter.expiringBy ? { today: filter.expiringBy.today, by: filter.expiringBy.by } : {}),
    })
    .map((row) => toAgreement(db, row));
}

/** The vocabulary: fields the user added (the defaults live in the UI's translations). */
export function listCustomCooperationFields(db: Store): CooperationField[] {
  return db
    .prepare<[], CooperationField>('SELECT key, label FROM cooperation_fields WHERE deleted_at IS NULL ORDER BY label')
    .all();
}
