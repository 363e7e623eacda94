import type { Migration } from './runner.js';

/** The first day a partial or full date can mean: "2016" → 2016-01-01, "2016-05" → 2016-05-01. */
const FIRST_DAY = (date: string) => `julianday(substr(${date} || '-01-01', 1, 10))`;
/** The last day it can mean: "2016" → 2016-12-31, "2016-05" → 2016-05-31. */
const LAST_DAY = (date: string) => `julianday(CASE length(${date})
  WHEN 4 THEN ${date} || '-12-31'
  WHEN 7 THEN date(${date} || '-01', '+1 month', '-1 day')
  ELSE ${date} END)`;
/** A visit's first and last day; an end recorded before the start (old data) still covers the start. */
const FIRST = (row: string) => FIRST_DAY(`${row}.start_date`);
const LAST = (row: string) =>
  `max(${LAST_DAY(`${row}.start_date`)}, ${LAST_DAY(`coalesce(${row}.end_date, ${row}.start_date)`)})`;

/**
 * An R*Tree of the days each delegation spans, kept by triggers. "Visits overlapping these days" is
 * two inequalities on two columns, which no B-tree index answers: at ministry scale (50,000 visits) the
 * calendar, the list's date filter and the home page's "this week" read half the table to find a few
 * hundred rows (tests/bench/README.md). The queries keep their exact date conditions; the tree only
 * narrows the rows they look at, so its day numbers may be coarse (an R*Tree rounds outwards).
 * The tree's integer keys live in delegation_span_keys, whose INTEGER PRIMARY KEY VACUUM never renumbers
 * (delegations' own rowids it may).
 */
export const migration0060: Migration = {
  version: 60,
  name: 'delegation spans (R*Tree); indexes for calendar days, partner follow-ups and gifts, gifts awaiting a report',
  up(db) {
    db.exec(`
      CREATE TABLE delegation_span_keys (
        key INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL UNIQUE REFERENCES delegations(id)
      ) STRICT;
      CREATE VIRTUAL TABLE delegation_spans USING rtree(key, first_day, last_day);
      INSERT INTO delegation_span_keys (delegation_id) SELECT id FROM delegations ORDER BY rowid;
      INSERT INTO delegation_spans
        SELECT k.key, ${FIRST('d')}, ${LAST('d')} FROM delegations d JOIN delegation_span_keys k ON k.delegation_id = d.id;
      CREATE TRIGGER delegation_spans_insert AFTER INSERT ON delegations BEGIN
        INSERT INTO delegation_span_keys (delegation_id) VALUES (new.id);
        INSERT INTO delegation_spans VALUES (last_insert_rowid(), ${FIRST('new')}, ${LAST('new')});
      END;
      CREATE TRIGGER delegation_spans_update AFTER UPDATE OF start_date, end_date ON delegations BEGIN
        UPDATE delegation_spans SET first_day = ${FIRST('new')}, last_day = ${LAST('new')}
         WHERE key = (SELECT key FROM delegation_span_keys WHERE delegation_id = new.id);
      END;
      -- The calendar asks for a range of days of programme items; a partner's briefing sheet and dossier
      -- ask for its follow-ups and for the gifts its people gave or received.
      CREATE INDEX engagements_starts ON engagements(starts_at) WHERE deleted_at IS NULL;
      CREATE INDEX follow_ups_organization ON follow_ups(organization_id) WHERE deleted_at IS NULL;
      CREATE INDEX gifts_giver_participant ON gifts(giver_participant_id);
      CREATE INDEX gifts_recipient_participant ON gifts(recipient_participant_id);
      -- A gift belongs to the organisation of its giver or recipient even after they left the visit's list.
      CREATE INDEX participants_organization_any ON participants(organization_id);
      -- The home page's gifts whose legal clock still runs (a few among 100,000).
      CREATE INDEX gifts_awaiting ON gifts(date)
        WHERE deleted_at IS NULL AND direction = 'received'
          AND (reported_on IS NULL OR (sold_on IS NOT NULL AND proceeds_remitted_on IS NULL));
      CREATE TRIGGER delegation_spans_delete AFTER DELETE ON delegations BEGIN
        DELETE FROM delegation_spans WHERE key = (SELECT key FROM delegation_span_keys WHERE delegation_id = old.id);
        DELETE FROM delegation_span_keys WHERE delegation_id = old.id;
      END;
    `);
  },
};
