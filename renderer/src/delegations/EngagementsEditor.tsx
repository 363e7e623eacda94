import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  MultiSelect,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_KINDS } from '../../../shared/domain/delegation.js';
import { useApiQuery } from '../api/use-api-query.js';
import { foldedFilter } from '../components/folded-filter.js';
import { emptyEngagement, type DelegationFormValues } from './delegation-form-values.js';

/** The programme: hội kiến, làm việc, ký kết… each with its day, time, place, who took part and outcome. */
export function EngagementsEditor({ form }: { form: UseFormReturnType<DelegationFormValues> }) {
  const { t } = useTranslation();
  // The names of the visit's people only (a ministry's store holds 100,000 people).
  const personIds = [
    ...new Set(form.values.participants.flatMap((participant) => (participant.personId ? [participant.personId] : []))),
  ];
  const people = useApiQuery('people.byIds', { ids: personIds }, { enabled: personIds.length > 0 });
  const names = new Map((people.data ?? []).map((person) => [person.id, person.fullName]));
  const participantOptions = form.values.participants
    .filter((participant) => participant.personId)
    .map((participant) => ({ value: participant.personId!, label: names.get(participant.personId!) ?? '…' }));

  return (
    <Stack gap="xs">
      <Title order={3}>{t('engagements.heading')}</Title>
      {form.values.engagements.map((engagement, index) => {
        const number = index + 1;
        return (
          <Card
            key={engagement.key}
            withBorder
            padding="sm"
            aria-label={t('engagements.row', { number })}
            component="section"
          >
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, md: 3 }}>
                <Select
                  label={t('engagements.kind', { number })}
                  withAsterisk
                  data={ENGAGEMENT_KINDS.map((kind) => ({ value: kind, label: t(`engagements.kinds.${kind}`) }))}
                  {...form.getInputProps(`engagements.${index}.kind`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <TextInput
                  label={t('engagements.date')}
                  placeholder={t('common.dayPlaceholder')}
                  withAsterisk
                  {...form.getInputProps(`engagements.${index}.date`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <TextInput
                  type="time"
                  label={t('engagements.time')}
                  {...form.getInputProps(`engagements.${index}.time`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <TextInput label={t('engagements.place')} {...form.getInputProps(`engagements.${index}.place`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 1 }}>
                <Group justify="flex-end">
                  <ActionIcon
                    variant="default"
                    aria-label={t('engagements.remove', { number })}
                    onClick={() => form.removeListItem('engagements', index)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Grid.Col>
              <Grid.Col span={12}>
                <MultiSelect
                  label={t('engagements.people')}
                  searchable
                  filter={foldedFilter}
                  data={participantOptions}
                  {...form.getInputProps(`engagements.${index}.personIds`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Textarea
                  label={t('engagements.summary')}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`engagements.${index}.summary`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Textarea
                  label={t('engagements.outcome')}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`engagements.${index}.outcome`)}
                />
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <Group>
        <Button
          variant="light"
          onClick={() => form.insertListItem('engagements', emptyEngagement(form.values.startDate))}
        >
          {t('engagements.add')}
        </Button>
      </Group>
    </Stack>
  );
}
