import type { CalendarItem } from '../../../shared/domain/calendar-items.js';

/**
 * Event colours, chosen so white text on them passes WCAG AA (FullCalendar's default blue does not):
 * incoming and outgoing visits apart at a glance, the other kinds each their own.
 */
export const CALENDAR_COLORS = {
  incoming: '#0b6e4f',
  outgoing: '#7b2d8e',
  engagement: '#364fc7',
  follow_up: '#a8460b',
  agreement_expiry: '#b02a37',
  anniversary: '#5f5208',
} as const;

export function colorOf(item: CalendarItem): string {
  if (item.kind === 'delegation')
    return item.direction === 'outgoing' ? CALENDAR_COLORS.outgoing : CALENDAR_COLORS.incoming;
  return CALENDAR_COLORS[item.kind];
}

/** Where clicking an item goes. */
export function pathOf(item: CalendarItem): string {
  if (item.entity === 'delegation') return `/delegations/${item.openId}`;
  if (item.entity === 'agreement') return `/agreements/${item.openId}`;
  if (item.entity === 'relationship') return `/organizations/${item.openId}`;
  return '/follow-ups';
}
