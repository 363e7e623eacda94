import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDateRange } from '../format/date.js';
import { foldedFilter } from './folded-filter.js';

/** Pick a delegation by typing any part of its organisations' names. */
export function DelegationSelect(props: Omit<SelectProps, 'data' | 'filter' | 'searchable'>) {
  const { t, i18n } = useTranslation();
  const delegations = useApiQuery('delegations.list', {});
  const data = (delegations.data ?? []).map((delegation) => ({
    value: delegation.id,
    label: `${delegation.visitingOrgName} → ${delegation.hostOrgName} (${formatDateRange(delegation.startDate, delegation.endDate, i18n.language)})`,
  }));
  return (
    <Select
      searchable
      clearable
      filter={foldedFilter}
      nothingFoundMessage={t('common.nothingFound')}
      data={data}
      {...props}
    />
  );
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
