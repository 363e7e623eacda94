import type { Store } from '../connection.js';
import type {
  FollowUp,
  FollowUpPriority,
  FollowUpSource,
  FollowUpStatus,
  ProgressNote,
} from '../../shared/domain/follow-up.js';
import { placedDay } from './placed-day.js';
import { matchExpression } from './search.js';

export const FOLLOW_UP_ENTITY = 'follow_up';

/** A follow-up as stored; whether it is overdue depends on today, so the service adds it. */
export type StoredFollowUp = Omit<FollowUp, 'overdue'>;

export interface FollowUpRow {
  id: string;
  text: string;
  source_kind: string | null;
  source_id: string | null;
  organization_id: string | null;
  owner: string;
  due: string | null;
  status: string;
  priority: string;
  done_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  organization_name: string | null;
  source_label: string | null;
  source_date: string | null;
}

/** A follow-up with its organisation's name and a line naming its source. */
export const SELECT_FOLLOW_UP = `
  SELECT f.*, o.name AS organization_name,
         CASE f.source_kind
           WHEN 'agreement' THEN (SELECT title FROM agreements WHERE id = f.source_id)
           WHEN 'delegation' THEN (SELECT v.name || ' → ' || h.name
                                     FROM delegations d JOIN organizations v ON v.id = d.visiting_org_id
                                     JOIN organizations h ON h.id = d.host_org_id WHERE d.id = f.source_id)
         END AS source_label,
         CASE f.source_kind
           WHEN 'agreement' THEN (SELECT signed_on FROM agreements WHERE id = f.source_id)
           WHEN 'delegation' THEN (SELECT start_date FROM delegations WHERE id = f.source_id)
         END AS source_date
    FROM follow_ups f
    LEFT JOIN organizations o ON o.id = f.organization_id`;

function progressOf(db: Store, id: string): ProgressNote[] {
  return db
    .prepare<[string], ProgressNote>(
      `SELECT id, on_date AS "on", text FROM follow_up_notes
        WHERE follow_up_id = ? AND deleted_at IS NULL ORDER BY on_date DESC, created_at DESC`,
    )
    .all(id);
}

/**
 * The notes of many follow-ups in one statement, grouped by follow-up. A list used to ask once per row,
 * and the home page lists every overdue follow-up: thousands of statements at ministry scale.
 */
function progressOfEach(db: Store, ids: readonly string[]): Map<string, ProgressNote[]> {
  const notes = new Map<string, ProgressNote[]>();
  if (ids.length === 0) return notes;
  const rows = db
    .prepare<[string], ProgressNote & { follow_up_id: string }>(
      `SELECT follow_up_id, id, on_date AS "on", text FROM follow_up_notes
        WHERE follow_up_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
        ORDER BY on_date DESC, created_at DESC`,
    )
    .all(JSON.stringify(ids));
  for (const { follow_up_id: followUpId, ...note } of rows) {
    const list = notes.get(followUpId);
    if (list) list.push(note);
    else notes.set(followUpId, [note]);
  }
  return notes;
}

// Enum columns are guarded by CHECK constraints.
function toFollowUp(row: FollowUpRow, progress: ProgressNote[]): StoredFollowUp {
  return {
    id: row.id,
    text: row.text,
    sourceKind: row.source_kind as FollowUpSource | null,
    sourceId: row.source_id,
    organizationId: row.organization_id,
    owner: row.owner,
    due: row.due,
    status: row.status as FollowUpStatus,
    priority: row.priority as FollowUpPriority,
    doneOn: row.done_on,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    organizationName: row.organization_name,
    sourceLabel: row.source_label,
    sourceDate: row.source_date,
    progress,
  };
}

export function findFollowUp(db: Store, id: string): StoredFollowUp | undefined {
  const row = db.prepare<[string], FollowUpRow>(`${SELECT_FOLLOW_UP} WHERE f.id = ? AND f.deleted_at IS NULL`).get(id);
  return row && toFollowUp(row, progressOf(db, row.id));
}

export interface FollowUpListFilter {
  query: string;
  owner: string;
  includeClosed: boolean;
  organizationId: string | null;
  sourceId: string | null;
  /**
   * Only those with a due date written no later than this day. A partial due ("2026") sorts before any day
   * of its period, so this keeps every follow-up whose placed date is on or before the day, and some more.
   */
  dueBy?: string | null;
}

/** What every list of follow-ups can be narrowed by. */
export type FollowUpConditionFilter = Pick<FollowUpListFilter, 'query' | 'owner' | 'organizationId' | 'sourceId'>;

/**
 * The conditions of a list of follow-ups (f), shared by the lists, their pages and counts. The organisation filter
 * is repeated as a plain condition when given so that follow_ups_organization (migration 60) is used: SQLite uses
 * no index for "@organization IS NULL OR …".
 */
export function followUpConditions(filter: FollowUpConditionFilter): {
  sql: string;
  params: Record<string, string | null>;
} {
  return {
    sql: `f.deleted_at IS NULL
          AND (@owner = '' OR f.owner = @owner)
          AND (@organization IS NULL OR f.organization_id = @organization)
          ${filter.organizationId !== null ? 'AND f.organization_id = @organization' : ''}
          AND (@source IS NULL OR f.source_id = @source)
          AND (@match IS NULL OR f.id IN (
                SELECT sd.entity_id FROM search_index JOIN search_documents sd ON sd.rowid = search_index.rowid
                 WHERE search_index MATCH @match AND sd.entity = '${FOLLOW_UP_ENTITY}'))`,
    params: {
      owner: filter.owner,
      organization: filter.organizationId,
      source: filter.sourceId,
      match: matchExpression(filter.query),
    },
  };
}

/**
 * Follow-ups by due date, undated ones last. (The service puts overdue ones first.) The due filter is repeated
 * as a plain condition when given so that follow_ups_due is used.
 */
export function listFollowUps(db: Store, filter: FollowUpListFilter): StoredFollowUp[] {
  const { sql, params } = followUpConditions(filter);
  const rows = db
    .prepare<Record<string, string | number | null>, FollowUpRow>(
      `${SELECT_FOLLOW_UP}
        WHERE ${sql}
          AND (@include_closed = 1 OR f.status IN ('open', 'in_progress'))
          AND (@due_by IS NULL OR (f.due IS NOT NULL AND f.due <= @due_by))
          ${filter.dueBy && !filter.includeClosed ? `AND f.status IN ('open', 'in_progress') AND f.due <= @due_by` : ''}
        ORDER BY f.due IS NULL, f.due, f.created_at`,
    )
    .all({ ...params, include_closed: filter.includeClosed ? 1 : 0, due_by: filter.dueBy ?? null });
  return withProgress(db, rows);
}

/** Rows as follow-ups, each with its progress notes (one statement for all of them). */
export function withProgress(db: Store, rows: FollowUpRow[]): StoredFollowUp[] {
  const progress = progressOfEach(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toFollowUp(row, progress.get(row.id) ?? []));
}

/**
 * A partial due as the day it stands on (shared/calendar/placement.ts in SQL): "2026" on 31/12/2026, "2026-10" on
 * 31/10/2026, a full date on itself.
 */
export const PLACED_DUE = placedDay('f.due');

const OPEN_AND_DUE_BY = `f.deleted_at IS NULL AND f.status IN ('open', 'in_progress') AND f.due IS NOT NULL
   AND ${PLACED_DUE} <= @due_by`;

/**
 * Open follow-ups standing on or before a day, the earliest first, at most `limit` of them, with how many there
 * are in all. The home page shows the first few: a store of twenty years holds tens of thousands of overdue
 * follow-ups, and building each one's line (source label, notes) cost most of opening the app. Both are a range
 * of follow_ups_open_placed (migration 80), named since without statistics SQLite prefers follow_ups_due for its
 * equality on status, and then sorts every overdue follow-up.
 */
export function listFollowUpsDueBy(
  db: Store,
  filter: { dueBy: string; limit: number },
): { followUps: StoredFollowUp[]; total: number } {
  const total = db
    .prepare<{ due_by: string }, { total: number }>(
      `SELECT count(*) AS total FROM follow_ups f INDEXED BY follow_ups_open_placed WHERE ${OPEN_AND_DUE_BY}`,
    )
    .get({ due_by: filter.dueBy })!.total;
  // The few ids first, so the source label and organisation are looked up for the rows shown only.
  const rows = db
    .prepare<{ due_by: string; limit: number }, FollowUpRow>(
      `${SELECT_FOLLOW_UP}
        WHERE f.id IN (SELECT f.id FROM follow_ups f INDEXED BY follow_ups_open_placed WHERE ${OPEN_AND_DUE_BY}
                        ORDER BY ${PLACED_DUE}, f.due, f.created_at LIMIT @limit)
        ORDER BY ${PLACED_DUE}, f.due, f.created_at`,
    )
    .all({ due_by: filter.dueBy, limit: filter.limit });
  return { followUps: withProgress(db, rows), total };
}
