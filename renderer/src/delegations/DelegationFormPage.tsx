import {
  Button,
  Divider,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fieldErrors } from '../../../shared/api/field-errors.js';
import type { FieldErrors } from '../../../shared/api/result.js';
import { DELEGATION_STATUSES, delegationInput, type Delegation } from '../../../shared/domain/delegation.js';
import { ApiCallError, callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { translateFieldErrors } from '../components/form-errors.js';
import { PageHeader } from '../components/PageHeader.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { formPath, formValuesOf, toDelegationInput, type DelegationFormValues } from './delegation-form-values.js';
import { EngagementsEditor } from './EngagementsEditor.js';
import { ParticipantsEditor } from './ParticipantsEditor.js';

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
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const form = useForm<DelegationFormValues>({ initialValues: formValuesOf(delegation) });

  function showFieldErrors(fields: FieldErrors) {
    const mapped = Object.fromEntries(Object.entries(fields).map(([path, key]) => [formPath(path), key]));
    const { onFields, elsewhere } = translateFieldErrors(mapped, form.values, t);
    form.setErrors(onFields);
    setFailure(elsewhere ?? t('errors.checkFields'));
  }

  async function submit(values: DelegationFormValues) {
    setFailure(undefined);
    const checked = delegationInput.safeParse(toDelegationInput(values));
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    setSaving(true);
    try {
      const saved = delegation
        ? await callApi('delegations.update', { id: delegation.id, ...checked.data })
        : await callApi('delegations.create', checked.data);
      await queryClient.invalidateQueries();
      void navigate(`/delegations/${saved.id}`);
    } catch (error) {
      // The form keeps everything typed; only the message changes.
      if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) showFieldErrors(error.fields);
      else setFailure(errorText(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack maw={1100}>
        <PageHeader title={delegation ? t('delegations.editTitle') : t('delegations.createTitle')} />
        <ErrorAlert message={failure} />
        <SegmentedControl
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
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => void navigate(delegation ? `/delegations/${delegation.id}` : '/delegations')}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
