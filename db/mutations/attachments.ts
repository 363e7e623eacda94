import type { Store } from '../connection.js';
import type { Attachment } from '../../shared/domain/attachment.js';
import { recordAudit, type ChangeContext } from './audit.js';

/** Records a file already written to the attachments folder under its hash. */
export function insertAttachment(
  db: Store,
  change: ChangeContext,
  file: Omit<Attachment, 'id'> & { sha256: string },
): Attachment {
  const id = change.newId();
  db.prepare(
    `INSERT INTO attachments (id, sha256, file_name, mime_type, size, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, file.sha256, file.fileName, file.mimeType, file.size, change.now, change.now);
  const attachment = { id, fileName: file.fileName, mimeType: file.mimeType, size: file.size };
  recordAudit(db, change, {
    entity: 'attachment',
    entityId: id,
    action: 'create',
    before: null,
    after: { ...attachment, sha256: file.sha256 },
  });
  return attachment;
}
