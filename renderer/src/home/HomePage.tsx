import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query.js';
import { pathOf } from '../calendar/calendar-look.js';
import { useItemTitle } from '../calendar/use-item-title.js';
import { DeadlineBadge } from '../components/DeadlineBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PageHeader } from '../components/PageHeader.js';
import { DirectionBadge } from '../delegations/DirectionBadge.js';
import { SampleDataOffer } from '../delegations/SampleDataOffer.js';
import { formatDateRange, formatPartialDate } from '../format/date.js';
import { clockLabel } from '../gifts/gift-labels.js';
import { numberFormat } from '../format/number.js';

function Block({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {empty ? <Text c="dimmed">{t('home.nothing')}</Text> : <Stack gap={6}>{children}</Stack>}
    </Card>
  );
}

/** What the app opens on: what needs attention this week, each line one click from its record. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const summary = useApiQuery('home.summary', {});
  const itemTitle = useItemTitle();
  const language = i18n.language;
  if (summary.error) return <ErrorAlert error={summary.error} />;
  if (!summary.data) return null;
  const {
    today,
    visits,
    followUps,
    followUpsMore,
    giftReports,
    giftReportsMore,
    expiring,
    expiringMore,
    anniversaries,
    anniversariesMore,
  } = summary.data;
  return (
    <Stack>
      <PageHeader title={t('home.title')} subtitle={t('home.today', { date: formatPartialDate(today, language) })} />
      <SampleDataOffer noOrganizations={summary.data.noOrganizations} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Block title={t('home.visits')} empty={visits.length === 0}>
          {visits.map((visit) => {
            const isToday = visit.startDate <= today && (visit.endDate ?? visit.startDate) >= today;
            return (
              <Group key={visit.id} gap="xs" wrap="nowrap" bg={isToday ? 'yellow.1' : undefined} p={isToday ? 4 : 0}>
                <Text size="sm" w={150} style={{ flexShrink: 0 }}>
                  {formatDateRange(visit.startDate, visit.endDate, language)}
                </Text>
                <DirectionBadge direction={visit.direction} />
                <Anchor component={Link} to={`/delegations/${visit.id}`} size="sm">
                  {visit.visitingOrgName} → {visit.hostOrgName}
                </Anchor>
                {isToday && <Badge color="yellow.9">{t('home.todayBadge')}</Badge>}
              </Group>
            );
          })}
        </Block>
        <Block title={t('home.followUps')} empty={followUps.length === 0}>
          {followUps.map((followUp) => (
            <Group key={followUp.id} gap="xs" wrap="nowrap">
              <DeadlineBadge state={followUp.overdue ? 'overdue' : 'due_soon'}>
                {followUp.due ? formatPartialDate(followUp.due, language) : ''}
              </DeadlineBadge>
              <Anchor component={Link} to="/follow-ups" size="sm">
                {followUp.text}
              </Anchor>
            </Group>
          ))}
          <MoreLink to="/follow-ups" count={followUpsMore} label={(shown) => t('home.followUpsMore', shown)} />
        </Block>
        <Block title={t('home.giftReports')} empty={giftReports.length === 0}>
          {giftReports.map((gift) => (
            <Group key={gift.id} gap="xs" wrap="nowrap">
              <DeadlineBadge state={gift.clock === 'overdue' ? 'overdue' : 'due_soon'}>
                {clockLabel(gift, t, language)}
              </DeadlineBadge>
              <Anchor component={Link} to={`/gifts/${gift.id}`} size="sm">
                {gift.item}
              </Anchor>
            </Group>
          ))}
          <MoreLink
            to="/gifts?awaiting=1"
            count={giftReportsMore}
            label={(shown) => t('home.giftReportsMore', shown)}
          />
        </Block>
        <Block title={t('home.expiring')} empty={expiring.length === 0}>
          {expiring.map((agreement) => (
            <Group key={agreement.id} gap="xs" wrap="nowrap">
              <DeadlineBadge state="due_soon">{formatPartialDate(agreement.expiresOn!, language)}</DeadlineBadge>
              <Anchor component={Link} to={`/agreements/${agreement.id}`} size="sm">
                {agreement.title}
              </Anchor>
            </Group>
          ))}
          <MoreLink to="/agreements" count={expiringMore} label={(shown) => t('home.expiringMore', shown)} />
        </Block>
        <Block title={t('home.anniversaries')} empty={anniversaries.length === 0}>
          {anniversaries.map((item) => (
            <Group key={item.key} gap="xs" wrap="nowrap">
              <Text size="sm" w={100} style={{ flexShrink: 0 }}>
                {formatPartialDate(item.start, language)}
              </Text>
              <Anchor component={Link} to={pathOf(item)} size="sm">
                {itemTitle(item)}
              </Anchor>
            </Group>
          ))}
          <MoreLink to="/calendar" count={anniversariesMore} label={(shown) => t('home.anniversariesMore', shown)} />
        </Block>
      </SimpleGrid>
    </Stack>
  );
}

/** "and 1,234 more — see the list": the home page shows the first of a long list and points to the whole. */
function MoreLink({
  to,
  count,
  label,
}: {
  to: string;
  count: number;
  label: (shown: { count: number; shown: string }) => string;
}) {
  const { i18n } = useTranslation();
  if (count <= 0) return null;
  const shown = numberFormat(i18n.language).format(count);
  return (
    <Anchor component={Link} to={to} size="sm" fw={500}>
      {label({ count, shown })}
    </Anchor>
  );
}
