import { AppShell, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { forgetEarlyMonthGrid } from '../calendar/early-month-grid.js';
import { GlobalSearch } from '../search/GlobalSearch.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Only screens that work are listed: each new record kind adds its own entry when it lands. */
const NAV_ITEMS = [
  { to: '/home', label: 'nav.home' },
  { to: '/calendar', label: 'nav.calendar' },
  { to: '/delegations', label: 'nav.delegations' },
  { to: '/follow-ups', label: 'nav.followUps' },
  { to: '/gifts', label: 'nav.gifts' },
  { to: '/agreements', label: 'nav.agreements' },
  { to: '/organizations', label: 'nav.organizations' },
  { to: '/people', label: 'nav.people' },
  { to: '/articles', label: 'nav.articles' },
  { to: '/reports', label: 'nav.reports' },
  { to: '/settings', label: 'nav.settings' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname, key } = useLocation();
  // An early month grid belongs to the visit that asked for it: one asked by a calendar page that was left before it
  // was shown (another link clicked meanwhile) must not answer a later visit with what the store said then.
  useEffect(forgetEarlyMonthGrid, [key]);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs" align="baseline">
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm">
            <GlobalSearch />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {NAV_ITEMS.map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={t(item.label)}
            active={pathname.startsWith(item.to)}
            // Filled: the light variant's text on its hover background falls under WCAG AA contrast.
            variant="filled"
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Shown only while a page's code loads on a first visit straight to it; a page opened from another keeps
            that one on screen meanwhile (React keeps the shown content through a navigation's transition). */}
        <Suspense fallback={<Loader m="xl" aria-label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
