import type { Agreement } from './agreement.js';
import type { CalendarItem } from './calendar-items.js';
import type { DelegationSummary } from './delegation.js';
import type { FollowUp } from './follow-up.js';
import type { Gift } from './gift.js';

/** The home screen: what needs attention, each list possibly empty. */
export interface HomeSummary {
  today: string;
  visits: DelegationSummary[];
  /** The most overdue first, at most a page of them (main/services/home.ts)… */
  followUps: FollowUp[];
  /** …and how many more are overdue or due soon. */
  followUpsMore: number;
  /** Overdue or due soon, the earliest deadline first, at most a page… */
  giftReports: Gift[];
  /** …and how many more. */
  giftReportsMore: number;
  /** The soonest first, at most a page… */
  expiring: Agreement[];
  /** …and how many more. */
  expiringMore: number;
  /** The soonest first, at most a page… */
  anniversaries: CalendarItem[];
  /** …and how many more. */
  anniversariesMore: number;
  /** The store holds no organisation yet: a new install, offered the sample data. */
  noOrganizations: boolean;
}
