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
import { ARTICLE_FILE_MAX_BYTES } from '../../../shared/domain/article.js';
import type { ArticleImportResult } from '../../../shared/domain/article-review.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { readAsBase64 } from '../api/read-file.js';

const ACCEPTED = '.txt,.md,.html,.htm';

/** One line of the import log: a file (or the pasted text) and what became of it. */
interface Outcome {
  name: string;
  result?: ArticleImportResult;
  failure?: string;
}

/** Paste an article, or drop/pick files (several at once): each is imported on its own, with progress. */
export function ArticleImporter() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  async function importOne(name: string, send: () => Promise<ArticleImportResult>): Promise<Outcome> {
    try {
      return { name, result: await send() };
    } catch (error) {
      return { name, failure: errorText(error, t) };
    }
  }

  async function importFiles(files: File[]) {
    if (files.length === 0) return;
    const results: Outcome[] = [];
    setProgress({ done: 0, total: files.length });
    for (const file of files) {
      // A file far too large is refused here, before it is read into memory and sent.
      results.push(
        file.size > ARTICLE_FILE_MAX_BYTES
          ? { name: file.name, failure: t('validation.file_too_large') }
          : await importOne(file.name, async () =>
              callApi('articles.import', {
                file: { name: file.name, base64: await readAsBase64(file) },
                sourceName,
              }),
            ),
      );
      setProgress({ done: results.length, total: files.length });
      setOutcomes([...results]);
    }
    setProgress(null);
    await queryClient.invalidateQueries({ queryKey: ['articles.list'] });
  }

  async function importPasted() {
    const outcome = await importOne(t('articles.pasted'), () => callApi('articles.import', { text, sourceName }));
    setOutcomes([outcome]);
    if (outcome.result?.status === 'imported') setText('');
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
  if (outcome.failure)
    return (
      <Text span c="red.8">
        {outcome.failure}
      </Text>
    );
  const result = outcome.result!;
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
    </>
  );
}
