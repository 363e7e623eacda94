import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../shared/domain/calendar-items.js';

/** A calendar item's line in the user's language: what it is, then what it concerns. */
export function useItemTitle(): (item: CalendarItem) => string {
  const { t } = useTranslation();
  return (item) => {
    switch (item.kind) {
      case 'delegation':
        return `${t(`delegations.directions.${item.direction ?? 'incoming'}`)}: ${item.title}`;
      case 'engagement':
        return `${item.engagementKind ? t(`engagements.kinds.${item.engagementKind}`) : ''}: ${item.title}`;
      case 'follow_up':
        return `${t('calendar.items.due')}: ${item.title}`;
      case 'agreement_expiry':
        return `${t('calendar.items.expires')}: ${item.title}`;
      case 'anniversary':
        return `${t('calendar.items.anniversary', { years: item.years })}: ${item.title}`;
    }
  };
}
