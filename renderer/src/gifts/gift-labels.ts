import type { TFunction } from 'i18next';
import type { Gift } from '../../../shared/domain/gift.js';
import { formatPartialDate } from '../format/date.js';

/** "Song Ho-jun (Phó Thị trưởng…), Thành phố Gyeongju" — whoever is recorded on that side. */
export function sideLabel(name: string | null, title: string | null, organization: string | null): string {
  const person = name ? (title ? `${name} (${title})` : name) : null;
  return [person, organization].filter(Boolean).join(', ');
}

/** The clock of a received gift in words: what is due, by when, or that it is done. */
export function clockLabel(gift: Gift, t: TFunction, language: string): string {
  if (gift.direction !== 'received') return '';
  if (gift.soldOn && !gift.proceedsRemittedOn && gift.proceedsDueOn) {
    return t('gifts.clock.proceedsDue', { date: formatPartialDate(gift.proceedsDueOn, language) });
  }
  if (!gift.reportedOn && gift.reportDueOn)
    return t('gifts.clock.reportDue', { date: formatPartialDate(gift.reportDueOn, language) });
  return t('gifts.clock.reported', { date: formatPartialDate(gift.reportedOn ?? gift.date, language) });
}
