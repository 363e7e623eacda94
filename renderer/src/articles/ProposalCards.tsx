import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../../shared/domain/agreement.js';
import type { ArticleProposals } from '../../../shared/domain/article-review.js';
import type { TextSpan } from '../../../shared/domain/article.js';
import { DELEGATION_DIRECTIONS } from '../../../shared/domain/delegation.js';
import { GIFT_DIRECTIONS } from '../../../shared/domain/gift.js';
import { ORGANIZATION_KINDS } from '../../../shared/domain/organization.js';
import { useCooperationFields } from '../agreements/use-cooperation-fields.js';
import { useApiQuery } from '../api/use-api-query.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { countryOptions } from '../organizations/country-options.js';
import { PersonChoice } from './PersonChoice.js';
import type { ReviewValues } from './review-values.js';

interface Props {
  form: UseFormReturnType<ReviewValues>;
  proposals: ArticleProposals;
  onShow: (span: TextSpan) => void;
}

/** A proposal's card: clicking or typing in it marks the sentence it came from. */
function Card({
  title,
  evidence,
  onShow,
  children,
}: {
  title: string;
  evidence?: TextSpan;
  onShow: Props['onShow'];
  children: ReactNode;
}) {
  const show = () => evidence && onShow(evidence);
  return (
    <Paper withBorder p="md" onClick={show} onFocusCapture={show} aria-label={title} component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

export function ProposalCards({ form, proposals, onShow }: Props) {
  const { t, i18n } = useTranslation();
  const fieldOptions = useCooperationFields();
  const organizations = useApiQuery('organizations.list', { query: '' });
  const homeOptions = (organizations.data ?? [])
    .filter((organization) => organization.isHome)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const values = form.values;
  const found = proposals.delegation;
  const options = <T extends string>(list: readonly T[], prefix: string) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}` as 'common.search') }));

  return (
    <Stack>
      <Card title={t('articles.partner')} evidence={found?.evidence} onShow={onShow}>
        <Select label={t('articles.homeSide')} data={homeOptions} {...form.getInputProps('homeOrgId')} />
        <OrganizationSelect
          label={t('articles.linkPartner')}
          placeholder={t('articles.createPartner', { name: values.partnerName })}
          clearable
          {...form.getInputProps('partnerExistingId')}
        />
        {values.partnerExistingId !== null && (
          <Button variant="subtle" size="compact-sm" onClick={() => form.setFieldValue('partnerExistingId', null)}>
            {t('articles.unlink')}
          </Button>
        )}
        {found && found.partnerMatches.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('articles.suggestions', { list: found.partnerMatches.map((match) => match.name).join('; ') })}
          </Text>
        )}
        {values.partnerExistingId === null && (
          <Group grow align="start">
            <TextInput label={t('organizations.fields.name')} {...form.getInputProps('partnerName')} />
            <Select
              label={t('organizations.fields.country')}
              searchable
              data={countryOptions(i18n.language)}
              {...form.getInputProps('partnerCountry')}
            />
            <Select
              label={t('organizations.fields.kind')}
              data={options(ORGANIZATION_KINDS, 'organizations.kinds')}
              {...form.getInputProps('partnerKind')}
            />
          </Group>
        )}
      </Card>

      <Card title={t('articles.delegation')} evidence={values.delegation.evidence} onShow={onShow}>
        <Checkbox
          label={t('articles.takeDelegation')}
          {...form.getInputProps('delegation.include', { type: 'checkbox' })}
        />
        {values.delegation.include && (
          <>
            <Select
              label={t('articles.direction')}
              data={DELEGATION_DIRECTIONS.map((value) => ({ value, label: t(`delegations.directions.${value}Long`) }))}
              {...form.getInputProps('delegation.direction')}
            />
            {values.head && (
              <PersonChoice
                form={form}
                path="head"
                label={t('articles.head')}
                proposal={found?.head ?? undefined}
                onFocus={() => values.head && onShow(values.head.evidence)}
              />
            )}
            {values.hosts.map((host, index) => (
              <PersonChoice
                key={index}
                form={form}
                path={`hosts.${index}`}
                label={t('articles.host', { number: index + 1 })}
                proposal={found?.hosts[index]}
                onFocus={() => onShow(host.evidence)}
              />
            ))}
            <Group grow align="start">
              <TextInput
                label={t('delegations.fields.startDate')}
                placeholder="dd/mm/yyyy"
                {...form.getInputProps('delegation.startDate')}
              />
              <TextInput
                label={t('delegations.fields.endDate')}
                placeholder="dd/mm/yyyy"
                {...form.getInputProps('delegation.endDate')}
              />
            </Group>
            <TextInput label={t('delegations.fields.place')} {...form.getInputProps('delegation.place')} />
            <Textarea
              label={t('delegations.fields.purpose')}
              autosize
              minRows={2}
              {...form.getInputProps('delegation.purpose')}
            />
          </>
        )}
      </Card>

      {values.gifts.map((gift, index) => (
        <Card
          key={`gift-${index}`}
          title={t('articles.gift', { number: index + 1 })}
          evidence={gift.evidence}
          onShow={onShow}
        >
          <Checkbox
            label={t('articles.take')}
            {...form.getInputProps(`gifts.${index}.include`, { type: 'checkbox' })}
          />
          {(gift.giver || gift.recipient) && (
            <Text size="sm" c="dimmed">
              {t('articles.giverRecipient', { giver: gift.giver || '—', recipient: gift.recipient || '—' })}
            </Text>
          )}
          {gift.include && (
            <Group grow align="start">
              <Select
                label={t('gifts.fields.direction')}
                data={GIFT_DIRECTIONS.map((value) => ({ value, label: t(`gifts.directions.${value}Long`) }))}
                {...form.getInputProps(`gifts.${index}.direction`)}
              />
              <TextInput label={t('gifts.fields.item')} {...form.getInputProps(`gifts.${index}.item`)} />
              <TextInput
                label={t('gifts.fields.date')}
                placeholder="dd/mm/yyyy"
                {...form.getInputProps(`gifts.${index}.date`)}
              />
            </Group>
          )}
        </Card>
      ))}

      {values.agreements.map((agreement, index) => (
        <Card
          key={`agreement-${index}`}
          title={t('articles.agreement', { number: index + 1 })}
          evidence={agreement.evidence}
          onShow={onShow}
        >
          <Checkbox
            label={t('articles.take')}
            {...form.getInputProps(`agreements.${index}.include`, { type: 'checkbox' })}
          />
          {agreement.include && (
            <>
              <TextInput label={t('agreements.fields.title')} {...form.getInputProps(`agreements.${index}.title`)} />
              <Select
                label={t('agreements.fields.kind')}
                data={options(AGREEMENT_KINDS, 'agreements.kinds')}
                {...form.getInputProps(`agreements.${index}.kind`)}
              />
              <Group grow align="start">
                <Select
                  label={t('agreements.fields.status')}
                  data={options(AGREEMENT_STATUSES, 'agreements.statuses')}
                  {...form.getInputProps(`agreements.${index}.status`)}
                />
                <TextInput
                  label={t('agreements.fields.signedOn')}
                  placeholder="dd/mm/yyyy"
                  {...form.getInputProps(`agreements.${index}.signedOn`)}
                />
              </Group>
              <MultiSelect
                label={t('articles.cooperationFields')}
                data={fieldOptions}
                searchable
                {...form.getInputProps(`agreements.${index}.fieldKeys`)}
              />
            </>
          )}
        </Card>
      ))}

      {values.followUps.map((followUp, index) => (
        <Card
          key={`follow-up-${index}`}
          title={t('articles.followUp', { number: index + 1 })}
          evidence={followUp.evidence}
          onShow={onShow}
        >
          <Checkbox
            label={t('articles.take')}
            {...form.getInputProps(`followUps.${index}.include`, { type: 'checkbox' })}
          />
          {followUp.include && (
            <Group grow align="start">
              <Textarea
                label={t('followUps.fields.text')}
                autosize
                {...form.getInputProps(`followUps.${index}.text`)}
              />
              <TextInput
                label={t('followUps.fields.due')}
                placeholder="yyyy"
                {...form.getInputProps(`followUps.${index}.due`)}
              />
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
