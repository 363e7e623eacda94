import { anniversariesBetween } from '../../shared/calendar/anniversaries.js';
import { calendarOrder } from '../../shared/calendar/order.js';
import { placeOnCalendar, precisionOf } from '../../shared/calendar/placement.js';
import type { CalendarItem, CalendarRange } from '../../shared/domain/calendar-items.js';
import type { EngagementKind } from '../../shared/domain/delegation.js';
import type { Store } from '../../db/connection.js';
import {
  agreementsExpiringNear,
  anniversaryOrigins,
  engagementSlotsBetween,
  engagementsOfSlots,
  followUpsDueNear,
  visitsNear,
  type CalendarEngagementRow,
  type DatedRow,
  type VisitSides,
} from '../../db/queries/calendar-items.js';

/** Does a row's "id:CC,id:CC" list pass the organisation and country filters? */
function concerns(organizations: string | null, range: CalendarRange): boolean {
  if (!range.organizationId && !range.country) return true;
  const pairs = (organizations ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':'));
  return pairs.some(
    ([id, country]) =>
      (!range.organizationId || id === range.organizationId) && (!range.country || country === range.country),
  );
}

/** The partner of a visit: the visiting side of an incoming one, the host of an outgoing one. */
function visitConcerns(visit: VisitSides, range: CalendarRange): boolean {
  if (range.direction && visit.direction !== range.direction) return false;
  const partnerCountry = visit.direction === 'incoming' ? visit.visiting_country : visit.host_country;
  if (range.country && partnerCountry !== range.country) return false;
  return (
    !range.organizationId ||
    range.organizationId === visit.visiting_org_id ||
    range.organizationId === visit.host_org_id
  );
}

export function dated(row: DatedRow, kind: CalendarItem['kind'], entity: CalendarItem['entity']): CalendarItem {
  return {
    key: `${kind}:${row.id}`,
    kind,
    title: row.title,
    start: placeOnCalendar(row.date),
    end: null,
    precision: precisionOf(row.date),
    direction: null,
    entity,
    entityId: row.id,
    openId: row.open_id,
    years: null,
    engagementKind: null,
    endBeforeStart: false,
  };
}

/** A programme item on the calendar, titled by its visit's two sides. */
export function engagementItem({ slot, visit }: CalendarEngagementRow): CalendarItem {
  return {
    key: `engagement:${slot.id}`,
    kind: 'engagement',
    title: `${visit.visiting_name} → ${visit.host_name}`,
    start: slot.starts_at,
    end: null,
    precision: 'day',
    direction: visit.direction,
    entity: 'delegation',
    entityId: slot.delegation_id,
    openId: slot.delegation_id,
    years: null,
    // The column only ever receives kinds checked by the delegation schema.
    engagementKind: slot.kind as EngagementKind,
    endBeforeStart: false,
  };
}

/**
 * Everything on the calendar between two days: visits (multi-day), programme items at their times,
 * follow-up due dates, agreement expiries, and round anniversaries of ties and signings — computed,
 * not stored. Partial dates stand on the last day of their period; a visit recorded with its end
 * before its start (old data) is shown on its start day alone.
 */
export function calendarItems(db: Store, range: CalendarRange): CalendarItem[] {
  return calendarItemsInAnyOrder(db, range).sort(calendarOrder);
}

/** The same items unsorted, for the month grid, which counts and groups them by day and needs no order. */
export function calendarItemsInAnyOrder(db: Store, range: CalendarRange): CalendarItem[] {
  const wanted = new Set(range.kinds);
  const items: CalendarItem[] = [];
  const inRange = (start: string, end: string | null) => start <= range.to && (end ?? start) >= range.from;

  if (wanted.has('delegation')) {
    for (const visit of visitsNear(db, range.from, range.to)) {
      const start = placeOnCalendar(visit.start_date);
      const placedEnd = visit.end_date ? placeOnCalendar(visit.end_date) : null;
      const end = placedEnd && placedEnd > start ? placedEnd : null;
      if (!inRange(start, end) || !visitConcerns(visit, range)) continue;
      items.push({
        key: `delegation:${visit.id}`,
        kind: 'delegation',
        title: `${visit.visiting_name} → ${visit.host_name}`,
        start,
        end,
        precision: precisionOf(visit.start_date),
        direction: visit.direction,
        entity: 'delegation',
        entityId: visit.id,
        openId: visit.id,
        years: null,
        engagementKind: null,
        endBeforeStart: placedEnd !== null && placedEnd < start,
      });
    }
  }
  if (wanted.has('engagement')) {
    const slots = engagementSlotsBetween(db, range.from, range.to);
    for (const engagement of engagementsOfSlots(db, slots))
      if (visitConcerns(engagement.visit, range)) items.push(engagementItem(engagement));
  }
  // Follow-ups, expiries and anniversaries have no direction: a direction filter leaves visits only.
  const undirected = range.direction === null;
  // Whom an agreement concerns is read only when that filters it.
  const byOrganization = range.organizationId !== null || range.country !== null;
  if (wanted.has('follow_up') && undirected) {
    for (const row of followUpsDueNear(db, range.from, range.to)) {
      const item = dated(row, 'follow_up', 'follow_up');
      if (inRange(item.start, null) && concerns(row.organizations, range)) items.push(item);
    }
  }
  if (wanted.has('agreement_expiry') && undirected) {
    for (const row of agreementsExpiringNear(db, range.from, range.to, byOrganization)) {
      const item = dated(row, 'agreement_expiry', 'agreement');
      if (inRange(item.start, null) && concerns(row.organizations, range)) items.push(item);
    }
  }
  if (wanted.has('anniversary') && undirected) {
    const origins = anniversaryOrigins(db, range.from, range.to, range.organizationId ?? null, byOrganization);
    const sources = [
      ...origins.relationships.map((row) => ({ row, entity: 'relationship' as const })),
      ...origins.agreements.map((row) => ({ row, entity: 'agreement' as const })),
    ];
    for (const { row, entity } of sources) {
      if (!concerns(row.organizations, range)) continue;
      for (const anniversary of anniversariesBetween(row.date, range.from, range.to)) {
        items.push({
          ...dated(row, 'anniversary', entity),
          key: `anniversary:${row.id}:${anniversary.years}`,
          start: anniversary.date,
          years: anniversary.years,
        });
      }
    }
  }
  return items;
}
