import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProvenanceEntity } from '../../../shared/domain/article.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatPartialDate } from '../format/date.js';

/** The articles a record was taken from, each with the sentence quoted and a link to it in the article. */
export function SourcesPanel({ entity, id }: { entity: ProvenanceEntity; id: string }) {
  const { t, i18n } = useTranslation();
  const sources = useApiQuery('provenance.ofRecord', { entity, id });
  if (!sources.data || sources.data.length === 0) return null;
  // The record's own quote first; the lines its people came from follow under the same article.
  const wholeRecord = sources.data.filter((source) => source.field === '');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('articles.sources')}>
      <Title order={3} mb="xs">
        {t('articles.sources')}
      </Title>
      <List spacing="xs">
        {wholeRecord.map((source) => (
          <List.Item key={`${source.articleId}-${source.span.start}`}>
            <Anchor
              component={Link}
              to={`/articles/${source.articleId}?from=${source.span.start}&to=${source.span.end}`}
              fw={600}
            >
              {source.articleTitle}
            </Anchor>
            {source.articlePublishedOn && (
              <Text span size="sm" c="dimmed">
                {' · '}
                {formatPartialDate(source.articlePublishedOn, i18n.language)}
              </Text>
            )}
            <Text size="sm">
              <mark data-testid="source-quote">{source.quote}</mark>
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
