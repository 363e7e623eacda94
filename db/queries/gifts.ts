import type { Store } from '../connection.js';
import type { Gift, GiftCategory, GiftDirection, GiftDisposition } from '../../shared/domain/gift.js';
import { matchExpression } from './search.js';

export const GIFT_ENTITY = 'gift';

/** A gift as stored, with the names and titles (at that time) of giver and recipient; the clock is computed later. */
export type StoredGift = Omit<Gift, 'reportDueOn' | 'proceedsDueOn' | 'clock'>;

interface GiftRow {
  id: string;
  direction: string;
  delegation_id: string | null;
  date: string;
  giver_participant_id: string | null;
  giver_org_id: string | null;
  recipient_participant_id: string | null;
  recipient_org_id: string | null;
  item: string;
  category: string;
  quantity: number;
  estimated_value: number | null;
  currency: string;
  valuation_basis: string;
  circumstances: string;
  reported_on: string | null;
  disposition: string | null;
  disposition_decision: string;
  disposition_on: string | null;
  sold_on: string | null;
  proceeds_remitted_on: string | null;
  photo_attachment_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  giver_name: string | null;
  giver_title: string | null;
  giver_org_name: string | null;
  recipient_name: string | null;
  recipient_title: string | null;
  recipient_org_name: string | null;
}

const SELECT_GIFT = `
  SELECT g.*, gpe.full_name AS giver_name, gp.title AS giver_title, go.name AS giver_org_name,
         rpe.full_name AS recipient_name, rp.title AS recipient_title, ro.name AS recipient_org_name
    FROM gifts g
    LEFT JOIN participants gp ON gp.id = g.giver_participant_id
    LEFT JOIN people gpe ON gpe.id = gp.person_id
    LEFT JOIN organizations go ON go.id = g.giver_org_id
    LEFT JOIN participants rp ON rp.id = g.recipient_participant_id
    LEFT JOIN people rpe ON rpe.id = rp.person_id
    LEFT JOIN organizations ro ON ro.id = g.recipient_org_id`;

// Enum columns hold only schema-checked values.
function toGift(row: GiftRow): StoredGift {
  return {
    id: row.id,
    direction: row.direction as GiftDirection,
    delegationId: row.delegation_id,
    date: row.date,
    giverParticipantId: row.giver_participant_id,
    giverOrgId: row.giver_org_id,
    recipientParticipantId: row.recipient_participant_id,
    recipientOrgId: row.recipient_org_id,
    item: row.item,
    category: row.category as GiftCategory,
    quantity: row.quantity,
    estimatedValue: row.estimated_value,
    currency: row.currency,
    valuationBasis: row.valuation_basis,
    circumstances: row.circumstances,
    reportedOn: row.reported_on,
    disposition: row.disposition as GiftDisposition | null,
    dispositionDecision: row.disposition_decision,
    dispositionOn: row.disposition_on,
    soldOn: row.sold_on,
    proceedsRemittedOn: row.proceeds_remitted_on,
    photoAttachmentId: row.photo_attachment_id,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    giverName: row.giver_name,
    giverTitle: row.giver_title,
    giverOrgName: row.giver_org_name,
    recipientName: row.recipient_name,
    recipientTitle: row.recipient_title,
    recipientOrgName: row.recipient_org_name,
  };
}

export function findGift(db: Store, id: string): StoredGift | undefined {
  const row = db.prepare<[string], GiftRow>(`${SELECT_GIFT} WHERE g.id = ? AND g.deleted_at IS NULL`).get(id);
  return row && toGift(row);
}

/**
 * The newest gifts that concern an organisation (given or received by it or by someone from it, as the register's
 * organisation filter has it), at most `limit`, and how many there are: the ids come from indexes alone and only the
 * gifts shown are read with their names.
 */
export function newestGiftsOf(
  db: Store,
  organizationId: string,
  limit: number,
): { gifts: StoredGift[]; total: number } {
  const ofOrganization = `SELECT id FROM gifts WHERE deleted_at IS NULL AND id IN (${OF_ORGANIZATION})`;
  const total = db
    .prepare<{ organization: string }, { total: number }>(`SELECT count(*) AS total FROM (${ofOrganization})`)
    .get({ organization: organizationId })!.total;
  const gifts = db
    .prepare<{ organization: string; limit: number }, GiftRow>(
      `${SELECT_GIFT}
        WHERE g.id IN (${ofOrganization} ORDER BY date DESC, created_at DESC LIMIT @limit)
        ORDER BY g.date DESC, g.created_at DESC`,
    )
    .all({ organization: organizationId, limit })
    .map(toGift);
  return { gifts, total };
}

/** What a received gift's legal clock is computed from (main/services/gift-clock.ts). */
export type GiftDeadlineDates = Pick<
  StoredGift,
  'id' | 'direction' | 'date' | 'reportedOn' | 'soldOn' | 'proceedsRemittedOn'
>;

/**
 * Received gifts with a report or proceeds outstanding, only the dates their clock needs: at ministry scale
 * over a thousand, and building each whole gift (names, titles, organisations) for a home page that shows a
 * few cost more than the rest of opening the app. Written as gifts_awaiting's condition (migration 60), so it
 * is used.
 */
export function awaitingGiftDeadlines(db: Store): GiftDeadlineDates[] {
  return db
    .prepare<[], GiftDeadlineDates>(
      `SELECT g.id, g.direction, g.date, g.reported_on AS reportedOn, g.sold_on AS soldOn,
              g.proceeds_remitted_on AS proceedsRemittedOn
         FROM gifts g
        WHERE g.deleted_at IS NULL AND ${AWAITING}`,
    )
    .all();
}

/** These gifts, in the order of `ids` (those deleted meanwhile left out). */
export function findGifts(db: Store, ids: readonly string[]): StoredGift[] {
  const rows = db
    .prepare<[string], GiftRow>(
      `${SELECT_GIFT} WHERE g.id IN (SELECT value FROM json_each(?)) AND g.deleted_at IS NULL`,
    )
    .all(JSON.stringify(ids));
  const byId = new Map(rows.map((row) => [row.id, toGift(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Received gifts with a report or proceeds outstanding: written as gifts_awaiting's condition (migration 60), so it is used. */
const AWAITING = `g.direction = 'received'
  AND (g.reported_on IS NULL OR (g.sold_on IS NOT NULL AND g.proceeds_remitted_on IS NULL))`;

export interface GiftListFilter {
  delegationId: string | null;
  query: string;
  direction: string | null;
  organizationId: string | null;
  personId: string | null;
  country: string | null;
  from: string | null;
  to: string | null;
  /** Only received gifts whose report or proceeds are still outstanding. */
  awaitingReport?: boolean;
}

/**
 * Gifts that concern an organisation, found through indexes (the organisation columns, and the
 * participants from it, removed ones too, as the exact condition has it): that condition compares four
 * columns of joined rows, which made the briefing sheet read every gift (tests/bench/README.md).
 */
const OF_ORGANIZATION = `
  SELECT id FROM gifts WHERE giver_org_id = @organization AND deleted_at IS NULL
  UNION SELECT id FROM gifts WHERE recipient_org_id = @organization AND deleted_at IS NULL
  UNION SELECT g2.id FROM participants p JOIN gifts g2 ON g2.giver_participant_id = p.id WHERE p.organization_id = @organization
  UNION SELECT g2.id FROM participants p JOIN gifts g2 ON g2.recipient_participant_id = p.id WHERE p.organization_id = @organization`;

/** Newest first; created_at then id settle gifts of one day, so that pages never repeat or skip a gift. */
const NEWEST_FIRST = 'g.date DESC, g.created_at DESC, g.id DESC';

/**
 * Gifts given or received by this person, through any participant of theirs: also one removed from its visit since,
 * as the register still names them. participants_person holds only current participants, so the participants are
 * read in full once (a quarter of a second at 400,000), then each side's gifts by its index.
 */
const PERSON_PARTICIPANTS = 'SELECT id FROM participants WHERE person_id = @person';
const OF_PERSON = `
  SELECT id FROM gifts WHERE giver_participant_id IN (${PERSON_PARTICIPANTS})
  UNION SELECT id FROM gifts WHERE recipient_participant_id IN (${PERSON_PARTICIPANTS})`;

/**
 * The conditions of a gift list, shared by its rows, pages and count. They name only the gift (g), and only the
 * filters given: a count or a page's ids then reads the gifts table and its indexes alone (joined to its giver's and
 * recipient's participants and organisations for every filter, counting 100,000 gifts took most of a second). A
 * given visit is a plain condition so gifts_delegation is used ("@delegation IS NULL OR …" never uses an index: the
 * briefing sheet's planned-gift check read all 100,000 gifts).
 */
function giftConditions(filter: GiftListFilter): { sql: string; params: Record<string, string | null> } {
  const given = (value: string | null, condition: string) => (value !== null ? [condition] : []);
  const conditions = [
    'g.deleted_at IS NULL',
    ...given(filter.delegationId, 'g.delegation_id = @delegation'),
    ...given(filter.direction, 'g.direction = @direction'),
    ...given(filter.organizationId, `g.id IN (${OF_ORGANIZATION})`),
    ...(filter.awaitingReport ? [AWAITING] : []),
    ...given(filter.personId, `g.id IN (${OF_PERSON})`),
    ...given(
      filter.country,
      `(@country = (SELECT country FROM organizations WHERE id = g.giver_org_id)
        OR @country = (SELECT country FROM organizations WHERE id = g.recipient_org_id))`,
    ),
    ...given(filter.from, 'substr(g.date, 1, length(@from)) >= @from'),
    ...given(filter.to, 'substr(g.date, 1, length(@to)) <= @to'),
  ];
  const match = matchExpression(filter.query);
  if (match)
    conditions.push(`g.id IN (
      SELECT sd.entity_id FROM search_index JOIN search_documents sd ON sd.rowid = search_index.rowid
       WHERE search_index MATCH @match AND sd.entity = '${GIFT_ENTITY}')`);
  return {
    sql: `WHERE ${conditions.join(' AND ')}`,
    params: {
      delegation: filter.delegationId,
      direction: filter.direction,
      organization: filter.organizationId,
      person: filter.personId,
      country: filter.country,
      from: filter.from,
      to: filter.to,
      match,
    },
  };
}

/** The gift register: gifts matching every given filter, newest first. */
export function listGifts(db: Store, filter: GiftListFilter): StoredGift[] {
  const { sql, params } = giftConditions(filter);
  return db
    .prepare<Record<string, string | null>, GiftRow>(`${SELECT_GIFT} ${sql} ORDER BY ${NEWEST_FIRST}`)
    .all(params)
    .map(toGift);
}

/**
 * Rows offset..offset+limit of the gift register (newest first), and how many gifts match in all: the count and
 * the page's ids read no names, and only the gifts shown are read with theirs.
 */
export function pageGifts(
  db: Store,
  filter: GiftListFilter,
  offset: number,
  limit: number,
): { gifts: StoredGift[]; total: number } {
  const { sql, params } = giftConditions(filter);
  const total = db
    .prepare<Record<string, string | null>, { n: number }>(`SELECT count(*) AS n FROM gifts g ${sql}`)
    .get(params)!.n;
  const gifts = db
    .prepare<Record<string, string | number | null>, GiftRow>(
      `${SELECT_GIFT}
        WHERE g.id IN (SELECT g.id FROM gifts g ${sql} ORDER BY ${NEWEST_FIRST} LIMIT @limit OFFSET @offset)
        ORDER BY ${NEWEST_FIRST}`,
    )
    .all({ ...params, limit, offset })
    .map(toGift);
  return { gifts, total };
}

/** Earlier gifts of the same item (folded) to the same organisation: "do not give it twice". */
export function findEarlierGiftsOfItem(
  db: Store,
  recipientOrgId: string,
  itemKey: string,
  exceptId: string | null,
): StoredGift[] {
  return db
    .prepare<[string, string, string], GiftRow>(
      `${SELECT_GIFT}
        WHERE g.deleted_at IS NULL AND g.direction = 'given' AND g.recipient_org_id = ? AND g.item_key = ? AND g.id <> ?
        ORDER BY g.date DESC`,
    )
    .all(recipientOrgId, itemKey, exceptId ?? '')
    .map(toGift);
}
