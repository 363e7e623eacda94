import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ExportMenu } from '../components/ExportMenu.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../shared/domain/organization.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { usePagedList } from '../api/use-paged-list.js';
import { callApi } from '../api/client.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ListLoader } from '../components/ListLoader.js';
import { ShowMore } from '../components/ShowMore.js';
import { numberFormat } from '../format/number.js';
import { OrganizationFormModal } from './OrganizationFormModal.js';
import { OrganizationTable } from './OrganizationTable.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; organization: Organization } | { kind: 'delete'; organization: Organization };

export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useSearchQuery(search);
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  const list = usePagedList('organizations.page', { query });

  function finish(message: string) {
    setDialog(undefined);
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: ['organizations.list'] });
    void queryClient.invalidateQueries({ queryKey: ['organizations.page'] });
    // The pickers name their chosen organisation by id.
    void queryClient.invalidateQueries({ queryKey: ['organizations.get'] });
    // The delegation list's pages show both sides by name.
    void queryClient.invalidateQueries({ queryKey: ['delegations.page'] });
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('organizations.title')}</Title>
          <Text c="dimmed">{t('organizations.intro')}</Text>
        </div>
        <Group gap="xs">
          <ExportMenu list="organizations" filter={{ query }} />
          <Button onClick={() => setDialog({ kind: 'create' })}>{t('organizations.add')}</Button>
        </Group>
      </Group>

      <SearchField
        label={t('organizations.searchLabel')}
        placeholder={t('organizations.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={520}
      />

      {notice && (
        <Alert
          color="teal"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(undefined)}
          role="status"
        >
          {notice}
        </Alert>
      )}
      {list.error && (
        <Alert color="red" title={t('errors.title')} role="alert">
          {errorText(list.error, t)}
        </Alert>
      )}
      <ListLoader pending={list.pending} />

      {list.rows && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('organizations.count', { count: list.total, shown: numberFormat(i18n.language).format(list.total) })}
          </Text>
          {list.rows.length === 0 ? (
            <Text>{query ? t('organizations.noMatch', { query }) : t('organizations.empty')}</Text>
          ) : (
            <>
              <OrganizationTable
                organizations={list.rows}
                onEdit={(organization) => setDialog({ kind: 'edit', organization })}
                onDelete={(organization) => setDialog({ kind: 'delete', organization })}
              />
              <ShowMore list={list} words="organizations" />
            </>
          )}
        </>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <OrganizationFormModal
          organization={dialog.kind === 'edit' ? dialog.organization : undefined}
          onClose={() => setDialog(undefined)}
          onSaved={(saved) => finish(t('organizations.saved', { name: saved.name }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('organizations.deleteTitle')}
          message={t('organizations.deleteConfirm', { name: dialog.organization.name })}
          confirmLabel={t('common.delete')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await callApi('organizations.delete', { id: dialog.organization.id });
            finish(t('organizations.deleted', { name: dialog.organization.name }));
          }}
        />
      )}
    </Stack>
  );
}
