import type { Store } from '../connection.js';
import {
  followUpConditions,
  PLACED_DUE,
  SELECT_FOLLOW_UP,
  withProgress,
  type FollowUpConditionFilter,
  type FollowUpRow,
  type StoredFollowUp,
} from './follow-ups.js';

const OPEN = `f.status IN ('open', 'in_progress')`;
/** Overdue: still open, and the day its due stands on (at its precision: "2025" on 31/12/2025) is behind us. */
const OVERDUE = `${OPEN} AND f.due IS NOT NULL AND ${PLACED_DUE} < @today`;
/** follow_ups_open_placed (migration 80) holds the open, dated follow-ups in exactly this order. */
const BY_PLACED_DUE = `${PLACED_DUE}, f.due, f.created_at`;
const OPEN_PLACED = 'INDEXED BY follow_ups_open_placed';

/** A part of the list: its rows, their order, the index that holds them in it. */
interface Part {
  where: string;
  order: string;
  index?: string;
  /**
   * Counted as every matching follow-up less the parts before it. Counted by itself, the part read each row's
   * status and due (0.15 s at 200,000 follow-ups), where every matching one is counted from an index alone. Its
   * condition must then hold for every row the parts before it leave out (IS NOT TRUE, not NOT: a due that is no
   * date, which a file from another machine could bring, makes the overdue test NULL).
   */
  rest?: true;
}

/**
 * The list in parts that follow each other, each read in its own order: overdue ones first, the earliest due
 * first; then the rest by due date, undated ones last. The dated parts are ranges of an index (the open ones of
 * follow_ups_open_placed, migration 80; with closed ones, the rest of follow_ups_placed, migration 120), so a page
 * far down reads no more than the index entries before it, and nothing is sorted. (Ordered by an expression over
 * the whole list, a page of 50,000 open follow-ups took a quarter of a second to sort; with closed ones, 0.2 s.)
 */
function parts(includeClosed: boolean): Part[] {
  const overdue = { where: OVERDUE, order: BY_PLACED_DUE, index: OPEN_PLACED };
  if (includeClosed)
    return [overdue, { where: `(${OVERDUE}) IS NOT TRUE`, order: `f.due IS NULL, ${BY_PLACED_DUE}, f.id`, rest: true }];
  return [
    overdue,
    { where: `${OPEN} AND f.due IS NOT NULL AND ${PLACED_DUE} >= @today`, order: BY_PLACED_DUE, index: OPEN_PLACED },
    { where: `${OPEN} AND f.due IS NULL`, order: 'f.created_at, f.id' },
  ];
}

/**
 * Rows offset..offset+limit of the follow-up list (overdue first, then by due date; closed ones too when asked),
 * and how many follow-ups match in all. `today` decides what is overdue.
 */
export function pageFollowUps(
  db: Store,
  filter: FollowUpConditionFilter & { includeClosed: boolean },
  today: string,
  offset: number,
  limit: number,
): { followUps: StoredFollowUp[]; total: number } {
  const { sql, params } = followUpConditions(filter);
  const values = { ...params, today };
  const ids: string[] = [];
  let total = 0;
  for (const part of parts(filter.includeClosed)) {
    const from = `FROM follow_ups f ${part.index ?? ''} WHERE ${sql} AND ${part.where}`;
    const counted = part.rest ? `FROM follow_ups f WHERE ${sql}` : from;
    const n = db.prepare<typeof values, { n: number }>(`SELECT count(*) AS n ${counted}`).get(values)!.n;
    const count = part.rest ? n - total : n;
    // The part of the page that falls in this part of the list.
    const skip = Math.max(offset - total, 0);
    const take = Math.min(limit - ids.length, count - skip);
    if (take > 0)
      ids.push(
        ...db
          .prepare<typeof values & { skip: number; take: number }, { id: string }>(
            `SELECT f.id ${from} ORDER BY ${part.order} LIMIT @take OFFSET @skip`,
          )
          .all({ ...values, skip, take })
          .map((row) => row.id),
      );
    total += count;
  }
  const rows = db
    .prepare<[string], FollowUpRow>(`${SELECT_FOLLOW_UP} WHERE f.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids));
  const place = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => place.get(a.id)! - place.get(b.id)!);
  return { followUps: withProgress(db, rows), total };
}
