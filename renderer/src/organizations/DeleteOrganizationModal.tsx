import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../shared/domain/organization.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';

interface Props {
  organization: Organization;
  onClose: () => void;
  onDeleted: (deleted: Organization) => void;
}

export function DeleteOrganizationModal({ organization, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function confirm() {
    setDeleting(true);
    setFailure(undefined);
    try {
      await callApi('organizations.delete', { id: organization.id });
      onDeleted(organization);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('organizations.deleteTitle')}
    >
      <Stack>
        <Text>{t('organizations.deleteConfirm', { name: organization.name })}</Text>
        {failure && (
          <Alert color="red" title={t('errors.title')} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {/* red.9: white text on the default red fails contrast */}
          <Button color="red.9" loading={deleting} onClick={() => void confirm()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
