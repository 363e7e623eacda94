import { Alert, Anchor, Button, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ArticleAcceptResult, ArticleReview } from '../../../shared/domain/article-review.js';
import { articleAcceptInput } from '../../../shared/domain/article-review.js';
import type { TextSpan } from '../../../shared/domain/article.js';
import { callApi } from '../api/client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PageHeader } from '../components/PageHeader.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { formatPartialDate } from '../format/date.js';
import { ArticleText } from './ArticleText.js';
import { ProposalCards } from './ProposalCards.js';
import { RecordsFromArticle } from './RecordsFromArticle.js';
import { acceptInput, reviewFormPath, reviewValues, type ReviewValues } from './review-values.js';

/** An article beside what it proposes: the user links, edits, ticks and accepts. */
export function ArticleReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const review = useApiQuery('articles.get', { id });
  const organizations = useApiQuery('organizations.list', { query: '' });
  if (review.error || organizations.error) return <ErrorAlert error={review.error ?? organizations.error} />;
  // Fresh organisations, not a cached list from an earlier page: the home side is chosen from them once,
  // when the form starts, and a home organisation made since would otherwise be missing (and the side empty).
  if (!review.data || !organizations.data || !organizations.isFetchedAfterMount) {
    return <Loader aria-label={t('common.loading')} />;
  }
  const homeOrgId = organizations.data.find((organization) => organization.isHome)?.id ?? null;
  // Keyed by article, so the form starts again from this article's proposals.
  return <Review key={review.data.article.id} review={review.data} homeOrgId={homeOrgId} />;
}

function Review({ review, homeOrgId }: { review: ArticleReview; homeOrgId: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { article, proposals } = review;
  const [params] = useSearchParams();
  // Opened from a record's source: show the characters it came from.
  const cited = params.has('from') ? { start: Number(params.get('from')), end: Number(params.get('to')) } : null;
  const [highlight, setHighlight] = useState<TextSpan | null>(cited);
  const [accepted, setAccepted] = useState<ArticleAcceptResult | null>(null);
  const form = useForm<ReviewValues>({
    initialValues: reviewValues(proposals, homeOrgId, (kind) => t(`agreements.kinds.${kind}`)),
  });

  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: articleAcceptInput,
    toInput: (values: ReviewValues) => acceptInput(article.id, values),
    formPath: reviewFormPath(form.values),
    summarize: true,
    save: async (input) => {
      const result = await callApi('articles.accept', input);
      await queryClient.invalidateQueries();
      return result;
    },
    onSaved: setAccepted,
  });

  return (
    <Stack>
      <PageHeader
        title={article.title}
        subtitle={[
          article.sourceName,
          article.publishedOn ? formatPartialDate(article.publishedOn, i18n.language) : null,
          t(`articles.languages.${article.language}`),
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <Anchor component={Link} to="/articles">
            {t('articles.backToList')}
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <div style={{ position: 'sticky', top: 70 }}>
            <ArticleText body={article.body} highlight={highlight} label={t('articles.articleText')} />
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <RecordsFromArticle records={review.records} onShow={setHighlight} />
            {accepted ? (
              <Alert color="green" variant="light" title={t('articles.acceptedTitle')}>
                <Stack gap="xs">
                  <Text>{t('articles.acceptedText', { count: accepted.created.length })}</Text>
                  <Group>
                    {accepted.delegationId && (
                      <Button component={Link} to={`/delegations/${accepted.delegationId}`}>
                        {t('articles.openDelegation')}
                      </Button>
                    )}
                    <Button component={Link} to={`/organizations/${accepted.partnerOrgId}`} variant="default">
                      {t('articles.openPartner')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : (
              <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
                <Stack>
                  <Text size="sm">{t('articles.reviewHint')}</Text>
                  <ProposalCards form={form} proposals={proposals} onShow={setHighlight} />
                  {failure && <ErrorAlert message={failure} />}
                  <Group>
                    <Button type="submit" loading={saving}>
                      {t('articles.accept')}
                    </Button>
                    <Text size="sm" c="dimmed">
                      {t('articles.oneTransaction')}
                    </Text>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
