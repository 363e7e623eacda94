import { Anchor, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Gift } from '../../../shared/domain/gift.js';
import { DeadlineBadge } from '../components/DeadlineBadge.js';
import { formatPartialDate } from '../format/date.js';
import { clockLabel, sideLabel } from './gift-labels.js';
import { numberFormat } from '../format/number.js';

export function GiftTable({ gifts, label }: { gifts: Gift[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('gifts.fields.date')}</Table.Th>
          <Table.Th>{t('gifts.fields.item')}</Table.Th>
          <Table.Th>{t('gifts.giver')}</Table.Th>
          <Table.Th>{t('gifts.recipient')}</Table.Th>
          <Table.Th>{t('gifts.fields.estimatedValue')}</Table.Th>
          <Table.Th>{t('gifts.clock.title')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {gifts.map((gift) => (
          <GiftRow key={gift.id} gift={gift} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One gift's line. Memoised: showing more gifts draws only the new lines (the others are the same objects). */
const GiftRow = memo(function GiftRow({ gift }: { gift: Gift }) {
  const { t, i18n } = useTranslation();
  const money = numberFormat(i18n.language);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPartialDate(gift.date, i18n.language)}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/gifts/${gift.id}`} fw={600}>
          {gift.item}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t(`gifts.directions.${gift.direction}`)} · {t(`gifts.categories.${gift.category}`)}
          {gift.quantity > 1 ? ` · ×${gift.quantity}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{sideLabel(gift.giverName, gift.giverTitle, gift.giverOrgName)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{sideLabel(gift.recipientName, gift.recipientTitle, gift.recipientOrgName)}</Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {gift.estimatedValue !== null ? `${money.format(gift.estimatedValue)} ${gift.currency}` : '—'}
      </Table.Td>
      <Table.Td>
        {gift.clock !== 'none' && (
          <DeadlineBadge state={gift.clock === 'ok' ? (gift.reportedOn ? 'done' : 'ok') : gift.clock}>
            {clockLabel(gift, t, i18n.language)}
          </DeadlineBadge>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
