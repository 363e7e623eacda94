import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ARTICLE_BATCH_MAX_BYTES,
  ARTICLE_BATCH_MAX_ITEMS,
  ARTICLE_FILE_MAX_BYTES,
} from '../../../shared/domain/article.js';
import type { ArticleImportItem, ArticleImportOutcome } from '../../../shared/domain/article-review.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { readAsBase64 } from '../api/read-file.js';

const ACCEPTED = '.txt,.md,.html,.htm';

/** One line of the import log: a file (or the pasted text) and what became of it. */
interface Outcome {
  name: string;
  result?: ArticleImportOutcome;
  failure?: string;
}

/**
 * Files in the batches they are sent in: up to 25 files and 8 MB a call (one transaction each on the other
 * side), in the order the user gave them. A file over 5 MB is in no batch: it is refused here, unread.
 */
function batchesOf(files: File[]): File[][] {
  const batches: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > ARTICLE_FILE_MAX_BYTES) continue;
    if (
      current.length === ARTICLE_BATCH_MAX_ITEMS ||
      (current.length > 0 && bytes + file.size > ARTICLE_BATCH_MAX_BYTES)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Paste an article, or drop/pick files (several at once): sent in batches, each file answered on its own line. */
export function ArticleImporter() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  /** One call: a line per item, or the call's failure on every line of the batch. */
  async function importBatch(names: string[], items: () => Promise<ArticleImportItem[]>): Promise<Outcome[]> {
    try {
      const { outcomes: results } = await callApi('articles.import', { items: await items(), sourceName });
      return names.map((name, index) => ({ name, result: results[index] }));
    } catch (error) {
      const failure = errorText(error, t);
      return names.map((name) => ({ name, failure }));
    }
  }

  async function importFiles(files: File[]) {
    if (files.length === 0) return;
    // Lines in the order the files were given; a file too large gets its line at once.
    const lines: (Outcome | undefined)[] = files.map((file) =>
      file.size > ARTICLE_FILE_MAX_BYTES ? { name: file.name, failure: t('validation.file_too_large') } : undefined,
    );
    const show = () => setOutcomes(lines.filter((line): line is Outcome => line !== undefined));
    let done = lines.filter(Boolean).length;
    setProgress({ done, total: files.length });
    show();
    for (const batch of batchesOf(files)) {
      const results = await importBatch(
        batch.map((file) => file.name),
        () => Promise.all(batch.map(async (file) => ({ file: { name: file.name, base64: await readAsBase64(file) } }))),
      );
      batch.forEach((file, index) => (lines[files.indexOf(file)] = results[index]));
      done += batch.length;
      setProgress({ done, total: files.length });
      show();
    }
    setProgress(null);
    await queryClient.invalidateQueries({ queryKey: ['articles.list'] });
  }

  async function importPasted() {
    const [outcome] = await importBatch([t('articles.pasted')], async () => [{ text }]);
    setOutcomes([outcome!]);
    if (outcome!.result?.status === 'imported') setText('');
    await queryClient.invalidateQueries({ queryKey: ['articles.list'] });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Textarea
          label={t('articles.pasteLabel')}
          placeholder={t('articles.pastePlaceholder')}
          autosize
          minRows={4}
          maxRows={12}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group align="end">
          <TextInput
            label={t('articles.sourceName')}
            placeholder={t('articles.sourcePlaceholder')}
            value={sourceName}
            onChange={(event) => setSourceName(event.currentTarget.value)}
            w={320}
          />
          <Button onClick={() => void importPasted()} disabled={text.trim() === '' || progress !== null}>
            {t('articles.importPasted')}
          </Button>
        </Group>
        <Paper
          withBorder
          p="md"
          bg={dragging ? 'blue.0' : undefined}
          style={{ borderStyle: 'dashed' }}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="article-drop-zone"
        >
          <Group justify="space-between">
            <Text>{t('articles.dropHint')}</Text>
            <FileButton multiple accept={ACCEPTED} onChange={(files) => void importFiles(files)}>
              {(props) => (
                <Button variant="default" {...props} disabled={progress !== null}>
                  {t('articles.pickFiles')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
        {progress && (
          <Stack gap={4}>
            <Text size="sm">{t('articles.importing', progress)}</Text>
            <Progress value={(progress.done / progress.total) * 100} aria-label={t('articles.progress')} />
          </Stack>
        )}
        {outcomes.length > 0 && (
          <Alert variant="light" title={t('articles.importLog')}>
            <List size="sm" spacing={4}>
              {outcomes.map((outcome, index) => (
                <List.Item key={index}>
                  <Text span fw={600}>
                    {outcome.name}
                  </Text>
                  {': '}
                  <OutcomeText outcome={outcome} />
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const result = outcome.result;
  if (outcome.failure || !result || result.status === 'refused')
    return (
      // A darker red than Mantine's red.9, which falls under 4.5:1 on the log's light blue.
      <Text span c="#a61e1e">
        {outcome.failure ??
          (result?.status === 'refused'
            ? t(`validation.${result.reason}` as 'validation.invalid', { defaultValue: result.reason })
            : t('errors.internal'))}
      </Text>
    );
  if (result.status === 'imported') {
    return (
      <>
        {t('articles.imported')} <Link to={`/articles/${result.article.id}`}>{t('articles.review')}</Link>
      </>
    );
  }
  return (
    <>
      {t(result.how === 'same' ? 'articles.duplicateSame' : 'articles.duplicateNear')}{' '}
      <Link to={`/articles/${result.existing.id}`}>{result.existing.title}</Link>
      {result.earlierItem !== null && <> {t('articles.sameBatch')}</>}
    </>
  );
}
