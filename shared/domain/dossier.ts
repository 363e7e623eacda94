import type { DelegationDirection, DelegationSummary, ParticipantRole, ParticipantSide } from './delegation.js';
import type { Organization } from './organization.js';
import type { Person } from './person.js';
import type { Relationship } from './relationship.js';

/** An organisation's page: its ties with our side and every visit both ways, newest first. */
export interface OrganizationDossier {
  organization: Organization;
  relationships: Relationship[];
  visits: DelegationSummary[];
  /** The most recent visit that has taken place (not planned, not cancelled), if any. */
  lastMeeting: DelegationSummary | null;
}

/** A person in one delegation, with the title they held then. */
export interface Appearance {
  participantId: string;
  delegationId: string;
  direction: DelegationDirection;
  startDate: string;
  endDate: string | null;
  visitingOrgName: string;
  hostOrgName: string;
  side: ParticipantSide;
  role: ParticipantRole;
  title: string;
  organizationName: string | null;
}

/** A person's page: who they are and every appearance, newest first. */
export interface PersonPage {
  person: Person;
  appearances: Appearance[];
}
