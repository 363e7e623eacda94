import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FOLLOW_UP_PRIORITIES,
  FOLLOW_UP_STATUSES,
  followUpInput,
  type FollowUp,
  type FollowUpPriority,
  type FollowUpSource,
  type FollowUpStatus,
} from '../../../shared/domain/follow-up.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';
import { formatPartialDate } from '../format/date.js';
import { sourceText } from './source-text.js';

interface Values {
  text: string;
  organizationId: string | null;
  owner: string;
  due: string;
  status: FollowUpStatus;
  priority: FollowUpPriority;
  notes: string;
}

interface Props {
  followUp?: FollowUp;
  /** For a new follow-up made from a delegation or agreement page. */
  source?: { kind: FollowUpSource; id: string; organizationId: string | null };
  defaultOwner: string;
  onClose: () => void;
}

/** Create or edit a follow-up; an existing one also shows and takes dated progress notes. */
export function FollowUpFormModal({ followUp, source, defaultOwner, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [noteFailure, setNoteFailure] = useState<string>();
  const form = useForm<Values>({
    initialValues: followUp
      ? {
          text: followUp.text,
          organizationId: followUp.organizationId,
          owner: followUp.owner,
          due: isoToDateInput(followUp.due),
          status: followUp.status,
          priority: followUp.priority,
          notes: followUp.notes,
        }
      : {
          text: '',
          organizationId: source?.organizationId ?? null,
          owner: defaultOwner,
          due: '',
          status: 'open',
          priority: 'normal',
          notes: '',
        },
  });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: followUpInput,
    toInput: (values: Values) => ({
      ...values,
      due: values.due.trim() ? dateInputToIso(values.due) : null,
      sourceKind: followUp ? followUp.sourceKind : (source?.kind ?? null),
      sourceId: followUp ? followUp.sourceId : (source?.id ?? null),
      doneOn: followUp?.doneOn ?? null,
    }),
    save: async (fields) => {
      const saved = followUp
        ? await callApi('followUps.update', { id: followUp.id, ...fields })
        : await callApi('followUps.create', fields);
      await queryClient.invalidateQueries({ queryKey: ['followUps.list'] });
      await queryClient.invalidateQueries({ queryKey: ['followUps.page'] });
      return saved;
    },
    onSaved: onClose,
  });

  async function addNote() {
    if (!followUp) return;
    setNoteFailure(undefined);
    try {
      await callApi('followUps.addNote', { followUpId: followUp.id, on: format(new Date(), 'yyyy-MM-dd'), text: note });
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['followUps.list'] });
      await queryClient.invalidateQueries({ queryKey: ['followUps.page'] });
    } catch (error) {
      setNoteFailure(errorText(error, t));
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={followUp ? t('followUps.editTitle') : t('followUps.createTitle')}
    >
      <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
        <Stack>
          <ErrorAlert message={failure} />
          {(followUp?.sourceLabel || source) && (
            <Text size="sm" c="dimmed">
              {t('followUps.source')}:{' '}
              {(followUp && sourceText(followUp, i18n.language)) ?? t(`followUps.sources.${source!.kind}`)}
            </Text>
          )}
          <Textarea
            label={t('followUps.fields.text')}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('text')}
          />
          <Group grow align="flex-start">
            <OrganizationSelect
              label={t('followUps.fields.organizationId')}
              clearable
              {...form.getInputProps('organizationId')}
            />
            <TextInput label={t('followUps.fields.owner')} {...form.getInputProps('owner')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('followUps.fields.due')}
              placeholder={t('common.datePlaceholder')}
              {...form.getInputProps('due')}
            />
            <Select
              label={t('followUps.fields.status')}
              allowDeselect={false}
              data={FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`followUps.statuses.${status}`) }))}
              {...form.getInputProps('status')}
            />
            <Select
              label={t('followUps.fields.priority')}
              allowDeselect={false}
              data={FOLLOW_UP_PRIORITIES.map((priority) => ({
                value: priority,
                label: t(`followUps.priorities.${priority}`),
              }))}
              {...form.getInputProps('priority')}
            />
          </Group>
          <Textarea label={t('followUps.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
      {followUp && (
        <Stack mt="lg" gap="xs">
          <Text fw={600}>{t('followUps.progress')}</Text>
          {followUp.progress.length === 0 ? (
            <Text size="sm">{t('followUps.noProgress')}</Text>
          ) : (
            <Timeline bulletSize={12} lineWidth={2}>
              {followUp.progress.map((entry) => (
                <Timeline.Item key={entry.id} title={formatPartialDate(entry.on, i18n.language)}>
                  <Text size="sm">{entry.text}</Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          <Group align="flex-end">
            <TextInput
              label={t('followUps.newProgress')}
              value={note}
              error={noteFailure}
              onChange={(event) => setNote(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button variant="default" disabled={!note.trim()} onClick={() => void addNote()}>
              {t('followUps.addProgress')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
