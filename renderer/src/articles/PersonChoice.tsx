import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProposedPerson } from '../../../shared/domain/article-review.js';
import { PersonSelect } from '../components/RecordSelect.js';
import type { ReviewValues } from './review-values.js';

interface Props {
  form: UseFormReturnType<ReviewValues>;
  /** 'head' or 'hosts.N' */
  path: string;
  label: string;
  proposal: ProposedPerson | undefined;
  onFocus: () => void;
}

/** One person the article names: linked to someone we know, or made new; with their title at this visit. */
export function PersonChoice({ form, path, label, proposal, onFocus }: Props) {
  const { t } = useTranslation();
  const value = form.values;
  const person = path === 'head' ? value.head : value.hosts[Number(path.split('.')[1])];
  if (!person) return null;
  return (
    <Stack gap={4} onFocusCapture={onFocus} onClick={onFocus}>
      <Checkbox label={label} {...form.getInputProps(`${path}.include`, { type: 'checkbox' })} />
      {person.include && (
        <>
          <PersonSelect
            label={t('articles.linkPerson')}
            placeholder={t('articles.createPerson', { name: person.fullName })}
            clearable
            {...form.getInputProps(`${path}.existingId`)}
          />
          <Group grow align="start">
            {person.existingId === null && (
              <TextInput label={t('people.fields.fullName')} {...form.getInputProps(`${path}.fullName`)} />
            )}
            <TextInput label={t('articles.titleAtVisit')} {...form.getInputProps(`${path}.title`)} />
          </Group>
        </>
      )}
      {person.include && person.existingId !== null && (
        <Button variant="subtle" size="compact-sm" onClick={() => form.setFieldValue(`${path}.existingId`, null)}>
          {t('articles.unlink')}
        </Button>
      )}
      {proposal && proposal.matches.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('articles.suggestions', {
            list: proposal.matches
              .map((match) => [match.fullName, match.lastTitle].filter(Boolean).join(', '))
              .join('; '),
          })}
        </Text>
      )}
    </Stack>
  );
}
