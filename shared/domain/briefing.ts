import { z } from 'zod';
import type { ProvenanceEntity } from './article.js';
import type { Agreement } from './agreement.js';
import type { CalendarItem } from './calendar-items.js';
import type { Delegation, DelegationSummary } from './delegation.js';
import { NOTES_MAX, optionalNotes, recordId } from './fields.js';
import type { FollowUp } from './follow-up.js';
import type { Gift } from './gift.js';
import type { Organization } from './organization.js';
import type { Person } from './person.js';
import type { Relationship } from './relationship.js';

/** Earlier visits listed on a sheet before "and N earlier". */
export const EARLIER_VISITS_SHOWN = 5;

/**
 * Gifts exchanged with the partner listed on a sheet, the newest first, before "and N earlier gifts": after twenty
 * years a partner has hundreds, pages nobody reads before a meeting; the gift register has them all.
 */
export const GIFTS_SHOWN = 20;

/** Everything a briefing sheet for one visit shows, gathered in one call. */
export interface BriefingSource {
  articleId: string;
  title: string;
  publishedOn: string | null;
  /** Which kinds of record on the sheet came from it. */
  entities: ProvenanceEntity[];
}

export interface Briefing {
  delegation: Delegation;
  /** The partner: the visiting side of an incoming visit, the host of an outgoing one. */
  partner: Organization;
  /** People of the delegation with their form of address and protocol notes. */
  people: Person[];
  relationships: Relationship[];
  lastMeeting: DelegationSummary | null;
  earlierVisits: DelegationSummary[];
  moreEarlierVisits: number;
  agreements: Agreement[];
  followUps: FollowUp[];
  anniversaries: CalendarItem[];
  gifts: Gift[];
  moreGifts: number;
  /**
   * Gifts we plan to give on this visit (given, linked to it) whose item was already given to the same
   * partner: each with those earlier gifts, newest first. The sheet warns about each.
   */
  plannedGiftRepeats: { gift: Gift; earlier: Gift[] }[];
  /** Articles the visit, the partner or a listed record was taken from. */
  sources: BriefingSource[];
  talkingPoints: string;
  topicsToAvoid: string;
}

export const briefingNotesInput = z.strictObject({
  id: recordId,
  talkingPoints: optionalNotes(NOTES_MAX),
  topicsToAvoid: optionalNotes(NOTES_MAX),
});
