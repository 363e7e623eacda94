import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DelegationDirection } from '../../../shared/domain/delegation.js';

/** Đoàn vào / đoàn ra, in two colours that pass contrast with white text. */
export function DirectionBadge({ direction }: { direction: DelegationDirection }) {
  const { t } = useTranslation();
  return (
    <Badge color={direction === 'incoming' ? 'teal.9' : 'grape.9'}>{t(`delegations.directions.${direction}`)}</Badge>
  );
}
