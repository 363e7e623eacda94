import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NAME_ORDERS, personInput, type Person, type PersonFields } from '../../../shared/domain/person.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';

function initialValues(person: Person | undefined, fullName: string): PersonFields {
  if (!person) {
    const empty = { nativeName: '', romanization: '', honorific: '', formOfAddress: '', protocolNotes: '', notes: '' };
    return { ...empty, fullName, nameOrder: 'family_first' };
  }
  const { id, createdAt, updatedAt, ...fields } = person;
  return fields;
}

interface Props {
  person?: Person;
  /** Pre-filled name when the person is created from a picker. */
  initialName?: string;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

/** Create or edit a person. No title here: a title belongs to each appearance in a delegation. */
export function PersonFormModal({ person, initialName = '', onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useForm<PersonFields>({ initialValues: initialValues(person, initialName) });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: personInput,
    toInput: (values: PersonFields) => values,
    save: async (fields) => {
      const saved = person
        ? await callApi('people.update', { id: person.id, ...fields })
        : await callApi('people.create', fields);
      await queryClient.invalidateQueries({ queryKey: ['people.list'] });
      await queryClient.invalidateQueries({ queryKey: ['people.page'] });
      // The delegation list's pages show heads of delegation by name.
      await queryClient.invalidateQueries({ queryKey: ['delegations.page'] });
      return saved;
    },
    onSaved,
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.createTitle')}
    >
      <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
        <Stack>
          <ErrorAlert message={failure} />
          <Group grow align="flex-start">
            <TextInput
              label={t('people.fields.fullName')}
              withAsterisk
              data-autofocus
              {...form.getInputProps('fullName')}
            />
            <TextInput
              label={t('people.fields.nativeName')}
              description={t('people.fields.nativeNameHint')}
              {...form.getInputProps('nativeName')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('people.fields.honorific')} {...form.getInputProps('honorific')} />
            <Select
              label={t('people.fields.nameOrder')}
              data={NAME_ORDERS.map((order) => ({ value: order, label: t(`people.nameOrders.${order}`) }))}
              allowDeselect={false}
              {...form.getInputProps('nameOrder')}
            />
          </Group>
          <TextInput label={t('people.fields.romanization')} {...form.getInputProps('romanization')} />
          <TextInput label={t('people.fields.formOfAddress')} {...form.getInputProps('formOfAddress')} />
          <Textarea
            label={t('people.fields.protocolNotes')}
            description={t('people.fields.protocolNotesHint')}
            autosize
            minRows={2}
            {...form.getInputProps('protocolNotes')}
          />
          <Textarea label={t('people.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
