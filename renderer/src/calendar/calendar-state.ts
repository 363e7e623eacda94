import { useLocalStorage } from '@mantine/hooks';
import { CALENDAR_KINDS, type CalendarKind } from '../../../shared/domain/calendar-items.js';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface CalendarState {
  view: CalendarView;
  kinds: CalendarKind[];
  direction: 'incoming' | 'outgoing' | null;
  country: string | null;
  organizationId: string | null;
  lunar: boolean;
}

const DEFAULT_STATE: CalendarState = {
  view: 'dayGridMonth',
  kinds: [...CALENDAR_KINDS],
  direction: null,
  country: null,
  organizationId: null,
  lunar: false,
};

/** Saved state from an older version or edited by hand is checked field by field; what is wrong falls back. */
function sanitize(raw: unknown): { state: CalendarState; repaired: boolean } {
  if (typeof raw !== 'object' || raw === null) return { state: DEFAULT_STATE, repaired: raw !== undefined };
  const value = raw as Record<string, unknown>;
  const state: CalendarState = {
    view: (CALENDAR_VIEWS as readonly unknown[]).includes(value.view)
      ? (value.view as CalendarView)
      : DEFAULT_STATE.view,
    kinds: Array.isArray(value.kinds)
      ? (value.kinds.filter((kind) => (CALENDAR_KINDS as readonly unknown[]).includes(kind)) as CalendarKind[])
      : DEFAULT_STATE.kinds,
    direction: value.direction === 'incoming' || value.direction === 'outgoing' ? value.direction : null,
    country: typeof value.country === 'string' && /^[A-Z]{2}$/.test(value.country) ? value.country : null,
    organizationId: typeof value.organizationId === 'string' ? value.organizationId : null,
    lunar: value.lunar === true,
  };
  return { state, repaired: JSON.stringify(state) !== JSON.stringify({ ...DEFAULT_STATE, ...value }) };
}

/** The calendar's view and filters, kept on this machine so they survive a restart. */
export function useCalendarState() {
  const [stored, setStored] = useLocalStorage<unknown>({
    key: 'protocol-desk.calendar',
    defaultValue: DEFAULT_STATE,
    // Read at the first render: FullCalendar takes its view only when it mounts, so a value read afterwards (the
    // hook's default) opened the month whatever view was saved, and drew the whole page twice.
    getInitialValueInEffect: false,
    // A value that is not JSON at all is treated as missing rather than crashing the page.
    deserialize: (text) => {
      try {
        return text === undefined ? DEFAULT_STATE : (JSON.parse(text) as unknown);
      } catch {
        return null;
      }
    },
  });
  const { state, repaired } = sanitize(stored);
  const update = (change: Partial<CalendarState>) => setStored({ ...state, ...change });
  return { state, update, repaired };
}
