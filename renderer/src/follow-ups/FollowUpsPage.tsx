import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../api/use-paged-list.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ListLoader } from '../components/ListLoader.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { PageHeader } from '../components/PageHeader.js';
import { ShowMore } from '../components/ShowMore.js';
import { FollowUpFormModal } from './FollowUpFormModal.js';
import { FollowUpTable } from './FollowUpTable.js';
import { useMyName } from './use-my-name.js';
import { ChoiceControl } from '../components/ChoiceControl.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

/**
 * "My follow-ups / All": overdue first, then by due date; one click to mark done. A page at a time, with how
 * many there are in all and a button for the next ones.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const [myName, setMyName] = useMyName();
  const [whose, setWhose] = useState('all');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const query = useSearchQuery(search);
  const [owner] = useDebouncedValue(whose === 'mine' ? myName.trim() : '', 300);
  const followUps = usePagedList('followUps.page', { query, owner, includeClosed });

  return (
    <Stack>
      <PageHeader
        title={t('followUps.title')}
        subtitle={t('followUps.intro')}
        actions={
          <>
            <ExportMenu list="followUps" filter={{ query, owner, includeClosed }} />
            <Button onClick={() => setCreating(true)}>{t('followUps.add')}</Button>
          </>
        }
      />
      <Group align="flex-end" wrap="wrap">
        <ChoiceControl
          aria-label={t('followUps.whose')}
          value={whose}
          onChange={setWhose}
          data={[
            { value: 'mine', label: t('followUps.mine') },
            { value: 'all', label: t('followUps.all') },
          ]}
        />
        <TextInput
          label={t('followUps.myName')}
          value={myName}
          onChange={(event) => setMyName(event.currentTarget.value)}
          w={200}
          error={whose === 'mine' && !myName.trim() ? t('followUps.myNameNeeded') : undefined}
        />
        <SearchField value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={260} />
        <Switch
          label={t('followUps.includeClosed')}
          checked={includeClosed}
          onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert error={followUps.error} />
      <ListLoader pending={followUps.pending} />
      {followUps.rows &&
        (followUps.rows.length === 0 ? (
          <Text>{t('followUps.empty')}</Text>
        ) : (
          <>
            <FollowUpTable followUps={followUps.rows} label={t('followUps.title')} />
            <ShowMore list={followUps} words="followUps" />
          </>
        ))}
      {creating && <FollowUpFormModal defaultOwner={myName} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
