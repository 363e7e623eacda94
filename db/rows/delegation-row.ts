import type {
  Delegation,
  DelegationDirection,
  DelegationStatus,
  DelegationSummary,
  Engagement,
  EngagementKind,
  Participant,
  ParticipantRole,
  ParticipantSide,
} from '../../shared/domain/delegation.js';

// Enum columns are guarded by CHECK constraints, so the casts below only restate them.

export interface DelegationRow {
  id: string;
  direction: string;
  visiting_org_id: string;
  host_org_id: string;
  purpose: string;
  start_date: string;
  end_date: string | null;
  place: string;
  status: string;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  visiting_org_name: string;
  host_org_name: string;
  partner_country: string;
  head_name: string | null;
  head_title: string | null;
}

export interface ParticipantRow {
  id: string;
  person_id: string;
  full_name: string;
  native_name: string;
  side: string;
  role: string;
  title: string;
  organization_id: string | null;
  precedence: number;
}

export interface EngagementRow {
  id: string;
  kind: string;
  starts_at: string;
  place: string;
  summary: string;
  outcome: string;
  person_ids: string;
}

export function toDelegationSummary(row: DelegationRow): DelegationSummary {
  return {
    id: row.id,
    direction: row.direction as DelegationDirection,
    status: row.status as DelegationStatus,
    startDate: row.start_date,
    endDate: row.end_date,
    place: row.place,
    purpose: row.purpose,
    visitingOrgId: row.visiting_org_id,
    visitingOrgName: row.visiting_org_name,
    hostOrgId: row.host_org_id,
    hostOrgName: row.host_org_name,
    partnerCountry: row.partner_country,
    headName: row.head_name,
    headTitle: row.head_title,
  };
}

export function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    personId: row.person_id,
    fullName: row.full_name,
    nativeName: row.native_name,
    side: row.side as ParticipantSide,
    role: row.role as ParticipantRole,
    title: row.title,
    organizationId: row.organization_id,
    precedence: row.precedence,
  };
}

export function toEngagement(row: EngagementRow): Engagement {
  return {
    id: row.id,
    kind: row.kind as EngagementKind,
    startsAt: row.starts_at,
    place: row.place,
    summary: row.summary,
    outcome: row.outcome,
    personIds: JSON.parse(row.person_ids) as string[],
  };
}

export function toDelegation(row: DelegationRow, participants: Participant[], engagements: Engagement[]): Delegation {
  return {
    id: row.id,
    direction: row.direction as DelegationDirection,
    visitingOrgId: row.visiting_org_id,
    hostOrgId: row.host_org_id,
    purpose: row.purpose,
    startDate: row.start_date,
    endDate: row.end_date,
    place: row.place,
    status: row.status as DelegationStatus,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    visitingOrgName: row.visiting_org_name,
    hostOrgName: row.host_org_name,
    participants,
    engagements,
  };
}
