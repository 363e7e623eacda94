import { Group, Modal, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_KINDS,
  organizationInput,
  type Organization,
  type OrganizationKind,
} from '../../../shared/domain/organization.js';
import { callApi } from '../api/client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { foldedFilter } from '../components/folded-filter.js';
import { FormActions } from '../components/FormActions.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { countryOptions } from './country-options.js';
import { useAllOrganizations } from './use-organizations.js';

interface FormValues {
  name: string;
  aliases: string[];
  country: string | null;
  kind: OrganizationKind | null;
  parentId: string | null;
  isHome: boolean;
  notes: string;
}

function initialValues(organization: Organization | undefined): FormValues {
  if (!organization)
    return { name: '', aliases: [], country: null, kind: null, parentId: null, isHome: false, notes: '' };
  const { name, aliases, country, kind, parentId, isHome, notes } = organization;
  return { name, aliases, country, kind, parentId, isHome, notes };
}

interface Props {
  /** The organisation to edit; absent to create one. */
  organization?: Organization;
  onClose: () => void;
  onSaved: (saved: Organization) => void;
}

/** Create or edit an organisation. The form checks with the same schema main checks with. */
export function OrganizationFormModal({ organization, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const others = useAllOrganizations();
  const form = useForm<FormValues>({ initialValues: initialValues(organization) });

  const countries = countryOptions(i18n.language);
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizations.kinds.${kind}`) }));
  const parents = (others.data ?? [])
    .filter((candidate) => candidate.id !== organization?.id)
    .map((candidate) => ({ value: candidate.id, label: candidate.name }));

  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: organizationInput,
    // Empty selects are null in the form; absent, the schema reports them as "required" on their field.
    toInput: (values: FormValues) => ({
      ...values,
      country: values.country ?? undefined,
      kind: values.kind ?? undefined,
    }),
    save: (fields) =>
      organization
        ? callApi('organizations.update', { id: organization.id, ...fields })
        : callApi('organizations.create', fields),
    onSaved,
  });

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      title={organization ? t('organizations.editTitle', { name: organization.name }) : t('organizations.createTitle')}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <ErrorAlert message={failure} />
          <TextInput
            label={t('organizations.fields.name')}
            placeholder={t('organizations.fields.namePlaceholder')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TagsInput
            label={t('organizations.fields.aliases')}
            description={t('organizations.fields.aliasesHint')}
            {...form.getInputProps('aliases')}
          />
          <Group grow align="flex-start">
            <Select
              label={t('organizations.fields.country')}
              placeholder={t('organizations.fields.countryPlaceholder')}
              withAsterisk
              searchable
              filter={foldedFilter}
              data={countries}
              {...form.getInputProps('country')}
            />
            <Select
              label={t('organizations.fields.kind')}
              placeholder={t('organizations.fields.kindPlaceholder')}
              withAsterisk
              data={kinds}
              {...form.getInputProps('kind')}
            />
          </Group>
          <Select
            label={t('organizations.fields.parentId')}
            placeholder={t('organizations.fields.parentPlaceholder')}
            searchable
            clearable
            filter={foldedFilter}
            data={parents}
            {...form.getInputProps('parentId')}
          />
          <Switch
            label={t('organizations.fields.isHome')}
            description={t('organizations.fields.isHomeHint')}
            {...form.getInputProps('isHome', { type: 'checkbox' })}
          />
          <Textarea
            label={t('organizations.fields.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('notes')}
          />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
