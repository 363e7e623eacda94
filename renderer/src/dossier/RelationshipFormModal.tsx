import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../shared/api/field-errors.js';
import type { FieldErrors } from '../../../shared/api/result.js';
import {
  RELATIONSHIP_LEVELS,
  relationshipInput,
  type Relationship,
  type RelationshipLevel,
} from '../../../shared/domain/relationship.js';
import { ApiCallError, callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { translateFieldErrors } from '../components/form-errors.js';
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
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const form = useForm<Values>({
    initialValues: {
      homeOrgId: relationship?.homeOrgId ?? null,
      level: relationship?.level ?? null,
      establishedOn: isoToDateInput(relationship?.establishedOn ?? null),
      notes: relationship?.notes ?? '',
    },
  });

  function showFieldErrors(fields: FieldErrors) {
    const { onFields, elsewhere } = translateFieldErrors(fields, form.values, t);
    form.setErrors(onFields);
    setFailure(elsewhere);
  }

  async function submit(values: Values) {
    setFailure(undefined);
    const checked = relationshipInput.safeParse({
      homeOrgId: values.homeOrgId ?? undefined,
      partnerOrgId,
      level: values.level ?? undefined,
      establishedOn: values.establishedOn.trim() ? dateInputToIso(values.establishedOn) : null,
      notes: values.notes,
    });
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    setSaving(true);
    try {
      if (relationship) await callApi('relationships.update', { id: relationship.id, ...checked.data });
      else await callApi('relationships.create', checked.data);
      onSaved();
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) showFieldErrors(error.fields);
      else setFailure(errorText(error, t));
    } finally {
      setSaving(false);
    }
  }

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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
