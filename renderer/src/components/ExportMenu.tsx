import { Button, Menu, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportableList, ListExportInput } from '../../../shared/domain/list-export.js';
import { callApi } from '../api/client.js';
import { downloadFile } from '../api/download.js';
import { errorText } from '../api/error-text.js';

type FilterOf<L extends ExportableList> = Extract<ListExportInput, { list: L }>['filter'];

/**
 * "Xuất Excel / CSV" on every list page: the same filter the page lists with goes to main, so the file
 * holds the rows on screen; main neutralises anything a spreadsheet would run as a formula.
 */
export function ExportMenu<L extends ExportableList>({ list, filter }: { list: L; filter: FilterOf<L> }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function exportAs(format: 'xlsx' | 'csv') {
    setBusy(true);
    setFailure(undefined);
    try {
      const input = { list, format, language: i18n.language === 'en' ? 'en' : 'vi', filter } as ListExportInput;
      downloadFile(await callApi('lists.export', input));
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('listExport.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportAs('xlsx')}>{t('listExport.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('csv')}>{t('listExport.csv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {failure && (
        <Text c="red" size="sm" role="alert">
          {failure}
        </Text>
      )}
    </>
  );
}
