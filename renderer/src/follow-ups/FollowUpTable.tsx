import { Button, Group, Table, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../shared/domain/follow-up.js';
import { DeadlineBadge } from '../components/DeadlineBadge.js';
import { formatPartialDate } from '../format/date.js';
import { FollowUpFormModal } from './FollowUpFormModal.js';
import { MarkDoneModal } from './MarkDoneModal.js';
import { sourceText } from './source-text.js';
import { useMyName } from './use-my-name.js';

type Dialog = { kind: 'edit' | 'done'; followUp: FollowUp };

/** Follow-ups with their due state; "Done" and "Edit" on each line. */
export function FollowUpTable({ followUps, label }: { followUps: FollowUp[]; label: string }) {
  const { t } = useTranslation();
  const [myName] = useMyName();
  const [dialog, setDialog] = useState<Dialog>();
  return (
    <>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followUps.fields.text')}</Table.Th>
            <Table.Th>{t('followUps.fields.owner')}</Table.Th>
            <Table.Th>{t('followUps.fields.due')}</Table.Th>
            <Table.Th>{t('followUps.fields.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {followUps.map((followUp) => (
            <FollowUpRow key={followUp.id} followUp={followUp} onDialog={setDialog} />
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'done' && <MarkDoneModal followUp={dialog.followUp} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'edit' && (
        <FollowUpFormModal followUp={dialog.followUp} defaultOwner={myName} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}

const closed = (followUp: FollowUp) => followUp.status === 'done' || followUp.status === 'dropped';

/**
 * One follow-up's line. Memoised: "show more" adds a hundred lines under those shown, and the lines already
 * there (the same objects from the query cache) are not drawn again.
 */
const FollowUpRow = memo(function FollowUpRow({
  followUp,
  onDialog,
}: {
  followUp: FollowUp;
  onDialog: (dialog: Dialog) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {followUp.text}
        </Text>
        <Text size="sm" c="dimmed">
          {[followUp.organizationName, sourceText(followUp, i18n.language)].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>{followUp.owner}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {followUp.due ? (
          <DeadlineBadge state={closed(followUp) ? 'done' : followUp.overdue ? 'overdue' : 'ok'}>
            {followUp.overdue
              ? t('followUps.overdue', { date: formatPartialDate(followUp.due, i18n.language) })
              : formatPartialDate(followUp.due, i18n.language)}
          </DeadlineBadge>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {t(`followUps.statuses.${followUp.status}`)}
          {followUp.doneOn ? ` (${formatPartialDate(followUp.doneOn, i18n.language)})` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {!closed(followUp) && (
            <Button
              size="xs"
              aria-label={t('followUps.markDoneNamed', { text: followUp.text })}
              onClick={() => onDialog({ kind: 'done', followUp })}
            >
              {t('followUps.markDone')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            aria-label={t('followUps.editNamed', { text: followUp.text })}
            onClick={() => onDialog({ kind: 'edit', followUp })}
          >
            {t('common.edit')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});
