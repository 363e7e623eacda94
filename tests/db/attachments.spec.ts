import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment, AttachmentContent } from '../../shared/domain/attachment.js';
import type { Gift } from '../../shared/domain/gift.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

test('photos and scans are kept once by hash, typed by their own bytes', () => {
  const photo = call<Attachment>(app, 'attachments.add', { fileName: 'binh-gom.png', base64: PNG });
  expect(photo).toMatchObject({ fileName: 'binh-gom.png', mimeType: 'image/png', size: 70 });
  call<Attachment>(app, 'attachments.add', { fileName: 'copy.png', base64: PNG });
  expect(readdirSync(join(app.dataDir, 'attachments'))).toHaveLength(1);
  expect(call<AttachmentContent>(app, 'attachments.get', { id: photo.id }).base64).toBe(PNG);
  expect(call<Attachment>(app, 'attachments.add', { fileName: 'mou.pdf', base64: PDF }).mimeType).toBe(
    'application/pdf',
  );
});

test('a file that is not an image or PDF is refused, whatever its name says', () => {
  const fake = Buffer.from('<script>alert(1)</script>').toString('base64');
  expect(dispatchNow(app, 'attachments.add', { fileName: 'photo.png', base64: fake })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { base64: 'not_image_or_pdf' } },
  });
  const folder = join(app.dataDir, 'attachments');
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
});

test('a gift photo must be an image that exists', () => {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const pdf = call<Attachment>(app, 'attachments.add', { fileName: 'scan.pdf', base64: PDF });
  const gift = { direction: 'given', date: '2025-10-14', giverOrgId: hue.id, recipientOrgId: hue.id, item: 'Tranh' };
  expect(dispatchNow(app, 'gifts.create', { ...gift, photoAttachmentId: pdf.id })).toMatchObject({
    ok: false,
    error: { fields: { photoAttachmentId: 'not_image' } },
  });
  const photo = call<Attachment>(app, 'attachments.add', { fileName: 'tranh.png', base64: PNG });
  expect(call<Gift>(app, 'gifts.create', { ...gift, photoAttachmentId: photo.id }).photoAttachmentId).toBe(photo.id);
});
