import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/domain/attachment.js';
import { callApi } from '../api/client.js';
import { readAsBase64 } from '../api/read-file.js';
import { downloadFile } from '../api/download.js';
import { errorText } from '../api/error-text.js';
import { useApiQuery } from '../api/use-api-query.js';

interface Props {
  label: string;
  /** Photos show as a thumbnail; scans (PDF) as a link to open. */
  accept: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Attach a photo or scan: kept in the data folder by main, which checks it really is an image or PDF. */
export function AttachmentField({ label, accept, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const current = useApiQuery('attachments.get', { id: value ?? '' }, { enabled: value !== null });

  async function attach(file: File | null) {
    if (!file) return;
    setFailure(undefined);
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setFailure(t('validation.too_large'));
      return;
    }
    setBusy(true);
    try {
      const saved = await callApi('attachments.add', { fileName: file.name, base64: await readAsBase64(file) });
      onChange(saved.id);
    } catch (reason) {
      setFailure(errorText(reason, t));
    } finally {
      setBusy(false);
    }
  }

  const content = current.data;
  return (
    <Input.Wrapper label={label} error={failure ?? error}>
      <Group align="center" mt={4}>
        {content?.mimeType.startsWith('image/') && (
          <Image
            src={`data:${content.mimeType};base64,${content.base64}`}
            alt={content.fileName}
            h={96}
            w="auto"
            fit="contain"
            radius="sm"
          />
        )}
        {content && !content.mimeType.startsWith('image/') && (
          <Button
            variant="subtle"
            onClick={() =>
              downloadFile({ fileName: content.fileName, mimeType: content.mimeType, base64: content.base64 })
            }
          >
            {content.fileName}
          </Button>
        )}
        <FileButton onChange={(file) => void attach(file)} accept={accept}>
          {(props) => (
            <Button variant="default" loading={busy} {...props}>
              {value ? t('attachments.replace') : t('attachments.choose')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button variant="default" onClick={() => onChange(null)}>
            {t('attachments.remove')}
          </Button>
        )}
        {!value && (
          <Text size="sm" c="dimmed">
            {t('attachments.hint')}
          </Text>
        )}
      </Group>
    </Input.Wrapper>
  );
}
