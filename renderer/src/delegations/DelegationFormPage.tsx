import { Divider, Grid, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DELEGATION_STATUSES, delegationInput, type Delegation } from '../../../shared/domain/delegation.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { PageHeader } from '../components/PageHeader.js';
import { isoToDateInput } from '../format/date-input.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { formPath, formValuesOf, toDelegationInput, type DelegationFormValues } from './delegation-form-values.js';
import { EngagementsEditor } from './EngagementsEditor.js';
import { ParticipantsEditor } from './ParticipantsEditor.js';
import { ChoiceControl } from '../components/ChoiceControl.js';

/** /delegations/new and /delegations/:id/edit: the same form, empty or filled. */
export function DelegationFormPage() {
  const { id } = useParams();
  const existing = useApiQuery('delegations.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (!id) return <DelegationForm />;
  if (existing.error) return <ErrorAlert error={existing.error} />;
  return existing.data ? <DelegationForm key={existing.data.id} delegation={existing.data} /> : null;
}

function DelegationForm({ delegation }: { delegation?: Delegation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // A day range selected on the calendar arrives as ?start=…&end=… (ISO).
  const [params] = useSearchParams();
  const form = useForm<DelegationFormValues>({
    initialValues: delegation
      ? formValuesOf(delegation)
      : {
          ...formValuesOf(undefined),
          startDate: isoToDateInput(params.get('start')),
          endDate: params.get('end') !== params.get('start') ? isoToDateInput(params.get('end')) : '',
        },
  });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: delegationInput,
    toInput: toDelegationInput,
    formPath,
    summarize: true,
    save: async (fields) => {
      const saved = delegation
        ? await callApi('delegations.update', { id: delegation.id, ...fields })
        : await callApi('delegations.create', fields);
      await queryClient.invalidateQueries();
      return saved;
    },
    onSaved: (saved) => void navigate(`/delegations/${saved.id}`),
  });
  const cancel = () => void navigate(delegation ? `/delegations/${delegation.id}` : '/delegations');

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack maw={1100}>
        <PageHeader title={delegation ? t('delegations.editTitle') : t('delegations.createTitle')} />
        <ErrorAlert message={failure} />
        <ChoiceControl
          aria-label={t('delegations.columns.direction')}
          data={[
            { value: 'incoming', label: t('delegations.directions.incomingLong') },
            { value: 'outgoing', label: t('delegations.directions.outgoingLong') },
          ]}
          {...form.getInputProps('direction')}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <OrganizationSelect
              label={t('delegations.fields.visitingOrgId')}
              description={t('delegations.fields.visitingOrgHint')}
              withAsterisk
              {...form.getInputProps('visitingOrgId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <OrganizationSelect
              label={t('delegations.fields.hostOrgId')}
              description={t('delegations.fields.hostOrgHint')}
              withAsterisk
              {...form.getInputProps('hostOrgId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <TextInput
              label={t('delegations.fields.startDate')}
              placeholder={t('common.datePlaceholder')}
              withAsterisk
              {...form.getInputProps('startDate')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <TextInput
              label={t('delegations.fields.endDate')}
              placeholder={t('common.datePlaceholder')}
              {...form.getInputProps('endDate')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TextInput label={t('delegations.fields.place')} {...form.getInputProps('place')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Select
              label={t('delegations.fields.status')}
              allowDeselect={false}
              data={DELEGATION_STATUSES.map((status) => ({
                value: status,
                label: t(`delegations.statuses.${status}`),
              }))}
              {...form.getInputProps('status')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Text size="xs" c="dimmed">
              {t('delegations.fields.datesHint')}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Textarea label={t('delegations.fields.purpose')} autosize minRows={2} {...form.getInputProps('purpose')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Textarea label={t('delegations.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          </Grid.Col>
        </Grid>
        <Divider />
        <ParticipantsEditor form={form} />
        <Divider />
        <EngagementsEditor form={form} />
        <Divider />
        <FormActions saving={saving} onCancel={cancel} />
      </Stack>
    </form>
  );
}
