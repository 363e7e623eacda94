import {
  Alert,
  Button,
  Divider,
  Grid,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  GIFT_CATEGORIES,
  GIFT_DISPOSITIONS,
  giftInput,
  type Gift,
  type GiftCategory,
  type GiftDirection,
  type GiftDisposition,
} from '../../../shared/domain/gift.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { AttachmentField } from '../components/AttachmentField.js';
import { DeadlineBadge } from '../components/DeadlineBadge.js';
import { DelegationSelect, ParticipantSelect } from '../components/DelegationSelect.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { SourcesPanel } from '../components/SourcesPanel.js';
import { PageHeader } from '../components/PageHeader.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';
import { formatPartialDate } from '../format/date.js';
import { clockLabel } from './gift-labels.js';
import { ChoiceControl } from '../components/ChoiceControl.js';

interface Values {
  direction: GiftDirection;
  delegationId: string | null;
  date: string;
  giverParticipantId: string | null;
  giverOrgId: string | null;
  recipientParticipantId: string | null;
  recipientOrgId: string | null;
  item: string;
  category: GiftCategory;
  quantity: number | string;
  estimatedValue: number | string;
  currency: string;
  valuationBasis: string;
  circumstances: string;
  reportedOn: string;
  disposition: GiftDisposition | null;
  dispositionDecision: string;
  dispositionOn: string;
  soldOn: string;
  proceedsRemittedOn: string;
  photoAttachmentId: string | null;
  notes: string;
}

const DATE_FIELDS = ['date', 'reportedOn', 'dispositionOn', 'soldOn', 'proceedsRemittedOn'] as const;
const COMMON_CURRENCIES = ['VND', 'USD', 'EUR', 'KRW', 'JPY', 'CNY', 'IDR', 'THB', 'LAK', 'KHR', 'SGD', 'AUD', 'GBP'];

function valuesOf(gift: Gift | undefined, delegationId: string | null): Values {
  if (!gift) {
    return {
      direction: 'received',
      delegationId,
      date: '',
      giverParticipantId: null,
      giverOrgId: null,
      recipientParticipantId: null,
      recipientOrgId: null,
      item: '',
      category: 'object',
      quantity: 1,
      estimatedValue: '',
      currency: 'VND',
      valuationBasis: '',
      circumstances: '',
      reportedOn: '',
      disposition: null,
      dispositionDecision: '',
      dispositionOn: '',
      soldOn: '',
      proceedsRemittedOn: '',
      photoAttachmentId: null,
      notes: '',
    };
  }
  return {
    ...gift,
    quantity: gift.quantity,
    estimatedValue: gift.estimatedValue ?? '',
    date: isoToDateInput(gift.date),
    reportedOn: isoToDateInput(gift.reportedOn),
    dispositionOn: isoToDateInput(gift.dispositionOn),
    soldOn: isoToDateInput(gift.soldOn),
    proceedsRemittedOn: isoToDateInput(gift.proceedsRemittedOn),
  };
}

/** Form values → API input: typed dates to ISO, empty numbers to null. */
function toInput(values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {
    direction: values.direction,
    delegationId: values.delegationId,
    giverParticipantId: values.giverParticipantId,
    giverOrgId: values.giverOrgId,
    recipientParticipantId: values.recipientParticipantId,
    recipientOrgId: values.recipientOrgId,
    item: values.item,
    category: values.category,
    quantity: values.quantity === '' ? 1 : values.quantity,
    estimatedValue: values.estimatedValue === '' ? null : values.estimatedValue,
    currency: values.currency,
    valuationBasis: values.valuationBasis,
    circumstances: values.circumstances,
    disposition: values.disposition,
    dispositionDecision: values.dispositionDecision,
    photoAttachmentId: values.photoAttachmentId,
    notes: values.notes,
  };
  for (const field of DATE_FIELDS) {
    const text = values[field].trim();
    input[field] = text ? dateInputToIso(text) : field === 'date' ? '' : null;
  }
  return input;
}

/** /gifts/new (optionally ?delegation=…) and /gifts/:id. */
export function GiftFormPage() {
  const { id } = useParams();
  const existing = useApiQuery('gifts.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (!id) return <GiftForm />;
  if (existing.error) return <ErrorAlert error={existing.error} />;
  return existing.data ? (
    <GiftForm key={`${existing.data.id}-${existing.data.updatedAt}`} gift={existing.data} />
  ) : null;
}

function GiftForm({ gift }: { gift?: Gift }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Set by the navigation after a save, so the notice survives the reload of the saved record.
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const form = useForm<Values>({ initialValues: valuesOf(gift, params.get('delegation')) });
  const values = form.values;
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: giftInput,
    toInput,
    summarize: true,
    save: async (fields) => {
      const result = gift
        ? await callApi('gifts.update', { id: gift.id, ...fields })
        : await callApi('gifts.create', fields);
      await queryClient.invalidateQueries();
      return result;
    },
    onSaved: (result) => void navigate(`/gifts/${result.id}`, { replace: true, state: { saved: true } }),
  });

  // Warn before giving the same item to the same organisation twice.
  const [item] = useDebouncedValue(values.item.trim(), 300);
  const repeats = useApiQuery(
    'gifts.repeats',
    { recipientOrgId: values.recipientOrgId ?? '', item, exceptId: gift?.id ?? null },
    { enabled: values.direction === 'given' && values.recipientOrgId !== null && item.length > 0 },
  );
  const currencies = useMemo(
    () => [
      ...COMMON_CURRENCIES,
      ...Intl.supportedValuesOf('currency').filter((code) => !COMMON_CURRENCIES.includes(code)),
    ],
    [],
  );

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack maw={1100}>
        <PageHeader
          title={gift ? gift.item : t('gifts.createTitle')}
          actions={
            gift?.direction === 'received' && (
              <>
                <Button variant="default" component={Link} to={`/gifts/${gift.id}/report`}>
                  {t('giftPapers.openReport')}
                </Button>
                <Button variant="default" component={Link} to={`/gifts/${gift.id}/minutes`}>
                  {t('giftPapers.openMinutes')}
                </Button>
              </>
            )
          }
        />
        {justSaved && (
          <Alert color="teal" role="status">
            {t('gifts.saved')}
          </Alert>
        )}
        <ErrorAlert message={failure} />
        {gift && gift.clock !== 'none' && (
          <Stack gap={4}>
            <DeadlineBadge state={gift.clock === 'ok' ? (gift.reportedOn ? 'done' : 'ok') : gift.clock}>
              {clockLabel(gift, t, i18n.language)}
            </DeadlineBadge>
            {gift.reportDueOn && (
              <Text size="sm">
                {t('gifts.reportDueOn', { date: formatPartialDate(gift.reportDueOn, i18n.language) })}
              </Text>
            )}
          </Stack>
        )}
        <ChoiceControl
          aria-label={t('gifts.fields.direction')}
          data={[
            { value: 'received', label: t('gifts.directions.receivedLong') },
            { value: 'given', label: t('gifts.directions.givenLong') },
          ]}
          {...form.getInputProps('direction')}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <DelegationSelect label={t('gifts.fields.delegationId')} {...form.getInputProps('delegationId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('gifts.fields.date')}
              placeholder={t('common.dayPlaceholder')}
              withAsterisk
              {...form.getInputProps('date')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ParticipantSelect
              label={t('gifts.fields.giverParticipantId')}
              delegationId={values.delegationId}
              {...form.getInputProps('giverParticipantId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <OrganizationSelect label={t('gifts.fields.giverOrgId')} clearable {...form.getInputProps('giverOrgId')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ParticipantSelect
              label={t('gifts.fields.recipientParticipantId')}
              delegationId={values.delegationId}
              {...form.getInputProps('recipientParticipantId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <OrganizationSelect
              label={t('gifts.fields.recipientOrgId')}
              clearable
              {...form.getInputProps('recipientOrgId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput label={t('gifts.fields.item')} withAsterisk {...form.getInputProps('item')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Select
              label={t('gifts.fields.category')}
              allowDeselect={false}
              data={GIFT_CATEGORIES.map((category) => ({ value: category, label: t(`gifts.categories.${category}`) }))}
              {...form.getInputProps('category')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <NumberInput
              label={t('gifts.fields.quantity')}
              min={1}
              allowDecimal={false}
              {...form.getInputProps('quantity')}
            />
          </Grid.Col>
          {repeats.data && repeats.data.length > 0 && (
            <Grid.Col span={12}>
              <Alert color="orange" title={t('gifts.repeatTitle')} role="alert">
                {repeats.data
                  .map((earlier) =>
                    t('gifts.repeatLine', { item: earlier.item, date: formatPartialDate(earlier.date, i18n.language) }),
                  )
                  .join(' ')}
              </Alert>
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, md: 4 }}>
            <NumberInput
              label={t('gifts.fields.estimatedValue')}
              thousandSeparator={i18n.language === 'en' ? ',' : '.'}
              decimalSeparator={i18n.language === 'en' ? '.' : ','}
              {...form.getInputProps('estimatedValue')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 2 }}>
            <Select
              label={t('gifts.fields.currency')}
              searchable
              allowDeselect={false}
              data={currencies}
              {...form.getInputProps('currency')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput label={t('gifts.fields.valuationBasis')} {...form.getInputProps('valuationBasis')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <AttachmentField
              label={t('gifts.fields.photoAttachmentId')}
              accept="image/png,image/jpeg,image/webp,image/gif"
              value={values.photoAttachmentId}
              onChange={(id) => form.setFieldValue('photoAttachmentId', id)}
              error={form.errors.photoAttachmentId as string | undefined}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('gifts.fields.circumstances')}
              autosize
              minRows={2}
              {...form.getInputProps('circumstances')}
            />
          </Grid.Col>
        </Grid>
        {values.direction === 'received' && (
          <>
            <Divider />
            <Title order={3}>{t('gifts.handling')}</Title>
            <Text size="sm" c="dimmed">
              {t('gifts.handlingHint')}
            </Text>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('gifts.fields.reportedOn')}
                  placeholder={t('common.dayPlaceholder')}
                  {...form.getInputProps('reportedOn')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <Select
                  label={t('gifts.fields.disposition')}
                  clearable
                  data={GIFT_DISPOSITIONS.map((disposition) => ({
                    value: disposition,
                    label: t(`gifts.dispositions.${disposition}`),
                  }))}
                  {...form.getInputProps('disposition')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('gifts.fields.dispositionDecision')}
                  {...form.getInputProps('dispositionDecision')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('gifts.fields.dispositionOn')}
                  placeholder={t('common.dayPlaceholder')}
                  {...form.getInputProps('dispositionOn')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('gifts.fields.soldOn')}
                  placeholder={t('common.dayPlaceholder')}
                  {...form.getInputProps('soldOn')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('gifts.fields.proceedsRemittedOn')}
                  placeholder={t('common.dayPlaceholder')}
                  {...form.getInputProps('proceedsRemittedOn')}
                />
              </Grid.Col>
            </Grid>
          </>
        )}
        <Textarea label={t('gifts.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions saving={saving} onCancel={() => void navigate('/gifts')} />
        {gift && <SourcesPanel entity="gift" id={gift.id} />}
        {gift && <HistoryPanel entity="gift" entityId={gift.id} />}
      </Stack>
    </form>
  );
}
