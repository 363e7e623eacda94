import type { Store } from '../connection.js';
import {
  toDelegation,
  toDelegationSummary,
  toEngagement,
  toParticipant,
  type DelegationRow,
  type EngagementRow,
  type ParticipantRow,
} from '../rows/delegation-row.js';
import type { Delegation, DelegationSummary } from '../../shared/domain/delegation.js';
import { placedDay } from './placed-day.js';
import { matchExpression } from './search.js';

export const DELEGATION_ENTITY = 'delegation';

/** The visiting and host organisations: the names shown and the partner's country filtered on. */
const FROM_DELEGATION = `
    FROM delegations d
    JOIN organizations v ON v.id = d.visiting_org_id
    JOIN organizations h ON h.id = d.host_org_id`;

/**
 * A delegation with its organisations' names, the partner's country and its head (if any).
 * The head is joined row by row through participants_delegation, not through a subquery: SQLite
 * materialised such a subquery (every head of every delegation, 50,000 rows at ministry scale) on each
 * call, which made opening one delegation cost as much as listing all of them (tests/bench/README.md).
 */
const SELECT_DELEGATION = `
  SELECT d.*, v.name AS visiting_org_name, h.name AS host_org_name,
         CASE d.direction WHEN 'incoming' THEN v.country ELSE h.country END AS partner_country,
         head_person.full_name AS head_name, head.title AS head_title
    ${FROM_DELEGATION}
    LEFT JOIN participants head
      ON head.delegation_id = d.id AND head.role = 'head' AND head.deleted_at IS NULL
    LEFT JOIN people head_person ON head_person.id = head.person_id`;

export interface DelegationListFilter {
  query: string;
  direction: string | null;
  status: string | null;
  country: string | null;
  organizationId: string | null;
  from: string | null;
  to: string | null;
  sort: 'newest' | 'oldest';
}

/**
 * With a date filter, the candidates come from the R*Tree of visit spans (migration 60): the conditions
 * above compare text and no index can answer them, so at ministry scale a two-month page read all 50,000
 * visits. The tree holds each visit's first and last possible day; a partial filter date stands for its
 * whole period (from "2025-10" = 1 October, to "2025" = 31 December), so the tree never drops a visit
 * the exact conditions keep.
 */
const LIST_DATES = `
  SELECT k.delegation_id FROM delegation_spans s JOIN delegation_span_keys k ON k.key = s.key
   WHERE s.last_day >= coalesce(julianday(substr(@from || '-01-01', 1, 10)), -1e9)
     AND s.first_day <= coalesce(julianday(${placedDay('@to')}), 1e9)`;

/**
 * With an organisation filter, candidates come from delegations_visiting and delegations_host: SQLite
 * uses no index for "@organization IS NULL OR …", so a dossier read every visit (tests/bench/README.md).
 */
const OF_ORGANIZATION = `
  SELECT id FROM delegations WHERE visiting_org_id = @organization AND deleted_at IS NULL
  UNION ALL SELECT id FROM delegations WHERE host_org_id = @organization AND deleted_at IS NULL`;

/**
 * Sort orders by name: identifiers never come from input (DESIGN §8: allow-list). The id settles ties, so
 * that pages of the same list (pageDelegations) never repeat or skip a visit.
 */
const ORDER_BY = {
  newest: 'd.start_date DESC, d.created_at DESC, d.id DESC',
  oldest: 'd.start_date ASC, d.created_at ASC, d.id ASC',
} as const;

/**
 * The conditions of a list, shared by the rows and the count so that both always agree. They name only the
 * delegation (d), so a count or a page's ids read no organisation unless the country is asked. Dates compare at the
 * precision the filter gives: from "2025-10" keeps visits ending in or after October 2025; to "2025" keeps
 * visits starting in 2025 or before.
 */
function listConditions(filter: DelegationListFilter): { sql: string; params: Record<string, string | null> } {
  const dated = filter.from !== null || filter.to !== null;
  return {
    sql: `WHERE d.deleted_at IS NULL
          AND (@direction IS NULL OR d.direction = @direction)
          AND (@status IS NULL OR d.status = @status)
          AND (@country IS NULL OR (SELECT country FROM organizations
                                     WHERE id = CASE d.direction WHEN 'incoming' THEN d.visiting_org_id
                                                                   ELSE d.host_org_id END) = @country)
          AND (@organization IS NULL OR d.visiting_org_id = @organization OR d.host_org_id = @organization)
          AND (@from IS NULL OR substr(coalesce(d.end_date, d.start_date), 1, length(@from)) >= @from)
          AND (@to IS NULL OR substr(d.start_date, 1, length(@to)) <= @to)
          ${dated ? `AND d.id IN (${LIST_DATES})` : ''}
          ${filter.organizationId !== null ? `AND d.id IN (${OF_ORGANIZATION})` : ''}
          AND (@match IS NULL OR d.id IN (
                SELECT sd.entity_id FROM search_index
                  JOIN search_documents sd ON sd.rowid = search_index.rowid
                 WHERE search_index MATCH @match AND sd.entity = '${DELEGATION_ENTITY}'))`,
    params: {
      direction: filter.direction,
      status: filter.status,
      country: filter.country,
      organization: filter.organizationId,
      from: filter.from,
      to: filter.to,
      match: matchExpression(filter.query),
    },
  };
}

/** Delegations matching every given filter, all of them (exports, pickers, reports, dossiers). */
export function listDelegations(db: Store, filter: DelegationListFilter): DelegationSummary[] {
  const { sql, params } = listConditions(filter);
  return db
    .prepare<Record<string, string | null>, DelegationRow>(
      `${SELECT_DELEGATION} ${sql} ORDER BY ${ORDER_BY[filter.sort]}`,
    )
    .all(params)
    .map(toDelegationSummary);
}

/**
 * One page of the same list and how many visits match in all: the list screen shows `total` rows' height and
 * asks for the pages scrolled into view, instead of 50,000 rows (~20 MB of JSON) before the first one.
 * The count and the page's ids read the delegations alone (an unfiltered count is a scan of delegations_start,
 * ~1 ms at 50,000); names and heads are joined for the page's rows only — joined before the OFFSET, a page
 * near the end of 50,000 built 50,000 rows to keep 100 (340 ms, now ~50 ms). A visit has at most one head, so
 * the count agrees with the rows.
 */
export function pageDelegations(
  db: Store,
  filter: DelegationListFilter,
  offset: number,
  limit: number,
): { rows: DelegationSummary[]; total: number } {
  const { sql, params } = listConditions(filter);
  const order = ORDER_BY[filter.sort];
  const total = db
    .prepare<Record<string, string | null>, { n: number }>(`SELECT count(*) AS n FROM delegations d ${sql}`)
    .get(params)!.n;
  const rows =
    offset >= total
      ? []
      : db
          .prepare<Record<string, string | number | null>, DelegationRow>(
            `${SELECT_DELEGATION}
              WHERE d.id IN (SELECT d.id FROM delegations d ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset)
              ORDER BY ${order}`,
          )
          .all({ ...params, limit, offset })
          .map(toDelegationSummary);
  return { rows, total };
}

/** Every visit to or from an organisation, newest first (its dossier's timeline). */
export function listDelegationsOfOrganization(db: Store, organizationId: string): DelegationSummary[] {
  return listDelegations(db, {
    query: '',
    direction: null,
    status: null,
    country: null,
    organizationId,
    from: null,
    to: null,
    sort: 'newest',
  });
}

function findDelegationRow(db: Store, id: string, includeDeleted: boolean): DelegationRow | undefined {
  return db
    .prepare<[string], DelegationRow>(
      `${SELECT_DELEGATION} WHERE d.id = ? ${includeDeleted ? '' : 'AND d.deleted_at IS NULL'}`,
    )
    .get(id);
}

/** A delegation with its participants in precedence order and its programme in time order. */
export function findDelegation(
  db: Store,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Delegation | undefined {
  const row = findDelegationRow(db, id, options.includeDeleted ?? false);
  if (!row) return undefined;
  const participants = db
    .prepare<[string], ParticipantRow>(
      `SELECT pa.id, pa.person_id, pe.full_name, pe.native_name, pa.side, pa.role, pa.title,
              pa.organization_id, pa.precedence
         FROM participants pa JOIN people pe ON pe.id = pa.person_id
        WHERE pa.delegation_id = ? AND pa.deleted_at IS NULL
        ORDER BY pa.precedence`,
    )
    .all(id)
    .map(toParticipant);
  const engagements = db
    .prepare<[string], EngagementRow>(
      `SELECT id, kind, starts_at, place, summary, outcome, person_ids FROM engagements
        WHERE delegation_id = ? AND deleted_at IS NULL ORDER BY starts_at, created_at`,
    )
    .all(id)
    .map(toEngagement);
  return toDelegation(row, participants, engagements);
}

/** Is the delegation soft-deleted (restorable)? */
export function isDelegationDeleted(db: Store, id: string): boolean {
  return (
    db
      .prepare<[string], { one: number }>('SELECT 1 AS one FROM delegations WHERE id = ? AND deleted_at IS NOT NULL')
      .get(id) !== undefined
  );
}

/** Active delegations that name an organisation as visiting side, host or a participant's organisation. */
export function countDelegationsOfOrganization(db: Store, organizationId: string): number {
  return db
    .prepare<[string, string, string], { n: number }>(
      `SELECT count(*) AS n FROM delegations d
        WHERE d.deleted_at IS NULL
          AND (d.visiting_org_id = ? OR d.host_org_id = ?
               OR EXISTS (SELECT 1 FROM participants pa
                           WHERE pa.delegation_id = d.id AND pa.deleted_at IS NULL AND pa.organization_id = ?))`,
    )
    .get(organizationId, organizationId, organizationId)!.n;
}

/** Ids of active delegations whose search text mentions this organisation or person (to re-index on rename). */
export function delegationIdsMentioning(db: Store, id: string): string[] {
  return db
    .prepare<[string, string, string, string], { id: string }>(
      `SELECT d.id FROM delegations d
        WHERE d.deleted_at IS NULL
          AND (d.visiting_org_id = ? OR d.host_org_id = ?
               OR EXISTS (SELECT 1 FROM participants pa WHERE pa.delegation_id = d.id AND pa.deleted_at IS NULL
                            AND (pa.person_id = ? OR pa.organization_id = ?)))`,
    )
    .all(id, id, id, id)
    .map((row) => row.id);
}

/** The talking points and topics to avoid written on the visit's briefing sheet. */
export function findBriefingNotes(db: Store, id: string): { talkingPoints: string; topicsToAvoid: string } | undefined {
  return db
    .prepare<[string], { talkingPoints: string; topicsToAvoid: string }>(
      `SELECT talking_points AS talkingPoints, topics_to_avoid AS topicsToAvoid FROM delegations
        WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id);
}
