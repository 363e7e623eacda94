import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDateRange } from '../format/date.js';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { SHOWN_OPTIONS, useStoreSearch, type RecordSelectProps } from './RecordSelect.js';

/** A visit as an option: "Visiting → Host (dates)". */
function useVisitOption() {
  const { i18n } = useTranslation();
  return (visit: Pick<DelegationSummary, 'id' | 'visitingOrgName' | 'hostOrgName' | 'startDate' | 'endDate'>) => ({
    value: visit.id,
    label: `${visit.visitingOrgName} → ${visit.hostOrgName} (${formatDateRange(visit.startDate, visit.endDate, i18n.language)})`,
  });
}

/**
 * Pick a delegation by typing its organisations' names (or its place, purpose, people), newest first: the store
 * searches as one types (useStoreSearch). Fetching all visits when opened took 13 s at a ministry's 50,000.
 */
export function DelegationSelect(props: RecordSelectProps) {
  const visitOption = useVisitOption();
  const value = props.value ?? props.defaultValue ?? null;
  const chosen = useApiQuery('delegations.get', { id: value ?? '' }, { enabled: value !== null });
  const search = useStoreSearch(props, chosen.data && visitOption(chosen.data));
  const found = useApiQuery(
    'delegations.page',
    { query: search.query, offset: 0, limit: SHOWN_OPTIONS },
    { enabled: search.opened },
  );
  return <Select clearable {...props} {...search.selectProps(found, visitOption)} />;
}

/** Pick one of a delegation's participants: "name — title at that visit". */
export function ParticipantSelect({
  delegationId,
  ...props
}: Omit<SelectProps, 'data'> & { delegationId: string | null }) {
  const delegation = useApiQuery('delegations.get', { id: delegationId ?? '' }, { enabled: delegationId !== null });
  const data = (delegationId ? (delegation.data?.participants ?? []) : []).map((participant) => ({
    value: participant.id,
    label: participant.title ? `${participant.fullName} — ${participant.title}` : participant.fullName,
  }));
  return <Select clearable disabled={!delegationId} data={data} {...props} />;
}
