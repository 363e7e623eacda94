import type { Store } from '../connection.js';

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

export type CalendarEngagementRow = Omit<VisitRow, 'start_date' | 'end_date'> & {
  delegation_id: string;
  kind: string;
  starts_at: string;
};

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

const VISITS = `
  SELECT d.id, d.direction, d.start_date, d.end_date, v.name AS visiting_name, h.name AS host_name,
         d.visiting_org_id, d.host_org_id, v.country AS visiting_country, h.country AS host_country
    FROM delegations d
    JOIN organizations v ON v.id = d.visiting_org_id
    JOIN organizations h ON h.id = d.host_org_id
   WHERE d.deleted_at IS NULL AND d.start_date <= @to AND coalesce(d.end_date, d.start_date) >= substr(@from, 1, 4)
     AND d.id IN (${DELEGATIONS_OVERLAPPING})`;

export function visitsNear(db: Store, from: string, to: string): VisitRow[] {
  return db.prepare<{ from: string; to: string }, VisitRow>(VISITS).all({ from, to });
}

/** A programme item as its index holds it: enough to place and count it, not to title it. */
export type EngagementSlot = Pick<CalendarEngagementRow, 'id' | 'delegation_id' | 'kind' | 'starts_at'>;

/**
 * Programme items whose day is within @from..@to, of visits not deleted. Written as a range on starts_at
 * ("2025-10-14" or "2025-10-14T09:30"; '~' sorts after any time) so engagements_by_day (migration 90) answers it
 * alone; the visits (a few hundred for a month's thousand items) are then checked once each.
 */
export function engagementSlotsBetween(db: Store, from: string, to: string): EngagementSlot[] {
  const slots = db
    .prepare<{ from: string; to: string }, EngagementSlot>(
      `SELECT e.id, e.delegation_id, e.kind, e.starts_at FROM engagements e
        WHERE e.deleted_at IS NULL AND e.starts_at >= @from AND e.starts_at <= @to || '~'`,
    )
    .all({ from, to });
  const live = new Set(
    db
      .prepare<[string], { id: string }>(
        'SELECT id FROM delegations WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
      )
      .all(JSON.stringify([...new Set(slots.map((slot) => slot.delegation_id))]))
      .map((visit) => visit.id),
  );
  // Items of a deleted visit are left out, as the join to its row did.
  return slots.filter((slot) => live.has(slot.delegation_id));
}

/**
 * Programme items with their visit's direction and two sides, each visit read once: joined to every item, they
 * were most of the calendar's time at ministry scale (tests/bench/README.md).
 */
export function engagementsOfSlots(db: Store, slots: readonly EngagementSlot[]): CalendarEngagementRow[] {
  const visits = new Map(
    db
      .prepare<[string], Omit<VisitRow, 'start_date' | 'end_date'>>(
        `SELECT d.id, d.direction, v.name AS visiting_name, h.name AS host_name, d.visiting_org_id, d.host_org_id,
                v.country AS visiting_country, h.country AS host_country
           FROM delegations d
           JOIN organizations v ON v.id = d.visiting_org_id
           JOIN organizations h ON h.id = d.host_org_id
          WHERE d.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(slots.map((slot) => slot.delegation_id))]))
      .map((visit) => [visit.id, visit]),
  );
  return slots.map((slot) => ({ ...visits.get(slot.delegation_id)!, ...slot }));
}

export function followUpsDueNear(db: Store, from: string, to: string): DatedRow[] {
  return db
    .prepare<{ from: string; to: string }, DatedRow>(
      // Two narrow ranges of follow_ups_due instead of the whole year before @to: dues written to the day or the
      // month from @from's month on, and dues of a whole year (which stand on 31 December) in @from..@to's years.
      `SELECT f.id, f.text AS title, f.due AS date, f.id AS open_id,
              CASE WHEN o.id IS NULL THEN NULL ELSE o.id || ':' || o.country END AS organizations
         FROM follow_ups f LEFT JOIN organizations o ON o.id = f.organization_id
        WHERE f.deleted_at IS NULL AND f.status IN ('open', 'in_progress')
          AND f.due IS NOT NULL AND f.due <= @to AND f.due >= substr(@from, 1, 7) AND length(f.due) > 4
       UNION ALL
       SELECT f.id, f.text AS title, f.due AS date, f.id AS open_id,
              CASE WHEN o.id IS NULL THEN NULL ELSE o.id || ':' || o.country END AS organizations
         FROM follow_ups f LEFT JOIN organizations o ON o.id = f.organization_id
        WHERE f.deleted_at IS NULL AND f.status IN ('open', 'in_progress')
          AND f.due >= substr(@from, 1, 4) AND f.due <= substr(@to, 1, 4) AND length(f.due) = 4`,
    )
    .all({ from, to });
}

const AGREEMENT_PARTIES = `(SELECT group_concat(o.id || ':' || o.country) FROM agreement_parties ap
                              JOIN organizations o ON o.id = ap.organization_id
                             WHERE ap.agreement_id = a.id AND ap.deleted_at IS NULL)`;

/** Like followUpsDueNear, two narrow ranges of agreements_expires: expiries from @from's month on, and whole years. */
export function agreementsExpiringNear(db: Store, from: string, to: string): DatedRow[] {
  return db
    .prepare<{ from: string; to: string }, DatedRow>(
      `SELECT a.id, a.title, a.expires_on AS date, a.id AS open_id, ${AGREEMENT_PARTIES} AS organizations
         FROM agreements a
        WHERE a.deleted_at IS NULL AND a.status NOT IN ('proposed', 'negotiating', 'terminated')
          AND a.expires_on IS NOT NULL AND a.expires_on <= @to AND a.expires_on >= substr(@from, 1, 7)
          AND length(a.expires_on) > 4
       UNION ALL
       SELECT a.id, a.title, a.expires_on AS date, a.id AS open_id, ${AGREEMENT_PARTIES} AS organizations
         FROM agreements a
        WHERE a.deleted_at IS NULL AND a.status NOT IN ('proposed', 'negotiating', 'terminated')
          AND a.expires_on >= substr(@from, 1, 4) AND a.expires_on <= substr(@to, 1, 4) AND length(a.expires_on) = 4`,
    )
    .all({ from, to });
}

/**
 * Does an origin dated `column` have a round (every 5 years) anniversary between @from and @to, to the month? The
 * first round year from @from_year on is @from_year plus the years left to the next multiple of 5; a range of
 * under five years holds at most that one, so its month (December for a date of a whole year) must not fall
 * before @from's month in @from's year, nor after @to's month in @to's year. Read in SQL so that a calendar does
 * not fetch every signed agreement (10,000 at ministry scale) to keep a few: the home page's sixty days across the
 * new year built the parties of two fifths of them.
 */
const ROUND_YEAR_IN_RANGE = (column: string) => {
  const year = `(@from_year + ((5 - ((@from_year - CAST(substr(${column}, 1, 4) AS INTEGER)) % 5 + 5) % 5) % 5))`;
  const month = `CASE length(${column}) WHEN 4 THEN '12' ELSE substr(${column}, 6, 2) END`;
  return `${year} <= @to_year
  AND (@to_year - @from_year >= 5
       OR ((${year} > @from_year OR ${month} >= @from_month) AND (${year} < @to_year OR ${month} <= @to_month)))`;
};

/** Every origin of an anniversary with a round year between `from` and `to`: relationships (since) and signed agreements (signing). */
export function anniversaryOrigins(
  db: Store,
  from: string,
  to: string,
  organizationId: string | null = null,
): { relationships: DatedRow[]; agreements: DatedRow[] } {
  const years = { from_year: Number(from.slice(0, 4)), to_year: Number(to.slice(0, 4)) };
  // One organisation's origins (the briefing sheet, a filtered calendar) through agreement_parties_organization
  // and the relationship indexes; the service still checks each row. Without it a year's range built the parties
  // of thousands of agreements to keep a handful (45 ms of the briefing sheet at ministry scale).
  const ofRelationship = organizationId ? 'AND @organization IN (r.home_org_id, r.partner_org_id)' : '';
  const ofAgreement = organizationId
    ? `AND a.id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = @organization AND deleted_at IS NULL)`
    : '';
  const months = { from_month: from.slice(5, 7), to_month: to.slice(5, 7) };
  const parameters = organizationId ? { ...years, ...months, organization: organizationId } : { ...years, ...months };
  return {
    relationships: db
      .prepare<Record<string, string | number>, DatedRow>(
        `SELECT r.id, home.name || ' – ' || partner.name AS title, r.established_on AS date, partner.id AS open_id,
                home.id || ':' || home.country || ',' || partner.id || ':' || partner.country AS organizations
           FROM relationships r
           JOIN organizations home ON home.id = r.home_org_id
           JOIN organizations partner ON partner.id = r.partner_org_id
          WHERE r.deleted_at IS NULL AND r.established_on IS NOT NULL AND ${ROUND_YEAR_IN_RANGE('r.established_on')}
                ${ofRelationship}`,
      )
      .all(parameters),
    agreements: db
      .prepare<Record<string, string | number>, DatedRow>(
        `SELECT a.id, a.title, a.signed_on AS date, a.id AS open_id, ${AGREEMENT_PARTIES} AS organizations
           FROM agreements a
          WHERE a.deleted_at IS NULL AND a.signed_on IS NOT NULL AND a.status IN ('signed', 'in_force', 'expired')
            AND ${ROUND_YEAR_IN_RANGE('a.signed_on')} ${ofAgreement}`,
      )
      .all(parameters),
  };
}
