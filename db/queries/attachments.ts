import type { Store } from '../connection.js';
import type { Attachment, AttachmentType } from '../../shared/domain/attachment.js';

export function findAttachment(db: Store, id: string): (Attachment & { sha256: string }) | undefined {
  const row = db
    .prepare<[string], { id: string; sha256: string; file_name: string; mime_type: string; size: number }>(
      'SELECT id, sha256, file_name, mime_type, size FROM attachments WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id);
  // mime_type only ever receives a type checked against the file's own bytes.
  return (
    row && {
      id: row.id,
      sha256: row.sha256,
      fileName: row.file_name,
      mimeType: row.mime_type as AttachmentType,
      size: row.size,
    }
  );
}
