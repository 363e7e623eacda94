import { gunzipSync } from 'node:zlib';
import type { OpenedApp } from '../../main/bootstrap.js';
import { packExchange, type ExchangeManifest } from '../../main/exchange/container.js';
import { insertArticle, insertProvenance } from '../../db/mutations/articles.js';
import { EXCHANGE_TABLES, type ExchangeTable, type RawRow } from '../../db/queries/exchange.js';
import { fingerprint } from '../../main/import/fingerprint.js';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { Attachment } from '../../shared/domain/attachment.js';
import type { DelegationSummary } from '../../shared/domain/delegation.js';
import type { ExchangeSummary } from '../../shared/domain/exchange.js';
import type { FollowUp } from '../../shared/domain/follow-up.js';
import type { Organization } from '../../shared/domain/organization.js';
import { call, dispatchNow } from './temp-store.js';
import { UPLOAD_CHUNK_BYTES } from '../../shared/domain/upload.js';

/** A real 1×1 PNG. */
export const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Every exchanged table's rows, in id order: what "identical records" means. */
export function tableContents(app: OpenedApp): Record<ExchangeTable, RawRow[]> {
  return Object.fromEntries(
    EXCHANGE_TABLES.map((table) => [table, app.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as RawRow[]]),
  ) as Record<ExchangeTable, RawRow[]>;
}

export function organizationNamed(app: OpenedApp, name: string): Organization {
  const found = call<Organization[]>(app, 'organizations.list', { query: '' }).find((org) => org.name === name);
  if (!found) throw new Error(`no organisation ${name}`);
  return found;
}

/**
 * The sample data plus what it lacks: a gift photo (an attachment file), a progress note, a calendar
 * adjustment, a deleted follow-up and a deleted delegation, an article with provenance on a delegation.
 */
export function seedEverything(app: OpenedApp): void {
  call(app, 'sampleData.load', {});
  const photo = call<Attachment>(app, 'attachments.add', { fileName: 'bình gốm.png', base64: PNG });
  const hue = organizationNamed(app, 'Thành phố Huế');
  const gyeongju = organizationNamed(app, 'Thành phố Gyeongju');
  call(app, 'gifts.create', {
    direction: 'given',
    date: '2025-10-15',
    item: '=HYPERLINK("x") bình gốm Phước Tích',
    giverOrgId: hue.id,
    recipientOrgId: gyeongju.id,
    photoAttachmentId: photo.id,
  });
  const followUps = call<FollowUp[]>(app, 'followUps.list', { includeClosed: true });
  call(app, 'followUps.addNote', { followUpId: followUps[0]!.id, on: '2025-11-02', text: 'Đã gửi thư mời' });
  call(app, 'followUps.delete', { id: followUps[1]!.id });
  call(app, 'calendar.saveAdjustment', { date: '2026-01-02', kind: 'day_off', name: 'Nghỉ bù Tết Dương lịch' });
  const delegations = call<DelegationSummary[]>(app, 'delegations.list', {});
  call(app, 'delegations.delete', { id: delegations.at(-1)!.id });
  const visit = delegations.find((delegation) => delegation.visitingOrgId === gyeongju.id)!;
  const body = 'Phó Thị trưởng Gyeongju thăm và làm việc tại Huế; hai bên bàn về hợp tác du lịch và di sản.';
  app.db.transaction(() => {
    const change = { actor: 'test', now: new Date().toISOString(), newId: () => crypto.randomUUID() };
    const article = insertArticle(app.db, change, {
      title: 'Gyeongju thăm Huế',
      sourceName: 'Báo mẫu',
      url: 'https://example.org/gyeongju-hue',
      fileName: '',
      language: 'vi',
      publishedOn: '2025-10-14',
      body,
      ...fingerprint(body),
    });
    insertProvenance(app.db, change, {
      articleId: article.id,
      entity: 'delegation',
      entityId: visit.id,
      field: '',
      span: { start: 0, end: 30 },
    });
  })();
}

export function exportFrom(app: OpenedApp, organizationId: string | null = null): ExportFile {
  return call<ExportFile>(app, 'exchange.export', { organizationId });
}

/** Sends bytes the way the renderer does: uploads.begin, then uploads.append a piece at a time. */
export function upload(app: OpenedApp, bytes: Buffer): string {
  const { uploadId } = call<{ uploadId: string }>(app, 'uploads.begin', { size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const piece = bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES);
    call(app, 'uploads.append', { uploadId, offset, base64: piece.toString('base64') });
  }
  return uploadId;
}

export function importInto(app: OpenedApp, file: ExportFile | string): Result<ExchangeSummary> {
  const uploadId = upload(app, Buffer.from(typeof file === 'string' ? file : file.base64, 'base64'));
  return dispatchNow(app, 'exchange.import', { uploadId }) as Result<ExchangeSummary>;
}

export function importedSummary(app: OpenedApp, file: ExportFile | string): ExchangeSummary {
  const result = importInto(app, file);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

interface Container {
  manifest: ExchangeManifest;
  parts: Record<string, string>;
}

/** The file's JSON, as a tool on the user's machine would see it after unzipping. */
export function openContainer(file: ExportFile): Container {
  return JSON.parse(gunzipSync(Buffer.from(file.base64, 'base64')).toString('utf8')) as Container;
}

export function rowsIn(container: Container, table: ExchangeTable): RawRow[] {
  return JSON.parse(Buffer.from(container.parts[`tables/${table}.json`]!, 'base64').toString('utf8')) as RawRow[];
}

/** A well-formed file (right checksums and counts) holding other rows: for referential problems. */
export function repack(container: Container, rows: Partial<Record<ExchangeTable, RawRow[]>>): string {
  const parts = new Map(Object.entries(container.parts).map(([name, text]) => [name, Buffer.from(text, 'base64')]));
  const counts = { ...container.manifest.counts };
  for (const [table, tableRows] of Object.entries(rows)) {
    parts.set(`tables/${table}.json`, Buffer.from(JSON.stringify(tableRows)));
    counts[table] = tableRows.length;
  }
  const { parts: _parts, ...manifest } = container.manifest;
  return packExchange({ ...manifest, counts }, parts).toString('base64');
}
