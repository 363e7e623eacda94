import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { markDoneInput, type FollowUp } from '../../../shared/domain/follow-up.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';

/** One click from a list: done on a day (today unless changed), with a note of what was done. */
export function MarkDoneModal({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { doneOn: isoToDateInput(format(new Date(), 'yyyy-MM-dd')), note: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: markDoneInput,
    toInput: (values: { doneOn: string; note: string }) => ({
      id: followUp.id,
      doneOn: dateInputToIso(values.doneOn),
      note: values.note,
    }),
    save: async (input) => {
      const done = await callApi('followUps.markDone', input);
      await queryClient.invalidateQueries({ queryKey: ['followUps.list'] });
      await queryClient.invalidateQueries({ queryKey: ['followUps.page'] });
      return done;
    },
    onSaved: onClose,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('followUps.markDoneTitle')}
    >
      <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
        <Stack>
          <Text size="sm">{followUp.text}</Text>
          <ErrorAlert message={failure} />
          <TextInput
            label={t('followUps.fields.doneOn')}
            placeholder={t('common.dayPlaceholder')}
            {...form.getInputProps('doneOn')}
          />
          <Textarea
            label={t('followUps.doneNote')}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('note')}
          />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
