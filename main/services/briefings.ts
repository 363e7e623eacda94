import { addMonths, format } from 'date-fns';
import { EARLIER_VISITS_SHOWN, GIFTS_SHOWN, type Briefing, type BriefingSource } from '../../shared/domain/briefing.js';
import type { Gift } from '../../shared/domain/gift.js';
import type { Person } from '../../shared/domain/person.js';
import { fold } from '../../shared/text/fold.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { findBriefingNotes, findDelegation, listDelegationsOfOrganization } from '../../db/queries/delegations.js';
import { listFollowUps } from '../../db/queries/follow-ups.js';
import { findEarlierGiftsOfItem, listGifts, newestGiftsOf, type StoredGift } from '../../db/queries/gifts.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { findPerson } from '../../db/queries/people.js';
import { listRelationshipsOf } from '../../db/queries/relationships.js';
import { listAgreements } from '../../db/queries/agreements.js';
import { saveBriefingNotes } from '../../db/mutations/delegations.js';
import type { Store } from '../../db/connection.js';
import { provenanceOfRecords } from '../../db/queries/articles.js';
import type { ProvenanceEntity } from '../../shared/domain/article.js';
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
/** Each article at least one of these records came from, with the kinds of record it gave, oldest first. */
function articlesBehind(db: Store, records: { entity: ProvenanceEntity; id: string }[]): BriefingSource[] {
  const byArticle = new Map<string, BriefingSource>();
  for (const link of provenanceOfRecords(db, records)) {
    const source = byArticle.get(link.articleId) ?? {
      articleId: link.articleId,
      title: link.articleTitle,
      publishedOn: link.articlePublishedOn,
      entities: [],
    };
    if (!source.entities.includes(link.entity)) source.entities.push(link.entity);
    byArticle.set(link.articleId, source);
  }
  return [...byArticle.values()];
}

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
  const agreements = listAgreements(db, { query: '', organizationId: partnerId })
    .map((agreement) => ({ ...agreement, expired: isExpired(agreement, today) }))
    .filter((agreement) => (agreement.status === 'signed' || agreement.status === 'in_force') && !agreement.expired);
  const followUps = listFollowUps(db, {
    query: '',
    owner: '',
    includeClosed: false,
    organizationId: partnerId,
    sourceId: null,
  }).map((followUp) => ({
    ...followUp,
    overdue: followUp.due !== null && followUp.due < today.slice(0, followUp.due.length),
  }));
  const exchanged = newestGiftsOf(db, partnerId, GIFTS_SHOWN);
  const gifts = exchanged.gifts.map((gift) => withClock(gift, adjustments, now));
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
    agreements,
    followUps,
    anniversaries: calendarItems(db, {
      from: today,
      to: format(addMonths(now, 12), 'yyyy-MM-dd'),
      kinds: ['anniversary'],
      direction: null,
      country: null,
      organizationId: partnerId,
    }),
    gifts,
    moreGifts: exchanged.total - gifts.length,
    plannedGiftRepeats: plannedGiftRepeats(db, id, partnerId, (gift) => withClock(gift, adjustments, now)),
    // The articles behind what the sheet says: the visit, the partner, and the records it lists.
    sources: articlesBehind(db, [
      { entity: 'delegation', id },
      { entity: 'organization', id: partnerId },
      ...agreements.map((agreement) => ({ entity: 'agreement' as const, id: agreement.id })),
      ...followUps.map((followUp) => ({ entity: 'follow_up' as const, id: followUp.id })),
      ...gifts.map((gift) => ({ entity: 'gift' as const, id: gift.id })),
    ]),
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
