import FullCalendar, { type CalendarRef, type EventInput, type EventSourceFuncInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import viLocale from '@fullcalendar/react/locales/vi';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './calendar.css';
import { Alert, Button, Checkbox, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { addDays, differenceInCalendarDays, format, isValid, parseISO, subDays } from 'date-fns';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { toIcs } from '../../../shared/calendar/ics.js';
import { toLunar } from '../../../shared/calendar/lunar.js';
import type { DayCount } from '../../../shared/calendar/month-grid.js';
import { CALENDAR_KINDS, type CalendarItem, type CalendarKind } from '../../../shared/domain/calendar-items.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { foldedFilter } from '../components/folded-filter.js';
import { PageHeader } from '../components/PageHeader.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { countryOptions } from '../organizations/country-options.js';
import { CALENDAR_COLORS, colorOf, pathOf } from './calendar-look.js';
import { useCalendarState, type CalendarView } from './calendar-state.js';
import {
  askMonthGridEarly,
  FIRST_DAY_OF_WEEK,
  forgetEarlyMonthGrid,
  monthGrid,
  monthGridDays,
} from './early-month-grid.js';
import { useItemTitle } from './use-item-title.js';
import { ChoiceControl } from '../components/ChoiceControl.js';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** The list kept when it holds the same items, so that setting it does not re-render the page. */
const sameItems = (old: CalendarItem[], next: CalendarItem[]) =>
  old.length === next.length && old.every((item, index) => item.key === next[index]!.key) ? old : next;

/** The day to open on: ?date=YYYY-MM-DD when it is a real date, else today (and say so). */
function useStartDate(): { date: string; invalid: string | null } {
  const [params] = useSearchParams();
  const asked = params.get('date');
  if (!asked) return { date: iso(new Date()), invalid: null };
  const parsed = parseISO(asked);
  return /^\d{4}-\d{2}-\d{2}$/.test(asked) && isValid(parsed)
    ? { date: asked, invalid: null }
    : { date: iso(new Date()), invalid: asked };
}

/** Month, week and agenda of visits, programme, due dates, expiries and anniversaries. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const calendar = useRef<CalendarRef>(null);
  const { state, update, repaired } = useCalendarState();
  const start = useStartDate();
  const [failure, setFailure] = useState<string>();
  const [reversed, setReversed] = useState<CalendarItem[]>([]);
  // The days on screen, for the .ics export: a ref, as setting state here drew the whole page a second time.
  const shown = useRef<{ from: string; to: string }>(undefined);
  const itemTitle = useItemTitle();
  // Once per drawing, not once for each of a busy month's counts as FullCalendar mounts it.
  const countTitle = t('calendar.page.dayCountTitle');
  const countries = countryOptions(i18n.language);

  useHotkeys([
    ['ArrowLeft', () => calendar.current?.getApi().prev()],
    ['ArrowRight', () => calendar.current?.getApi().next()],
    ['t', () => calendar.current?.getApi().today()],
  ]);

  const filters = {
    kinds: state.kinds,
    direction: state.direction,
    country: state.country,
    organizationId: state.organizationId,
  };
  const filterKey = JSON.stringify(filters);
  // Once per visit of the page, before FullCalendar has mounted: the store answers while the page is drawn.
  // (An initial state, not an effect: effects run only after the whole page has been drawn.)
  useState(() => {
    if (state.view === 'dayGridMonth') askMonthGridEarly({ ...monthGridDays(start.date), ...filters });
  });
  // FullCalendar took it as it was built, before the page was shown.
  useEffect(forgetEarlyMonthGrid, []);
  /** Items for the dates FullCalendar shows (its end is exclusive; ours is the last day). */
  const events = useCallback(
    async (info: EventSourceFuncInfo): Promise<EventInput[]> => {
      const range = { from: iso(info.start), to: iso(subDays(info.end, 1)) };
      shown.current = range;
      const input = { ...range, ...(JSON.parse(filterKey) as typeof filters) };
      const itemEvent = (item: CalendarItem): EventInput => ({
        id: item.key,
        title: itemTitle(item),
        start: item.start,
        // All-day ends are exclusive in FullCalendar: the day after the last day.
        end: item.end ? iso(addDays(parseISO(item.end), 1)) : undefined,
        allDay: !item.start.includes('T'),
        color: colorOf(item),
        contrastColor: '#ffffff',
        extendedProps: { item },
      });
      const countEvent = (count: DayCount): EventInput => ({
        id: `count:${count.group}:${count.day}`,
        title: t(`calendar.page.dayCount.${count.group}`, { count: count.count }),
        start: count.day,
        allDay: true,
        color: CALENDAR_COLORS[count.group],
        contrastColor: '#ffffff',
        extendedProps: { count },
      });
      try {
        // The month grid asks the store for what its cells can show (counts for crowded days); the week and the
        // list show every item. FullCalendar asks for a view's items before that view is the current one, so the
        // month grid is told by its range: six weeks, where a week is seven days and the month's list at most 31.
        if (differenceInCalendarDays(info.end, info.start) > 31) {
          const grid = await monthGrid(input);
          setFailure(undefined);
          setReversed((old) => sameItems(old, grid.reversed));
          return [...grid.counts.map(countEvent), ...grid.items.map(itemEvent)];
        }
        const items = await callApi('calendar.range', input);
        setFailure(undefined);
        setReversed((old) =>
          sameItems(
            old,
            items.filter((item) => item.endBeforeStart),
          ),
        );
        return items.map(itemEvent);
      } catch (error) {
        setFailure(errorText(error, t));
        return [];
      }
    },
    // Refetch when the filters or the language (titles) change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filterKey stands for the filters
    [filterKey, i18n.language],
  );

  async function exportIcs() {
    const range = shown.current;
    if (!range) return;
    const items = await callApi('calendar.range', { ...range, ...filters });
    const text = toIcs(
      items.map((item) => ({
        uid: `${item.key}@protocol-desk`,
        summary: itemTitle(item),
        start: item.start,
        end: item.end,
      })),
      new Date(),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    link.download = `lich-${range.from}-${range.to}.ics`;
    link.click();
  }

  return (
    <Stack className="calendar-page">
      <PageHeader
        title={t('calendar.page.title')}
        actions={
          <Group gap="xs" data-print-hidden>
            <Button variant="default" onClick={() => window.print()}>
              {t('calendar.page.print')}
            </Button>
            <Button variant="default" onClick={() => void exportIcs()}>
              {t('calendar.page.exportIcs')}
            </Button>
          </Group>
        }
      />
      {start.invalid !== null && (
        <Alert color="orange" role="alert">
          {t('calendar.page.invalidDate', { date: start.invalid })}
        </Alert>
      )}
      {repaired && (
        <Alert color="orange" role="alert">
          {t('calendar.page.stateRepaired')}
        </Alert>
      )}
      <ErrorAlert message={failure} />
      {reversed.length > 0 && (
        <Alert color="orange" role="alert" data-print-hidden>
          {t('calendar.page.endBeforeStart', { titles: reversed.map((item) => item.title).join('; ') })}
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap" gap="sm" data-print-hidden>
        <Checkbox.Group
          label={t('calendar.page.kinds')}
          value={state.kinds}
          onChange={(kinds) => update({ kinds: kinds as CalendarKind[] })}
        >
          <Group gap="sm" mt={6}>
            {CALENDAR_KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`calendar.kinds2.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <ChoiceControl
          aria-label={t('delegations.columns.direction')}
          value={state.direction ?? 'all'}
          onChange={(value) => update({ direction: value === 'incoming' || value === 'outgoing' ? value : null })}
          data={[
            { value: 'all', label: t('delegations.directions.all') },
            { value: 'incoming', label: t('delegations.directions.incoming') },
            { value: 'outgoing', label: t('delegations.directions.outgoing') },
          ]}
        />
        <Select
          label={t('organizations.columns.country')}
          clearable
          searchable
          filter={foldedFilter}
          data={countries}
          value={state.country}
          onChange={(country) => update({ country })}
          w={190}
        />
        <OrganizationSelect
          label={t('delegations.filters.organization')}
          clearable
          value={state.organizationId}
          onChange={(organizationId) => update({ organizationId })}
          w={220}
        />
        <Switch
          label={t('calendar.page.lunar')}
          checked={state.lunar}
          onChange={(event) => update({ lunar: event.currentTarget.checked })}
        />
      </Group>
      <Group gap="md" data-print-hidden aria-label={t('calendar.page.legend')}>
        {(
          [
            ['incoming', t('delegations.directions.incoming')],
            ['outgoing', t('delegations.directions.outgoing')],
            ['engagement', t('calendar.kinds2.engagement')],
            ['follow_up', t('calendar.kinds2.follow_up')],
            ['agreement_expiry', t('calendar.kinds2.agreement_expiry')],
            ['anniversary', t('calendar.kinds2.anniversary')],
          ] as const
        ).map(([key, label]) => (
          <Group key={key} gap={6}>
            <span
              style={{
                width: 14,
                height: 14,
                borderRadius: 3,
                background: CALENDAR_COLORS[key],
                display: 'inline-block',
              }}
            />
            <Text size="sm">{label}</Text>
          </Group>
        ))}
      </Group>
      <FullCalendar
        ref={calendar}
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicThemePlugin]}
        locale={i18n.language === 'en' ? enGbLocale : viLocale}
        firstDay={FIRST_DAY_OF_WEEK}
        initialView={state.view}
        initialDate={start.date}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listMonth' }}
        // Our own labels: the bundled "vi" locale's strings are not NFC, so they would not match typed text.
        todayText={t('calendar.page.buttons.today')}
        monthText={t('calendar.page.buttons.month')}
        weekTextLong={t('calendar.page.buttons.week')}
        listText={t('calendar.page.buttons.list')}
        prevText={t('calendar.page.buttons.prev')}
        nextText={t('calendar.page.buttons.next')}
        height="auto"
        slotMinTime="06:00:00"
        slotMaxTime="22:00:00"
        dayMaxEvents={3}
        selectable
        events={events}
        // Each view asks for its own items: the month grid counts crowded days, the week and list show each item,
        // so a week inside the month just shown must not reuse the month's.
        lazyFetching={false}
        // A class of our own on every item: FullCalendar 7 no longer names its event elements (fc-event), and
        // the browser benchmark waits for the first item to be drawn.
        eventClass="calendar-item"
        datesSet={(info) => {
          if (info.view.type !== state.view) update({ view: info.view.type as CalendarView });
        }}
        eventDidMount={(info) => {
          if (info.event.extendedProps.count) info.el.title = countTitle;
        }}
        eventClick={(info) => {
          const count = info.event.extendedProps.count as DayCount | undefined;
          // A day's count opens its week, where each item has its place.
          if (count) calendar.current?.getApi().changeView('timeGridWeek', count.day);
          else void navigate(pathOf(info.event.extendedProps.item as CalendarItem));
        }}
        select={(info) => void navigate(`/delegations/new?start=${iso(info.start)}&end=${iso(subDays(info.end, 1))}`)}
        dayCellTopContent={(info) => {
          if (!state.lunar) return info.dayNumberText;
          const day = info.date as Date;
          const lunar = toLunar(day.getFullYear(), day.getMonth() + 1, day.getDate());
          return (
            <span>
              {info.dayNumberText}{' '}
              <span className="lunar-date" title={t('calendar.page.lunarTitle')}>
                {lunar.day === 1 || day.getDate() === 1
                  ? `${lunar.day}/${lunar.month}${lunar.leap ? '*' : ''}`
                  : lunar.day}
              </span>
            </span>
          );
        }}
      />
    </Stack>
  );
}
