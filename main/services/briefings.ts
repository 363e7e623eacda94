import { addMonths, format } from 'date-fns';
import { EARLIER_VISITS_SHOWN, type Briefing } from '../../shared/domain/briefing.js';
import type { Gift } from '../../shared/domain/gift.js';
import type { Person } from '../../shared/domain/person.js';
import { fold } from '../../shared/text/fold.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { findBriefingNotes, findDelegation, listDelegationsOfOrganization } from '../../db/queries/delegations.js';
import { listFollowUps } from '../../db/queries/follow-ups.js';
import { findEarlierGiftsOfItem, listGifts, type StoredGift } from '../../db/queries/gifts.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { findPerson } from '../../db/queries/people.js';
import { listRelationshipsOf } from '../../db/queries/relationships.js';
import { listAgreements } from '../../db/queries/agreements.js';
import { saveBriefingNotes } from '../../db/mutations/delegations.js';
import type { Store } from '../../db/connection.js';
import { isExpired } from './agreements.js';
import { calendarItems } from './calendar-items.js';
import { mustExist } from './errors.js';
import { withClock } from './gift-clock.js';
import type { Handlers } from './handler.js';
import { isMeetingHeld } from './meetings.js';

/**
 * The gifts planned for this visit (direction given, linked to it) that repeat an item already given to
 * the same recipient organisation (the partner when none is named), with the earlier gifts — the same
 * folded-item match as the warning on the gift form (gifts.repeats).
 */
function plannedGiftRepeats(db: Store, delegationId: string, partnerId: string, clock: (gift: StoredGift) => Gift) {
  const planned = listGifts(db, {
    delegationId,
    query: '',
    direction: 'given',
    organizationId: null,
    personId: null,
    country: null,
    from: null,
    to: null,
  });
  return planned
    .map((gift) => ({
      gift: clock(gift),
      earlier: findEarlierGiftsOfItem(db, gift.recipientOrgId ?? partnerId, fold(gift.item), gift.id)
        // Another gift of the same visit is not "given before".
        .filter((earlier) => earlier.delegationId !== delegationId)
        .map(clock),
    }))
    .filter((repeat) => repeat.earlier.length > 0);
}

/** Everything the sheet of one visit shows: its people, the partner's history, ties, open business, gifts. */
export function briefingFor(db: Store, id: string, now: Date): Briefing {
  const delegation = mustExist(findDelegation(db, id), 'delegation', id);
  const partnerId = delegation.direction === 'incoming' ? delegation.visitingOrgId : delegation.hostOrgId;
  const partner = mustExist(findOrganization(db, partnerId), 'organisation', partnerId);
  const today = format(now, 'yyyy-MM-dd');
  const held = listDelegationsOfOrganization(db, partnerId).filter(
    (visit) => visit.id !== id && isMeetingHeld(visit, now),
  );
  const earlier = held.slice(1);
  const adjustments = calendarAdjustments(db);
  const notes = findBriefingNotes(db, id)!;
  return {
    delegation,
    partner,
    people: delegation.participants
      .map((participant) => findPerson(db, participant.personId))
      .filter((person): person is Person => person !== undefined),
    relationships: listRelationshipsOf(db, partnerId),
    lastMeeting: held[0] ?? null,
    earlierVisits: earlier.slice(0, EARLIER_VISITS_SHOWN),
    moreEarlierVisits: Math.max(0, earlier.length - EARLIER_VISITS_SHOWN),
    agreements: listAgreements(db, { query: '', organizationId: partnerId })
      .map((agreement) => ({ ...agreement, expired: isExpired(agreement, today) }))
      .filter((agreement) => (agreement.status === 'signed' || agreement.status === 'in_force') && !agreement.expired),
    followUps: listFollowUps(db, {
      query: '',
      owner: '',
      includeClosed: false,
      organizationId: partnerId,
      sourceId: null,
    }).map((followUp) => ({
      ...followUp,
      overdue: followUp.due !== null && followUp.due < today.slice(0, followUp.due.length),
    })),
    anniversaries: calendarItems(db, {
      from: today,
      to: format(addMonths(now, 12), 'yyyy-MM-dd'),
      kinds: ['anniversary'],
      direction: null,
      country: null,
      organizationId: partnerId,
    }),
    gifts: listGifts(db, {
      delegationId: null,
      query: '',
      direction: null,
      organizationId: partnerId,
      personId: null,
      country: null,
      from: null,
      to: null,
    }).map((gift) => withClock(gift, adjustments, now)),
    plannedGiftRepeats: plannedGiftRepeats(db, id, partnerId, (gift) => withClock(gift, adjustments, now)),
    ...notes,
  };
}

export const briefingHandlers = {
  'briefings.forDelegation': (ctx, { id }) => briefingFor(ctx.db, id, new Date()),

  'briefings.saveNotes': (ctx, { id, ...after }) =>
    ctx.write((change) => {
      const before = mustExist(findBriefingNotes(ctx.db, id), 'delegation', id);
      saveBriefingNotes(ctx.db, change, id, before, after);
      return { id };
    }),
} satisfies Partial<Handlers>;
