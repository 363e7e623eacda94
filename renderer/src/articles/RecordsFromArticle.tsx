import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Provenance, TextSpan } from '../../../shared/domain/article.js';
import { recordPath } from './record-path.js';

/** What was already taken from this article; each entry shows where in the text it came from. */
export function RecordsFromArticle({ records, onShow }: { records: Provenance[]; onShow: (span: TextSpan) => void }) {
  const { t } = useTranslation();
  const whole = records.filter((record) => record.field === '');
  if (whole.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('articles.recordsTaken')}
      </Title>
      <List size="sm" spacing={6}>
        {whole.map((record) => (
          <List.Item key={`${record.entity}-${record.entityId}`}>
            <Anchor component={Link} to={recordPath(record.entity, record.entityId)} fw={600}>
              {t(`articles.entities.${record.entity}`)}
            </Anchor>{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => onShow(record.span)}>
              {t('articles.showSource')}
            </Anchor>
            <Text size="xs" c="dimmed" lineClamp={2}>
              “{record.quote}”
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
