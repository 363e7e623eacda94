import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../shared/domain/calendar-items.js';
import {
  DELEGATION_DIRECTIONS,
  ENGAGEMENT_KINDS,
  type DelegationDirection,
  type EngagementKind,
} from '../../../shared/domain/delegation.js';

/** A calendar item's line in the user's language: what it is, then what it concerns. */
export function useItemTitle(): (item: CalendarItem) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The fixed words made once per language: a month at ministry scale titles 500 to 1,500 items, and a translation
  // call for each was a tenth of the garbage left by opening the calendar.
  const words = useMemo(() => {
    const t = i18n.getFixedT(language);
    return {
      t,
      directions: Object.fromEntries(
        DELEGATION_DIRECTIONS.map((direction) => [direction, t(`delegations.directions.${direction}`)]),
      ) as Record<DelegationDirection, string>,
      kinds: Object.fromEntries(ENGAGEMENT_KINDS.map((kind) => [kind, t(`engagements.kinds.${kind}`)])) as Record<
        EngagementKind,
        string
      >,
      due: t('calendar.items.due'),
      expires: t('calendar.items.expires'),
    };
  }, [i18n, language]);
  return (item) => {
    switch (item.kind) {
      case 'delegation':
        return `${words.directions[item.direction ?? 'incoming']}: ${item.title}`;
      case 'engagement':
        return `${item.engagementKind ? words.kinds[item.engagementKind] : ''}: ${item.title}`;
      case 'follow_up':
        return `${words.due}: ${item.title}`;
      case 'agreement_expiry':
        return `${words.expires}: ${item.title}`;
      case 'anniversary':
        return `${words.t('calendar.items.anniversary', { years: item.years })}: ${item.title}`;
    }
  };
}
