import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { Button, Kbd, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countryName } from '../../../shared/domain/country-names.js';
import type { SearchHit } from '../../../shared/domain/search.js';
import { isPartialDate } from '../../../shared/text/partial-date.js';
import { formatPartialDate } from '../format/date.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useSearchQuery } from '../components/SearchField.js';

const PATH_OF: Record<string, (id: string) => string> = {
  organization: (id) => `/organizations/${id}`,
  person: (id) => `/people/${id}`,
  delegation: (id) => `/delegations/${id}`,
  gift: (id) => `/gifts/${id}`,
  agreement: (id) => `/agreements/${id}`,
  follow_up: () => `/follow-ups`,
  article: (id) => `/articles/${id}`,
};
const KIND_ORDER = ['organization', 'person', 'delegation', 'agreement', 'gift', 'follow_up', 'article'];

const [searchStore, searchBox] = createSpotlight();

/** A hit's second line in the user's terms: a country's name, a date as staff write it. */
function describe(hit: SearchHit, language: string): string {
  if (hit.entity === 'organization') return countryName(hit.subtitle, language);
  return isPartialDate(hit.subtitle) ? formatPartialDate(hit.subtitle, language) : hit.subtitle;
}

/** Ctrl/Cmd+K: one search over every kind of record, grouped by kind; Enter opens the first match. */
export function GlobalSearch() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const debounced = useSearchQuery(query, 150);
  const hits = useApiQuery('search.everything', { query: debounced }, { enabled: debounced.length > 0 });
  const groups = new Map<string, SearchHit[]>();
  for (const hit of debounced ? (hits.data ?? []) : []) {
    groups.set(hit.entity, [...(groups.get(hit.entity) ?? []), hit]);
  }
  const ordered = [...groups.keys()].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  const first = ordered.length > 0 ? groups.get(ordered[0]!)![0] : undefined;
  const open = (hit: SearchHit) => void navigate(PATH_OF[hit.entity]!(hit.id));

  return (
    <>
      <Button variant="default" size="xs" onClick={() => searchBox.open()} rightSection={<Kbd size="xs">Ctrl K</Kbd>}>
        {t('search.open')}
      </Button>
      <Spotlight.Root
        store={searchStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        scrollable
        maxHeight={480}
        // Gives the dialog its accessible name (the search box alone does not name it).
        title={
          <Text component="span" px="md" pt="sm" size="sm" c="dimmed" display="block">
            {t('search.title')}
          </Text>
        }
      >
        <Spotlight.Search
          placeholder={t('search.placeholder')}
          aria-label={t('search.open')}
          onKeyDown={(event) => {
            // Enter with nothing picked by the arrow keys opens the best match.
            if (event.key === 'Enter' && searchStore.getState().selected === -1 && first) {
              open(first);
              searchBox.close();
            }
          }}
        />
        <Spotlight.ActionsList aria-label={t('search.results')}>
          {ordered.map((entity) => (
            <Spotlight.ActionsGroup key={entity} label={t(`search.kinds.${entity}` as 'search.kinds.organization')}>
              {groups.get(entity)!.map((hit) => (
                <Spotlight.Action
                  key={hit.id}
                  label={hit.title}
                  description={describe(hit, i18n.language)}
                  onClick={() => open(hit)}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {debounced && hits.data?.length === 0 && <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
