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
import { placedDay } from './placed-day.js';
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

/** Rows grouped by their agreement, in the order the statement gave them. */
function groupBy<T extends { agreementId: string }>(rows: T[]): Map<string, Omit<T, 'agreementId'>[]> {
  const groups = new Map<string, Omit<T, 'agreementId'>[]>();
  for (const { agreementId, ...rest } of rows) {
    const group = groups.get(agreementId);
    if (group) group.push(rest);
    else groups.set(agreementId, [rest]);
  }
  return groups;
}

/**
 * The parties and fields of many agreements in two statements. Read one agreement at a time, the home page's
 * 500 agreements expiring within a year at ministry scale took 1,000 statements (~90 ms).
 */
function partiesAndFieldsOf(
  db: Store,
  ids: readonly string[],
): { parties: Map<string, AgreementParty[]>; fields: Map<string, AgreementField[]> } {
  const json = JSON.stringify(ids);
  const parties = db
    .prepare<[string], AgreementParty & { agreementId: string }>(
      `SELECT ap.agreement_id AS agreementId, ap.organization_id AS organizationId, o.name AS organizationName,
              ap.signatory_participant_id AS signatoryParticipantId, pe.full_name AS signatoryName, pa.title AS signatoryTitle
         FROM agreement_parties ap
         JOIN organizations o ON o.id = ap.organization_id
         LEFT JOIN participants pa ON pa.id = ap.signatory_participant_id
         LEFT JOIN people pe ON pe.id = pa.person_id
        WHERE ap.agreement_id IN (SELECT value FROM json_each(?)) AND ap.deleted_at IS NULL
        ORDER BY ap.agreement_id, ap.position`,
    )
    .all(json);
  const fields = db
    .prepare<
      [string],
      { agreementId: string; id: string; fieldKey: string; text: string; status: string; notes: string }
    >(
      `SELECT agreement_id AS agreementId, id, field_key AS fieldKey, text, status, notes FROM agreement_fields
        WHERE agreement_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY agreement_id, position`,
    )
    .all(json);
  return {
    parties: groupBy(parties),
    fields: new Map(
      [...groupBy(fields)].map(([id, rows]) => [
        id,
        rows.map((row) => ({ ...row, status: row.status as FieldStatus })),
      ]),
    ),
  };
}

function toAgreements(db: Store, rows: AgreementRow[]): StoredAgreement[] {
  const { parties, fields } = partiesAndFieldsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
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
    parties: parties.get(row.id) ?? [],
    fields: fields.get(row.id) ?? [],
  }));
}

export function findAgreement(db: Store, id: string): StoredAgreement | undefined {
  const row = db
    .prepare<[string], AgreementRow>('SELECT * FROM agreements WHERE id = ? AND deleted_at IS NULL')
    .get(id);
  return row && toAgreements(db, [row])[0];
}

type AgreementListFilter = { query: string; organizationId: string | null };

/** Newest first by signing (or entry) date; the id settles equal dates, so pages never repeat or skip one. */
const NEWEST_FIRST = 'coalesce(a.signed_on, a.created_at) DESC, a.id DESC';

/** The conditions of a list of agreements (a), shared by the list, its pages and counts. */
function agreementConditions(filter: AgreementListFilter): { sql: string; params: Record<string, string | null> } {
  return {
    sql: `WHERE a.deleted_at IS NULL
          AND (@organization IS NULL OR EXISTS (
                SELECT 1 FROM agreement_parties ap
                 WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL AND ap.organization_id = @organization))
          ${
            filter.organizationId !== null
              ? `AND a.id IN (SELECT agreement_id FROM agreement_parties
                               WHERE organization_id = @organization AND deleted_at IS NULL)`
              : ''
          }
          AND (@match IS NULL OR a.id IN (
                SELECT sd.entity_id FROM search_index JOIN search_documents sd ON sd.rowid = search_index.rowid
                 WHERE search_index MATCH @match AND sd.entity = '${AGREEMENT_ENTITY}'))`,
    params: { organization: filter.organizationId, match: matchExpression(filter.query) },
  };
}

/**
 * Agreements, newest signing first; with a query, those whose folded text matches; with an organisation, its
 * own (also given as a plain IN so that agreement_parties_organization is used).
 */
export function listAgreements(db: Store, filter: AgreementListFilter): StoredAgreement[] {
  const { sql, params } = agreementConditions(filter);
  const rows = db
    .prepare<Record<string, string | null>, AgreementRow>(
      `SELECT a.* FROM agreements a ${sql} ORDER BY ${NEWEST_FIRST}`,
    )
    .all(params);
  return toAgreements(db, rows);
}

/**
 * Rows offset..offset+limit of the agreements list (newest first), how many match in all, and how many of those
 * expire between `today` and `horizon` (at their precision: "2026" is still running in 2026), as the page says.
 */
export function pageAgreements(
  db: Store,
  filter: AgreementListFilter,
  dates: { today: string; horizon: string },
  offset: number,
  limit: number,
): { agreements: StoredAgreement[]; total: number; expiringSoon: number } {
  const { sql, params } = agreementConditions(filter);
  const counts = db
    .prepare<Record<string, string | null>, { total: number; expiringSoon: number }>(
      `SELECT count(*) AS total,
              count(*) FILTER (WHERE a.expires_on >= substr(@today, 1, length(a.expires_on))
                                 AND a.expires_on <= substr(@horizon, 1, length(a.expires_on))) AS expiringSoon
         FROM agreements a ${sql}`,
    )
    .get({ ...params, ...dates })!;
  const rows = db
    .prepare<Record<string, string | number | null>, AgreementRow>(
      `SELECT a.* FROM agreements a ${sql} ORDER BY ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit, offset });
  return { agreements: toAgreements(db, rows), ...counts };
}

/** The vocabulary: fields the user added (the defaults live in the UI's translations). */
export function listCustomCooperationFields(db: Store): CooperationField[] {
  return db
    .prepare<[], CooperationField>('SELECT key, label FROM cooperation_fields WHERE deleted_at IS NULL ORDER BY label')
    .all();
}

const PLACED_EXPIRY = placedDay('a.expires_on');

/** Not terminated, not yet expired on `today`, and placed on or before `by`; the raw bounds let agreements_expires narrow. */
const EXPIRING = `a.deleted_at IS NULL AND a.status <> 'terminated' AND a.expires_on IS NOT NULL
   AND a.expires_on <= @by AND a.expires_on >= substr(@today, 1, 4)
   AND a.expires_on >= substr(@today, 1, length(a.expires_on)) AND ${PLACED_EXPIRY} <= @by`;

/**
 * Agreements expiring between `today` and `by`, the soonest first, at most `limit`, with how many there are:
 * at ministry scale some five hundred within a year, each read with its parties and fields, for a home page
 * that shows the first few.
 */
export function listAgreementsExpiring(
  db: Store,
  filter: { today: string; by: string; limit: number },
): { agreements: StoredAgreement[]; total: number } {
  const bounds = { today: filter.today, by: filter.by };
  const total = db
    .prepare<typeof bounds, { total: number }>(`SELECT count(*) AS total FROM agreements a WHERE ${EXPIRING}`)
    .get(bounds)!.total;
  const rows = db
    .prepare<typeof bounds & { limit: number }, AgreementRow>(
      `SELECT a.* FROM agreements a WHERE ${EXPIRING}
        ORDER BY ${PLACED_EXPIRY}, coalesce(a.signed_on, a.created_at) DESC LIMIT @limit`,
    )
    .all({ ...bounds, limit: filter.limit });
  return { agreements: toAgreements(db, rows), total };
}
