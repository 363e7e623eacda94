import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  FIELD_STATUSES,
  agreementInput,
  type Agreement,
  type AgreementKind,
  type AgreementStatus,
  type FieldStatus,
} from '../../../shared/domain/agreement.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { AttachmentField } from '../components/AttachmentField.js';
import { DelegationSelect, ParticipantSelect } from '../components/DelegationSelect.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { SourcesPanel } from '../components/SourcesPanel.js';
import { PageHeader } from '../components/PageHeader.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { FollowUpsOf } from '../follow-ups/FollowUpsOf.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';
import { rowKey } from '../delegations/delegation-form-values.js';
import { useCooperationFields } from './use-cooperation-fields.js';

interface Values {
  kind: AgreementKind | null;
  title: string;
  status: AgreementStatus;
  signedOn: string;
  place: string;
  effectiveFrom: string;
  expiresOn: string;
  renewalTerms: string;
  delegationId: string | null;
  scanAttachmentId: string | null;
  notes: string;
  parties: { key: string; organizationId: string | null; signatoryParticipantId: string | null }[];
  fields: { key: string; id?: string; fieldKey: string | null; text: string; status: FieldStatus; notes: string }[];
}

function valuesOf(agreement: Agreement | undefined): Values {
  if (!agreement) {
    const emptyParty = () => ({ key: rowKey(), organizationId: null, signatoryParticipantId: null });
    return {
      kind: null,
      title: '',
      status: 'proposed',
      signedOn: '',
      place: '',
      effectiveFrom: '',
      expiresOn: '',
      renewalTerms: '',
      delegationId: null,
      scanAttachmentId: null,
      notes: '',
      parties: [emptyParty(), emptyParty()],
      fields: [],
    };
  }
  return {
    ...agreement,
    signedOn: isoToDateInput(agreement.signedOn),
    effectiveFrom: isoToDateInput(agreement.effectiveFrom),
    expiresOn: isoToDateInput(agreement.expiresOn),
    parties: agreement.parties.map((party) => ({
      key: rowKey(),
      organizationId: party.organizationId,
      signatoryParticipantId: party.signatoryParticipantId,
    })),
    fields: agreement.fields.map((field) => ({ key: rowKey(), ...field })),
  };
}

const optionalDate = (text: string) => (text.trim() ? dateInputToIso(text) : null);

function toInput(values: Values): Record<string, unknown> {
  return {
    kind: values.kind ?? undefined,
    title: values.title,
    status: values.status,
    signedOn: optionalDate(values.signedOn),
    place: values.place,
    effectiveFrom: optionalDate(values.effectiveFrom),
    expiresOn: optionalDate(values.expiresOn),
    renewalTerms: values.renewalTerms,
    delegationId: values.delegationId,
    scanAttachmentId: values.scanAttachmentId,
    notes: values.notes,
    parties: values.parties.map((party) => ({
      organizationId: party.organizationId ?? undefined,
      signatoryParticipantId: party.signatoryParticipantId,
    })),
    fields: values.fields.map(({ key, fieldKey, ...field }) => ({ ...field, fieldKey: fieldKey ?? undefined })),
  };
}

/** /agreements/new and /agreements/:id: kind, dates, parties with signatories, points by field of cooperation. */
export function AgreementFormPage() {
  const { id } = useParams();
  const existing = useApiQuery('agreements.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (!id) return <AgreementForm />;
  if (existing.error) return <ErrorAlert error={existing.error} />;
  return existing.data ? (
    <AgreementForm key={`${existing.data.id}-${existing.data.updatedAt}`} agreement={existing.data} />
  ) : null;
}

function AgreementForm({ agreement }: { agreement?: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const fieldOptions = useCooperationFields();
  const [newField, setNewField] = useState('');
  const [fieldFailure, setFieldFailure] = useState<string>();
  const form = useForm<Values>({ initialValues: valuesOf(agreement) });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: agreementInput,
    toInput,
    summarize: true,
    save: async (fields) => {
      const saved = agreement
        ? await callApi('agreements.update', { id: agreement.id, ...fields })
        : await callApi('agreements.create', fields);
      await queryClient.invalidateQueries();
      return saved;
    },
    onSaved: (saved) => void navigate(`/agreements/${saved.id}`, { replace: true, state: { saved: true } }),
  });

  async function addVocabularyField() {
    setFieldFailure(undefined);
    try {
      const created = await callApi('cooperationFields.create', { label: newField });
      await queryClient.invalidateQueries({ queryKey: ['cooperationFields.list'] });
      form.insertListItem('fields', {
        key: rowKey(),
        fieldKey: created.key,
        text: '',
        status: 'not_started',
        notes: '',
      });
      setNewField('');
    } catch (error) {
      setFieldFailure(errorText(error, t));
    }
  }

  return (
    <Stack maw={1100}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <PageHeader title={agreement ? agreement.title : t('agreements.createTitle')} />
          {justSaved && (
            <Alert color="teal" role="status">
              {t('agreements.saved')}
            </Alert>
          )}
          <ErrorAlert message={failure} />
          {agreement?.expired && (
            <Alert color="red.9" variant="filled">
              {t('agreements.expiredNotice')}
            </Alert>
          )}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <TextInput label={t('agreements.fields.title')} withAsterisk {...form.getInputProps('title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Select
                label={t('agreements.fields.kind')}
                withAsterisk
                data={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: t(`agreements.kinds.${kind}`) }))}
                {...form.getInputProps('kind')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <Select
                label={t('agreements.fields.status')}
                allowDeselect={false}
                data={AGREEMENT_STATUSES.map((status) => ({
                  value: status,
                  label: t(`agreements.statuses.${status}`),
                }))}
                {...form.getInputProps('status')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <TextInput
                label={t('agreements.fields.signedOn')}
                placeholder={t('common.datePlaceholder')}
                {...form.getInputProps('signedOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <TextInput
                label={t('agreements.fields.effectiveFrom')}
                placeholder={t('common.datePlaceholder')}
                {...form.getInputProps('effectiveFrom')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 3 }}>
              <TextInput
                label={t('agreements.fields.expiresOn')}
                placeholder={t('common.datePlaceholder')}
                {...form.getInputProps('expiresOn')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <TextInput label={t('agreements.fields.place')} {...form.getInputProps('place')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <DelegationSelect label={t('agreements.fields.delegationId')} {...form.getInputProps('delegationId')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <AttachmentField
                label={t('agreements.fields.scanAttachmentId')}
                accept="application/pdf,image/png,image/jpeg"
                value={form.values.scanAttachmentId}
                onChange={(id) => form.setFieldValue('scanAttachmentId', id)}
                error={form.errors.scanAttachmentId as string | undefined}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea
                label={t('agreements.fields.renewalTerms')}
                autosize
                minRows={2}
                {...form.getInputProps('renewalTerms')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Textarea label={t('agreements.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
            </Grid.Col>
          </Grid>

          <Divider />
          <Title order={3}>{t('agreements.parties')}</Title>
          {form.errors.parties && (
            <Text c="red.9" size="sm" role="alert">
              {form.errors.parties}
            </Text>
          )}
          {form.values.parties.map((party, index) => (
            <Group key={party.key} align="flex-end" grow wrap="nowrap">
              <OrganizationSelect
                label={t('agreements.party', { number: index + 1 })}
                withAsterisk
                {...form.getInputProps(`parties.${index}.organizationId`)}
              />
              <ParticipantSelect
                label={t('agreements.signatory', { number: index + 1 })}
                delegationId={form.values.delegationId}
                {...form.getInputProps(`parties.${index}.signatoryParticipantId`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                style={{ flexGrow: 0 }}
                aria-label={t('agreements.removeParty', { number: index + 1 })}
                onClick={() => form.removeListItem('parties', index)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() =>
                form.insertListItem('parties', { key: rowKey(), organizationId: null, signatoryParticipantId: null })
              }
            >
              {t('agreements.addParty')}
            </Button>
          </Group>

          <Divider />
          <Title order={3}>{t('agreements.fieldsHeading', { count: form.values.fields.length })}</Title>
          {form.values.fields.map((field, index) => (
            <Card
              key={field.key}
              withBorder
              padding="sm"
              component="section"
              aria-label={t('agreements.point', { number: index + 1 })}
            >
              <Grid gap="xs" align="flex-end">
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <Select
                    label={t('agreements.pointField', { number: index + 1 })}
                    withAsterisk
                    searchable
                    data={fieldOptions}
                    {...form.getInputProps(`fields.${index}.fieldKey`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <Select
                    label={t('agreements.fieldStatus')}
                    allowDeselect={false}
                    data={FIELD_STATUSES.map((status) => ({
                      value: status,
                      label: t(`agreements.fieldStatuses.${status}`),
                    }))}
                    {...form.getInputProps(`fields.${index}.status`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <TextInput label={t('agreements.fieldNotes')} {...form.getInputProps(`fields.${index}.notes`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 1 }}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('agreements.removePoint', { number: index + 1 })}
                    onClick={() => form.removeListItem('fields', index)}
                  >
                    ✕
                  </ActionIcon>
                </Grid.Col>
                <Grid.Col span={12}>
                  <Textarea
                    label={t('agreements.pointText')}
                    autosize
                    minRows={1}
                    {...form.getInputProps(`fields.${index}.text`)}
                  />
                </Grid.Col>
              </Grid>
            </Card>
          ))}
          <Group align="flex-end">
            <Button
              variant="light"
              onClick={() =>
                form.insertListItem('fields', {
                  key: rowKey(),
                  fieldKey: null,
                  text: '',
                  status: 'not_started',
                  notes: '',
                })
              }
            >
              {t('agreements.addPoint')}
            </Button>
            <TextInput
              label={t('agreements.newFieldLabel')}
              value={newField}
              error={fieldFailure}
              onChange={(event) => setNewField(event.currentTarget.value)}
              w={280}
            />
            <Button variant="default" onClick={() => void addVocabularyField()} disabled={!newField.trim()}>
              {t('agreements.addField')}
            </Button>
          </Group>
          <FormActions saving={saving} onCancel={() => void navigate('/agreements')} />
        </Stack>
      </form>
      {agreement && (
        <>
          <FollowUpsOf
            sourceKind="agreement"
            sourceId={agreement.id}
            organizationId={agreement.parties[1]?.organizationId ?? null}
          />
          <SourcesPanel entity="agreement" id={agreement.id} />
          <HistoryPanel entity="agreement" entityId={agreement.id} />
        </>
      )}
    </Stack>
  );
}
