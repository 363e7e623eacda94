import { ActionIcon, Button, Card, Grid, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES } from '../../../shared/domain/delegation.js';
import { OrganizationSelect, PersonSelect } from '../components/RecordSelect.js';
import { PersonFormModal } from '../people/PersonFormModal.js';
import { emptyParticipant, type DelegationFormValues } from './delegation-form-values.js';

/** The people of a visit in precedence order: pick or create each person, record their title *at this visit*. */
export function ParticipantsEditor({ form }: { form: UseFormReturnType<DelegationFormValues> }) {
  const { t } = useTranslation();
  const [creatingFor, setCreatingFor] = useState<number>();
  const participants = form.values.participants;

  function add(side: 'guest' | 'host') {
    const organizationId = side === 'guest' ? form.values.visitingOrgId : form.values.hostOrgId;
    form.insertListItem('participants', emptyParticipant(side, organizationId));
  }

  return (
    <Stack gap="xs">
      <Title order={3}>{t('participants.heading')}</Title>
      <Text size="sm" c="dimmed">
        {t('participants.hint')}
      </Text>
      {participants.map((participant, index) => {
        const number = index + 1;
        return (
          <Card
            key={participant.key}
            withBorder
            padding="sm"
            aria-label={t('participants.row', { number })}
            component="section"
          >
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Group gap={4} align="flex-end" wrap="nowrap">
                  <PersonSelect
                    label={t('participants.person', { number })}
                    withAsterisk
                    style={{ flex: 1 }}
                    {...form.getInputProps(`participants.${index}.personId`)}
                  />
                  <Button variant="default" onClick={() => setCreatingFor(index)}>
                    {t('participants.newPerson')}
                  </Button>
                </Group>
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <Select
                  label={t('participants.side')}
                  allowDeselect={false}
                  data={PARTICIPANT_SIDES.map((side) => ({ value: side, label: t(`participants.sides.${side}`) }))}
                  {...form.getInputProps(`participants.${index}.side`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <Select
                  label={t('participants.role')}
                  allowDeselect={false}
                  data={PARTICIPANT_ROLES.map((role) => ({ value: role, label: t(`participants.roles.${role}`) }))}
                  {...form.getInputProps(`participants.${index}.role`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <OrganizationSelect
                  label={t('participants.organization')}
                  clearable
                  {...form.getInputProps(`participants.${index}.organizationId`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 10 }}>
                <TextInput
                  label={t('participants.title')}
                  placeholder={t('participants.titlePlaceholder')}
                  {...form.getInputProps(`participants.${index}.title`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 2 }}>
                <Group gap={4} justify="flex-end">
                  <ActionIcon
                    variant="default"
                    aria-label={t('participants.moveUp', { number })}
                    disabled={index === 0}
                    onClick={() => form.reorderListItem('participants', { from: index, to: index - 1 })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('participants.moveDown', { number })}
                    disabled={index === participants.length - 1}
                    onClick={() => form.reorderListItem('participants', { from: index, to: index + 1 })}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    color="red.9"
                    aria-label={t('participants.remove', { number })}
                    onClick={() => form.removeListItem('participants', index)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => add('guest')}>
          {t('participants.addGuest')}
        </Button>
        <Button variant="light" onClick={() => add('host')}>
          {t('participants.addHost')}
        </Button>
      </Group>
      {creatingFor !== undefined && (
        <PersonFormModal
          onClose={() => setCreatingFor(undefined)}
          onSaved={(person) => {
            form.setFieldValue(`participants.${creatingFor}.personId`, person.id);
            setCreatingFor(undefined);
          }}
        />
      )}
    </Stack>
  );
}
