import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Briefing } from '../../../shared/domain/briefing.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useItemTitle } from '../calendar/use-item-title.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useMyName } from '../follow-ups/use-my-name.js';
import { useCooperationFields } from '../agreements/use-cooperation-fields.js';
import { sheetToDocx } from './briefing-docx.js';
import { briefingModel } from './briefing-model.js';
import { BRIEFING_SECTIONS } from './sections.js';
import { SheetView } from './SheetView.js';
import { PrintButtons } from '../components/PrintButtons.js';

/** /delegations/:id/briefing — the A4 sheet to print before the meeting. */
export function BriefingPage() {
  const { id = '' } = useParams();
  const briefing = useApiQuery('briefings.forDelegation', { id });
  if (briefing.error) return <ErrorAlert error={briefing.error} />;
  // data-print-ready: the desktop app's hidden print window waits for it (main/electron/print-window.ts).
  return briefing.data ? (
    <div data-print-ready>
      <BriefingSheet key={briefing.data.delegation.updatedAt} briefing={briefing.data} editable />
    </div>
  ) : null;
}

/** One visit's sheet; `editable` adds the section chooser, the buttons and the talking-point editor. */
export function BriefingSheet({ briefing, editable = false }: { briefing: Briefing; editable?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [myName] = useMyName();
  const itemTitle = useItemTitle();
  const fieldNames = new Map(useCooperationFields().map((field) => [field.value, field.label]));
  const [sections, setSections] = useLocalStorage<string[]>({
    key: 'protocol-desk.briefing-sections',
    defaultValue: [...BRIEFING_SECTIONS],
  });
  const [talkingPoints, setTalkingPoints] = useState(briefing.talkingPoints);
  const [topicsToAvoid, setTopicsToAvoid] = useState(briefing.topicsToAvoid);
  const [saveState, setSaveState] = useState<string>();
  const { delegation } = briefing;
  const model = briefingModel(
    briefing,
    { talkingPoints, topicsToAvoid },
    {
      t,
      language,
      preparedBy: myName,
      fieldName: (key) => fieldNames.get(key) ?? key,
      itemTitle,
      sections,
      now: new Date(),
    },
  );

  async function exportWord() {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await sheetToDocx(model));
    link.download = `ban-thong-tin-${delegation.startDate}.docx`;
    link.click();
  }

  async function saveNotes() {
    try {
      await callApi('briefings.saveNotes', { id: delegation.id, talkingPoints, topicsToAvoid });
      setSaveState(t('briefing.notesSaved'));
      void queryClient.invalidateQueries({ queryKey: ['history.list'] });
    } catch (error) {
      setSaveState(errorText(error, t));
    }
  }

  // On screen the talking points are edited here; on paper the model's paragraphs print instead.
  const notesEditor = (
    <Stack gap="xs" data-print-hidden>
      <Textarea
        label={t('briefing.talkingPoints')}
        autosize
        minRows={3}
        value={talkingPoints}
        onChange={(event) => setTalkingPoints(event.currentTarget.value)}
      />
      <Textarea
        label={t('briefing.topicsToAvoid')}
        autosize
        minRows={2}
        value={topicsToAvoid}
        onChange={(event) => setTopicsToAvoid(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" onClick={() => void saveNotes()}>
          {t('briefing.saveNotes')}
        </Button>
        {saveState && (
          <Text size="sm" role="status">
            {saveState}
          </Text>
        )}
      </Group>
    </Stack>
  );

  return (
    <Stack gap="md">
      {editable && (
        <Group data-print-hidden justify="space-between" align="flex-start">
          <Checkbox.Group label={t('briefing.sections')} value={sections} onChange={setSections}>
            <Group gap="sm" mt={6}>
              {BRIEFING_SECTIONS.map((section) => (
                <Checkbox key={section} value={section} label={t(`briefing.sectionNames.${section}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group gap="xs">
            <Button variant="default" component={Link} to={`/delegations/${delegation.id}`}>
              {t('briefing.back')}
            </Button>
            <Button variant="default" onClick={() => void exportWord()}>
              {t('briefing.exportWord')}
            </Button>
            <PrintButtons />
          </Group>
        </Group>
      )}

      <SheetView
        model={model}
        printOnly={editable ? ['talkingPoints'] : []}
        extras={editable ? { talkingPoints: notesEditor } : {}}
      />
    </Stack>
  );
}
