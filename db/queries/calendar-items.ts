import type { Store } from '../connection.js';
import { placedDay } from './placed-day.js';
import { cycleOf, dayKeyOf, roundYearSegments } from './round-years.js';

/**
 * Rows that may fall in a calendar range. The SQL keeps a coarse window (partial dates compare by their
 * year) so indexes do the work; the service places each date by the calendar rule and cuts exactly.
 */
export interface VisitRow {
  id: string;
  direction: 'incoming' | 'outgoing';
  start_date: string;
  end_date: string | null;
  visiting_name: string;
  host_name: string;
  visiting_org_id: string;
  host_org_id: string;
  visiting_country: string;
  host_country: string;
}

/** A visit's direction and two sides, without its dates. */
export type VisitSides = Omit<VisitRow, 'start_date' | 'end_date'>;

/** A programme item as its index holds it: enough to place and count it, not to title it. */
export interface EngagementSlot {
  id: string;
  delegation_id: string;
  kind: string;
  starts_at: string;
}

/** A programme item and its visit, side by side (a month's list view has some 1,000: no merged copy of each). */
export interface CalendarEngagementRow {
  slot: EngagementSlot;
  visit: VisitSides;
}

export interface DatedRow {
  id: string;
  title: string;
  date: string;
  /** Organisations concerned, with their countries: "id:CC" joined by commas. */
  organizations: string | null;
  open_id: string;
}

/**
 * Ids of delegations whose days may overlap @from..@to (full dates), found through the R*Tree of
 * migration 60 instead of reading every visit that started before @to. Exported for the list's date filter.
 */
export const DELEGATIONS_OVERLAPPING = `
  SELECT k.delegation_id FROM delegation_spans s JOIN delegation_span_keys k ON k.key = s.key
   WHERE s.last_day >= julianday(@from) AND s.first_day <= julianday(@to)`;

/** A visit's direction and its two sides (VisitRow without its dates), from delegations d. */
const VISIT_SIDES = `d.id, d.direction, v.name AS visiting_name, h.name AS host_name, d.visiting_org_id, d.host_org_id,
         v.country AS visiting_country, h.country AS host_country
    FROM delegations d
    JOIN organizations v ON v.id = d.visiting_org_id
    JOIN organizations h ON h.id = d.host_org_id`;

const VISITS = `
  SELECT d.start_date, d.end_date, ${VISIT_SIDES}
   WHERE d.deleted_at IS NULL AND d.start_date <= @to AND coalesce(d.end_date, d.start_date) >= substr(@from, 1, 4)
     AND d.id IN (${DELEGATIONS_OVERLAPPING})`;

export function visitsNear(db: Store, from: string, to: string): VisitRow[] {
  return db.prepare<{ from: string; to: string }, VisitRow>(VISITS).all({ from, to });
}

/**
 * Programme items whose day is within @from..@to, of visits not deleted. Written as a range on starts_at
 * ("2025-10-14" or "2025-10-14T09:30"; '~' sorts after any time) so engagements_by_day (migration 90) holds all
 * that is read of an item; its visit is looked up by its key only to leave out a deleted one.
 */
const LIVE_ENGAGEMENTS_BETWEEN = `e.deleted_at IS NULL AND e.starts_at >= @from AND e.starts_at <= @to || '~'
  AND EXISTS (SELECT 1 FROM delegations d WHERE d.id = e.delegation_id AND d.deleted_at IS NULL)`;

/** The items of @from..@to, or of those of its `days` only. */
export function engagementSlotsBetween(
  db: Store,
  from: string,
  to: string,
  days?: readonly string[],
): EngagementSlot[] {
  const ofDays = days ? `AND substr(e.starts_at, 1, 10) IN (SELECT value FROM json_each(@days))` : '';
  return db
    .prepare<Record<string, string>, EngagementSlot>(
      `SELECT e.id, e.delegation_id, e.kind, e.starts_at FROM engagements e WHERE ${LIVE_ENGAGEMENTS_BETWEEN} ${ofDays}`,
    )
    .all(days ? { from, to, days: JSON.stringify(days) } : { from, to });
}

/** How many programme items each day of @from..@to holds (days with none left out), counted in the index. */
export function engagementsPerDay(db: Store, from: string, to: string): { day: string; count: number }[] {
  return db
    .prepare<{ from: string; to: string }, { day: string; count: number }>(
      `SELECT substr(e.starts_at, 1, 10) AS day, count(*) AS count FROM engagements e
        WHERE ${LIVE_ENGAGEMENTS_BETWEEN} GROUP BY day`,
    )
    .all({ from, to });
}

/**
 * Programme items with their visit's direction and two sides, each visit read once: joined to every item, they
 * were most of the calendar's time at ministry scale (tests/bench/README.md).
 */
export function engagementsOfSlots(db: Store, slots: readonly EngagementSlot[]): CalendarEngagementRow[] {
  const visits = new Map(
    db
      .prepare<[string], VisitSides>(
        `SELECT ${VISIT_SIDES}
          WHERE d.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(slots.map((slot) => slot.delegation_id))]))
      .map((visit) => [visit.id, visit]),
  );
  return slots.map((slot) => ({ slot, visit: visits.get(slot.delegation_id)! }));
}

/**
 * Open follow-ups standing on a day of @from..@to, through follow_ups_open_placed (migration 80): exactly those
 * rows, where a range of follow_ups_due read every follow-up due in those months, done or not, to keep a fifth.
 */
const OPEN_FOLLOW_UPS_BETWEEN = `FROM follow_ups f INDEXED BY follow_ups_open_placed
  WHERE f.deleted_at IS NULL AND f.status IN ('open', 'in_progress') AND f.due IS NOT NULL
    AND ${placedDay('f.due')} BETWEEN @from AND @to`;

/** The follow-ups due in @from..@to, or on those of its `days` only. */
export function followUpsDueNear(db: Store, from: string, to: string, days?: readonly string[]): DatedRow[] {
  const ofDays = days ? `AND ${placedDay('f.due')} IN (SELECT value FROM json_each(@days))` : '';
  return db
    .prepare<Record<string, string>, DatedRow>(
      `SELECT f.id, f.text AS title, f.due AS date, f.id AS open_id,
              (SELECT o.id || ':' || o.country FROM organizations o WHERE o.id = f.organization_id) AS organizations
         ${OPEN_FOLLOW_UPS_BETWEEN} ${ofDays}`,
    )
    .all(days ? { from, to, days: JSON.stringify(days) } : { from, to });
}

/** How many open follow-ups stand on each day of @from..@to, counted in the index alone. */
export function followUpsPerDay(db: Store, from: string, to: string): { day: string; count: number }[] {
  return db
    .prepare<{ from: string; to: string }, { day: string; count: number }>(
      `SELECT ${placedDay('f.due')} AS day, count(*) AS count ${OPEN_FOLLOW_UPS_BETWEEN} GROUP BY day`,
    )
    .all({ from, to });
}

/**
 * An agreement's parties as "id:CC,…", for a filter by organisation or country. Left out (NULL) when nothing is
 * filtered: building it for every agreement read was a third of the anniversaries' time.
 */
const AGREEMENT_PARTIES = `(SELECT group_concat(o.id || ':' || o.country) FROM agreement_parties ap
                              JOIN organizations o ON o.id = ap.organization_id
                             WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL)`;

/** Two narrow ranges of agreements_expires: expiries from @from's month on, and expiries of whole years. */
export function agreementsExpiringNear(db: Store, from: string, to: string, withParties: boolean): DatedRow[] {
  const parties = withParties ? AGREEMENT_PARTIES : 'NULL';
  return db
    .prepare<{ from: string; to: string }, DatedRow>(
      `SELECT a.id, a.title, a.expires_on AS date, a.id AS open_id, ${parties} AS organizations
         FROM agreements a
        WHERE a.deleted_at IS NULL AND a.status NOT IN ('proposed', 'negotiating', 'terminated')
          AND a.expires_on IS NOT NULL AND a.expires_on <= @to AND a.expires_on >= substr(@from, 1, 7)
          AND length(a.expires_on) > 4
       UNION ALL
       SELECT a.id, a.title, a.expires_on AS date, a.id AS open_id, ${parties} AS organizations
         FROM agreements a
        WHERE a.deleted_at IS NULL AND a.status NOT IN ('proposed', 'negotiating', 'terminated')
          AND a.expires_on >= substr(@from, 1, 4) AND a.expires_on <= substr(@to, 1, 4) AND length(a.expires_on) = 4`,
    )
    .all({ from, to });
}

/**
 * Rows of `table` (aliased x) whose origin date `column` may have a round anniversary in one of @segments
 * (db/queries/round-years.ts), as rowids: a join on the segments finds each year's origins through the index on
 * those expressions and the date, where there is one (migration 100), and IN keeps each row once.
 */
const ROUND_YEAR_ROWS = (table: string, column: string, index: string) =>
  `SELECT x.rowid FROM json_each(@segments) s JOIN ${table} x ${index}
      ON ${cycleOf(column)} = s.value ->> '$[0]' AND ${dayKeyOf(column)} BETWEEN s.value ->> '$[1]' AND s.value ->> '$[2]'
     AND ${column} < s.value ->> '$[3]'`;

/** Every origin of an anniversary with a round year between `from` and `to`: relationships (since) and signed agreements (signing). */
export function anniversaryOrigins(
  db: Store,
  from: string,
  to: string,
  organizationId: string | null = null,
  withParties = true,
): { relationships: DatedRow[]; agreements: DatedRow[] } {
  // One organisation's origins (the briefing sheet, a filtered calendar) through agreement_parties_organization
  // and the relationship indexes; the service still checks each row.
  const ofRelationship = organizationId ? 'AND @organization IN (r.home_org_id, r.partner_org_id)' : '';
  const ofAgreement = organizationId
    ? `AND a.id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = @organization AND deleted_at IS NULL)`
    : '';
  const segments = JSON.stringify(roundYearSegments(from, to));
  const parameters: Record<string, string> = organizationId ? { segments, organization: organizationId } : { segments };
  return {
    relationships: db
      .prepare<Record<string, string>, DatedRow>(
        `SELECT r.id, home.name || ' – ' || partner.name AS title, r.established_on AS date, partner.id AS open_id,
                home.id || ':' || home.country || ',' || partner.id || ':' || partner.country AS organizations
           FROM relationships r
           JOIN organizations home ON home.id = r.home_org_id
           JOIN organizations partner ON partner.id = r.partner_org_id
          WHERE r.deleted_at IS NULL AND r.established_on IS NOT NULL
            AND r.rowid IN (${ROUND_YEAR_ROWS('relationships', 'x.established_on', '')}) ${ofRelationship}`,
      )
      .all(parameters),
    agreements: db
      .prepare<Record<string, string>, DatedRow>(
        `SELECT a.id, a.title, a.signed_on AS date, a.id AS open_id, ${withParties ? AGREEMENT_PARTIES : 'NULL'} AS organizations
           FROM agreements a
          WHERE a.rowid IN (${ROUND_YEAR_ROWS('agreements', 'x.signed_on', 'INDEXED BY agreements_round_years')}
                             WHERE x.deleted_at IS NULL AND x.signed_on IS NOT NULL
                               AND x.status IN ('signed', 'in_force', 'expired'))
            ${ofAgreement}`,
      )
      .all(parameters),
  };
}
