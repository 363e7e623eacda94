import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDateRange } from '../format/date.js';
import { useOnDemand, type RecordSelectProps } from './RecordSelect.js';

/**
 * Pick a delegation by typing any part of its organisations' names. Like the organisation and person pickers, it
 * fetches the visits once opened or holding a value: the gift and agreement forms fetched all of them (50,000 at a
 * ministry's scale) before either form could be used.
 */
export function DelegationSelect(props: Omit<RecordSelectProps, 'excludeId'>) {
  const { i18n } = useTranslation();
  const { needed, selectProps } = useOnDemand(props);
  const delegations = useApiQuery('delegations.list', {}, { enabled: needed });
  const data = (delegations.data ?? []).map((delegation) => ({
    value: delegation.id,
    label: `${delegation.visitingOrgName} → ${delegation.hostOrgName} (${formatDateRange(delegation.startDate, delegation.endDate, i18n.language)})`,
  }));
  return <Select clearable data={data} {...props} {...selectProps(!delegations.data)} />;
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
