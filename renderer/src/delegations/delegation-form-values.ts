import type {
  Delegation,
  DelegationDirection,
  DelegationStatus,
  EngagementKind,
  ParticipantRole,
  ParticipantSide,
} from '../../../shared/domain/delegation.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';

/** A row of the people editor; `key` keeps React rows stable while rows move. */
export interface ParticipantValues {
  key: string;
  personId: string | null;
  side: ParticipantSide;
  role: ParticipantRole;
  title: string;
  organizationId: string | null;
}

export interface EngagementValues {
  key: string;
  id?: string;
  kind: EngagementKind | null;
  /** As typed: "14/10/2025". */
  date: string;
  /** "09:30" or empty. */
  time: string;
  place: string;
  summary: string;
  outcome: string;
  personIds: string[];
}

/** The form holds what the user typed (dates as "dd/mm/yyyy"); `toDelegationInput` turns it into API input. */
export interface DelegationFormValues {
  direction: DelegationDirection;
  visitingOrgId: string | null;
  hostOrgId: string | null;
  startDate: string;
  endDate: string;
  place: string;
  status: DelegationStatus;
  purpose: string;
  notes: string;
  participants: ParticipantValues[];
  engagements: EngagementValues[];
}

let nextKey = 0;
export const rowKey = () => `row-${(nextKey += 1)}`;

export function emptyParticipant(side: ParticipantSide, organizationId: string | null): ParticipantValues {
  return { key: rowKey(), personId: null, side, role: side === 'guest' ? 'member' : 'host', title: '', organizationId };
}

export function emptyEngagement(date: string): EngagementValues {
  return { key: rowKey(), kind: null, date, time: '', place: '', summary: '', outcome: '', personIds: [] };
}

export function formValuesOf(delegation: Delegation | undefined): DelegationFormValues {
  if (!delegation) {
    return {
      direction: 'incoming',
      visitingOrgId: null,
      hostOrgId: null,
      startDate: '',
      endDate: '',
      place: '',
      status: 'planned',
      purpose: '',
      notes: '',
      participants: [],
      engagements: [],
    };
  }
  return {
    direction: delegation.direction,
    visitingOrgId: delegation.visitingOrgId,
    hostOrgId: delegation.hostOrgId,
    startDate: isoToDateInput(delegation.startDate),
    endDate: isoToDateInput(delegation.endDate),
    place: delegation.place,
    status: delegation.status,
    purpose: delegation.purpose,
    notes: delegation.notes,
    participants: delegation.participants.map((participant) => ({
      key: rowKey(),
      personId: participant.personId,
      side: participant.side,
      role: participant.role,
      title: participant.title,
      organizationId: participant.organizationId,
    })),
    engagements: delegation.engagements.map((engagement) => {
      const [day, time] = engagement.startsAt.split('T');
      return {
        key: rowKey(),
        id: engagement.id,
        kind: engagement.kind,
        date: isoToDateInput(day!),
        time: time ?? '',
        place: engagement.place,
        summary: engagement.summary,
        outcome: engagement.outcome,
        personIds: engagement.personIds,
      };
    }),
  };
}

/** API input from the form; empty choices become absent, so the schema names them as required. */
export function toDelegationInput(values: DelegationFormValues): Record<string, unknown> {
  return {
    ...values,
    visitingOrgId: values.visitingOrgId ?? undefined,
    hostOrgId: values.hostOrgId ?? undefined,
    startDate: dateInputToIso(values.startDate),
    endDate: values.endDate.trim() ? dateInputToIso(values.endDate) : null,
    participants: values.participants.map(({ key, personId, ...participant }) => ({
      ...participant,
      personId: personId ?? undefined,
    })),
    engagements: values.engagements.map(({ key, date, time, kind, ...engagement }) => ({
      ...engagement,
      kind: kind ?? undefined,
      startsAt: `${dateInputToIso(date)}${time.trim() ? `T${time.trim()}` : ''}`,
    })),
  };
}

/** Schema paths → form paths: a programme item's "startsAt" is typed in its "date" field. */
export function formPath(path: string): string {
  return path.replace(/^engagements\.(\d+)\.startsAt$/, 'engagements.$1.date');
}
