import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PageHeader } from '../components/PageHeader.js';
import { formatPartialDate } from '../format/date.js';
import { ArticleImporter } from './ArticleImporter.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

/** The articles records were taken from: import new ones, find old ones (accents optional). */
export function ArticlesPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useSearchQuery(search);
  const articles = useApiQuery('articles.list', { query });

  return (
    <Stack>
      <PageHeader title={t('articles.title')} subtitle={t('articles.intro')} />
      <ArticleImporter />
      <Title order={2} size="h3">
        {t('articles.listTitle')}
      </Title>
      <SearchField
        placeholder={t('articles.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={520}
      />
      <ErrorAlert error={articles.error} />
      {articles.data &&
        (articles.data.length === 0 ? (
          <Text>{query ? t('common.noMatch', { query }) : t('articles.empty')}</Text>
        ) : (
          <Table striped highlightOnHover withTableBorder aria-label={t('articles.listTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('articles.fields.title')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('articles.fields.published')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('articles.fields.language')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('articles.fields.records')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {articles.data.map((article) => (
                <Table.Tr key={article.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/articles/${article.id}`} fw={600}>
                      {article.title}
                    </Anchor>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {article.sourceName ? `${article.sourceName} — ` : ''}
                      {article.excerpt}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {article.publishedOn ? formatPartialDate(article.publishedOn, i18n.language) : '—'}
                  </Table.Td>
                  <Table.Td>{t(`articles.languages.${article.language}`)}</Table.Td>
                  <Table.Td>
                    {article.reviewedAt ? (
                      <Badge variant="light" color="green.9">
                        {t('articles.recordCount', { count: article.recordCount })}
                      </Badge>
                    ) : (
                      // A dark orange: Mantine's orange.9 falls under 4.5:1 on the striped rows.
                      <Badge variant="outline" color="#a33e00">
                        {t('articles.toReview')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
