import { Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  RELATIONSHIP_LEVELS,
  relationshipInput,
  type Relationship,
  type RelationshipLevel,
} from '../../../shared/domain/relationship.js';
import { callApi } from '../api/client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';

interface Values {
  homeOrgId: string | null;
  level: RelationshipLevel | null;
  establishedOn: string;
  notes: string;
}

interface Props {
  partnerOrgId: string;
  relationship?: Relationship;
  onClose: () => void;
  onSaved: () => void;
}

/** The tie between one of our organisations and this partner: level and since when. */
export function RelationshipFormModal({ partnerOrgId, relationship, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const organizations = useApiQuery('organizations.list', { query: '' });
  const homes = (organizations.data ?? [])
    .filter((organization) => organization.isHome && organization.id !== partnerOrgId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const form = useForm<Values>({
    initialValues: {
      homeOrgId: relationship?.homeOrgId ?? null,
      level: relationship?.level ?? null,
      establishedOn: isoToDateInput(relationship?.establishedOn ?? null),
      notes: relationship?.notes ?? '',
    },
  });

  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: relationshipInput,
    toInput: (values: Values) => ({
      homeOrgId: values.homeOrgId ?? undefined,
      partnerOrgId,
      level: values.level ?? undefined,
      establishedOn: values.establishedOn.trim() ? dateInputToIso(values.establishedOn) : null,
      notes: values.notes,
    }),
    save: (fields) =>
      relationship
        ? callApi('relationships.update', { id: relationship.id, ...fields })
        : callApi('relationships.create', fields),
    onSaved,
  });

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={relationship ? t('relationships.editTitle') : t('relationships.createTitle')}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <ErrorAlert message={failure} />
          <Select
            label={t('relationships.fields.homeOrgId')}
            description={t('relationships.fields.homeOrgHint')}
            withAsterisk
            data={homes}
            {...form.getInputProps('homeOrgId')}
          />
          <Select
            label={t('relationships.fields.level')}
            withAsterisk
            data={RELATIONSHIP_LEVELS.map((level) => ({ value: level, label: t(`relationships.levels.${level}`) }))}
            {...form.getInputProps('level')}
          />
          <TextInput
            label={t('relationships.fields.establishedOn')}
            placeholder={t('common.datePlaceholder')}
            {...form.getInputProps('establishedOn')}
          />
          <Textarea label={t('relationships.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
