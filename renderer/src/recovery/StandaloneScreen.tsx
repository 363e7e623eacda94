import { Alert, Container, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';

/** A screen shown instead of the app while the store is not open (locked, or in recovery): no navigation. */
export function StandaloneScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Group justify="space-between" align="baseline">
          <Title order={1} size="h2">
            {title}
          </Title>
          <LanguageSwitch />
        </Group>
        {children}
      </Stack>
    </Container>
  );
}

/** What stands where the actions were once Quit has stopped the app. */
export function QuitDone() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" role="status">
      {t('recovery.quitDone')}
    </Alert>
  );
}
