import { MIGRATIONS } from '../../db/migrations/index.js';
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXCHANGE_TABLES, recordTables } from '../../db/queries/exchange.js';
import type { Organization } from '../../shared/domain/organization.js';
import type { SearchHit } from '../../shared/domain/search.js';
import {
  exportFrom,
  importedSummary,
  importInto,
  openContainer,
  organizationNamed,
  PNG,
  repack,
  rowsIn,
  seedEverything,
  tableContents,
} from '../helpers/exchange.js';
import { call, countRows, dispatchNow, openTestApp, STORE_TABLES } from '../helpers/temp-store.js';

let source: ReturnType<typeof openTestApp>;
let target: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  source = openTestApp();
  target = openTestApp();
});
test.afterEach(() => {
  source.close();
  target.close();
});

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function attachmentFiles(app: ReturnType<typeof openTestApp>): string[] {
  const dir = join(app.dataDir, 'attachments');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Rows of every table and the files in attachments/: for "nothing was written". */
function everyCount(app: ReturnType<typeof openTestApp>): number[] {
  return [...STORE_TABLES.map((table) => countRows(app, table)), attachmentFiles(app).length];
}

test('every table that holds records travels in an exchange file (a new migration must add its tables)', () => {
  expect(recordTables(source.db)).toEqual([...EXCHANGE_TABLES].sort());
});

test('export → import into an empty store gives identical records, attachment files, search and history', () => {
  seedEverything(source);
  const file = exportFrom(source);
  expect(file.fileName).toMatch(/^trao-doi-tat-ca-\d{4}-\d{2}-\d{2}\.pdx\.json\.gz$/);
  const container = openContainer(file);
  expect(container.manifest).toMatchObject({
    format: 'protocol-desk-exchange',
    appVersion: 'test',
    schemaVersion: MIGRATIONS.at(-1)!.version,
  });
  expect(container.manifest.parts.every((part) => /^[0-9a-f]{64}$/.test(part.sha256))).toBe(true);

  const summary = importedSummary(target, file);
  expect(summary.conflicts).toEqual([]);
  expect(summary.added).toBe(total(container.manifest.counts));
  expect(summary.added).toBeGreaterThan(50);
  expect(tableContents(target)).toEqual(tableContents(source));

  // What travelled includes deleted records, the article and its provenance, the photo's bytes.
  const contents = tableContents(target);
  expect(contents.delegations.filter((row) => row.deleted_at !== null)).toHaveLength(1);
  expect(contents.follow_ups.filter((row) => row.deleted_at !== null)).toHaveLength(1);
  expect(contents.articles).toHaveLength(1);
  expect(contents.provenance).toHaveLength(1);
  const photo = contents.attachments[0]!;
  expect(readFileSync(join(target.dataDir, 'attachments', String(photo.sha256))).toString('base64')).toBe(PNG);
  expect(call<{ base64: string }>(target, 'attachments.get', { id: String(photo.id) }).base64).toBe(PNG);

  // The search index was built for the new records; the deleted ones are not found.
  const hits = call<SearchHit[]>(target, 'search.everything', { query: 'gyeonggi' });
  expect(hits.map((hit) => hit.entity)).toEqual(expect.arrayContaining(['organization', 'delegation']));
  expect(call<SearchHit[]>(target, 'search.everything', { query: 'phuoc tich' })).toHaveLength(1);
  // Each written row has an audit entry on the importing machine.
  expect(countRows(target, 'audit_log')).toBe(summary.added);

  // Importing the same file again changes nothing.
  const again = importedSummary(target, file);
  expect(again).toMatchObject({ added: 0, updated: 0, ignored: 0, conflicts: [] });
  expect(again.unchanged).toBe(summary.added);
  expect(countRows(target, 'audit_log')).toBe(summary.added);
});

test('a newer copy wins, an older copy already seen is ignored, a change on both sides is listed and kept', () => {
  seedEverything(source);
  const first = exportFrom(source);
  importedSummary(target, first);
  const seoul = organizationNamed(source, 'Thủ đô Seoul');
  const nara = organizationNamed(source, 'Tỉnh Nara');
  const gyeongju = organizationNamed(source, 'Thành phố Gyeongju');
  const edit = (
    app: typeof source,
    { createdAt: _created, updatedAt: _updated, ...org }: Organization,
    notes: string,
  ) => call<Organization>(app, 'organizations.update', { ...org, notes });

  edit(source, seoul, 'Đổi ở máy nguồn');
  edit(target, nara, 'Đổi ở máy đích');
  edit(target, gyeongju, 'Máy đích ghi chú');
  // The two machines' edits in different milliseconds, as they would be, so that updated_at differs too: within
  // one millisecond only the notes did, and the check of the differing fields below failed now and then.
  const editedHere = Date.now();
  while (Date.now() === editedHere);
  edit(source, gyeongju, 'Máy nguồn ghi chú');
  const second = exportFrom(source);

  const summary = importedSummary(target, second);
  // Newer wins: Seoul changed only at the source.
  expect(organizationNamed(target, 'Thủ đô Seoul').notes).toBe('Đổi ở máy nguồn');
  // Older ignored: Nara changed only here; the file carries the version both shared.
  expect(organizationNamed(target, 'Tỉnh Nara').notes).toBe('Đổi ở máy đích');
  // Both changed Gyeongju: kept as it is here, listed with the differing field.
  expect(organizationNamed(target, 'Thành phố Gyeongju').notes).toBe('Máy đích ghi chú');
  expect(summary.conflicts).toEqual([
    expect.objectContaining({
      table: 'organizations',
      id: gyeongju.id,
      label: 'Thành phố Gyeongju',
      reason: 'both_changed',
      fields: expect.arrayContaining(['notes', 'updated_at']),
    }),
  ]);
  expect(summary.updated).toBeGreaterThanOrEqual(1);
  expect(summary.ignored).toBe(1);
  // Nothing lost: the source still holds its own version of Gyeongju too.
  expect(organizationNamed(source, 'Thành phố Gyeongju').notes).toBe('Máy nguồn ghi chú');

  // The first file again: Seoul, Nara and Gyeongju differ, each an older copy this machine already imported.
  const old = importedSummary(target, first);
  expect(old.conflicts).toEqual([]);
  expect(old.ignored).toBe(3);
  expect(organizationNamed(target, 'Thành phố Gyeongju').notes).toBe('Máy đích ghi chú');
  expect(organizationNamed(target, 'Thủ đô Seoul').notes).toBe('Đổi ở máy nguồn');
});

test('a deletion travels when it is newer, and the record leaves the search index', () => {
  seedEverything(source);
  importedSummary(target, exportFrom(source));
  const nara = organizationNamed(source, 'Tỉnh Nara');
  const followUp = call<{ id: string; text: string }[]>(source, 'followUps.list', { query: 'nara' })[0]!;
  call(source, 'followUps.delete', { id: followUp.id });
  expect(call<SearchHit[]>(target, 'search.everything', { query: 'nara' }).map((hit) => hit.id)).toContain(followUp.id);

  const summary = importedSummary(target, exportFrom(source));
  expect(summary.conflicts).toEqual([]);
  expect(summary.updated).toBe(1);
  expect(dispatchNow(target, 'followUps.get', { id: followUp.id })).toMatchObject({ ok: false });
  const hits = call<SearchHit[]>(target, 'search.everything', { query: 'nara' }).map((hit) => hit.id);
  expect(hits).not.toContain(followUp.id);
  expect(hits).toContain(nara.id);
});

test('a tampered, truncated or foreign file is refused with a clear message and nothing is written', () => {
  seedEverything(source);
  const file = exportFrom(source);
  const container = openContainer(file);
  const before = everyCount(target);

  // One byte of one part changed, the manifest left as it was.
  const name = 'tables/organizations.json';
  const bytes = Buffer.from(container.parts[name]!, 'base64');
  bytes[bytes.indexOf('Gyeonggi')] = 'K'.charCodeAt(0);
  container.parts[name] = bytes.toString('base64');
  const tampered = gzipSync(Buffer.from(JSON.stringify(container))).toString('base64');
  const refused = importInto(target, tampered);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.fields).toEqual({ uploadId: 'exchange_refused' });
    expect(refused.error.message).toContain('checksum of tables/organizations.json does not match');
    expect(refused.error.message).toContain('Nothing was changed');
  }

  const truncated = Buffer.from(file.base64, 'base64');
  const half = importInto(target, truncated.subarray(0, truncated.length >> 1).toString('base64'));
  expect(half.ok ? '' : half.error.message).toContain('incomplete');

  // A part the manifest does not list, and a manifest whose count disagrees.
  const extra = openContainer(file);
  extra.parts['tables/extra.json'] = Buffer.from('[]').toString('base64');
  expect(importInto(target, gzipSync(Buffer.from(JSON.stringify(extra))).toString('base64'))).toMatchObject({
    ok: false,
  });
  const miscounted = openContainer(file);
  const orgs = rowsIn(miscounted, 'organizations');
  const recounted = repack(miscounted, { organizations: orgs });
  const lying = openContainer({ ...file, base64: recounted });
  lying.manifest.counts.organizations = orgs.length + 1;
  const counted = importInto(target, gzipSync(Buffer.from(JSON.stringify(lying))).toString('base64'));
  expect(counted.ok ? '' : counted.error.message).toContain('the manifest says');

  expect(everyCount(target)).toEqual(before);
  expect(attachmentFiles(target)).toEqual([]);
});

test('a record pointing at something that is nowhere is listed, the rest comes in', () => {
  seedEverything(source);
  const container = openContainer(exportFrom(source));
  // The people are left out: participants point at nobody, gifts at missing participants.
  const summary = importedSummary(target, repack(container, { people: [] }));
  expect(summary.conflicts.length).toBeGreaterThan(0);
  expect(summary.conflicts.every((conflict) => conflict.reason === 'missing_reference')).toBe(true);
  const participants = summary.conflicts.filter((conflict) => conflict.table === 'participants');
  expect(participants).toHaveLength(rowsIn(container, 'participants').length);
  expect(participants[0]?.fields).toEqual(['person_id']);
  expect(countRows(target, 'participants')).toBe(0);
  expect(countRows(target, 'delegations')).toBe(rowsIn(container, 'delegations').length);
  expect(target.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
});

test("an organisation's file holds its records and what they point at, and nothing else", () => {
  seedEverything(source);
  const gyeonggi = organizationNamed(source, 'Tỉnh Gyeonggi');
  const nara = organizationNamed(source, 'Tỉnh Nara');
  const file = exportFrom(source, gyeonggi.id);
  expect(file.fileName).toMatch(/^trao-doi-tinh-gyeonggi-/);
  const container = openContainer(file);
  expect(container.manifest.organizationId).toBe(gyeonggi.id);
  const delegations = rowsIn(container, 'delegations');
  expect(delegations.length).toBeGreaterThan(0);
  for (const row of delegations) expect([row.visiting_org_id, row.host_org_id]).toContain(gyeonggi.id);
  const delegationIds = new Set(delegations.map((row) => row.id));
  for (const row of rowsIn(container, 'participants')) expect(delegationIds.has(row.delegation_id)).toBe(true);
  const people = new Set(rowsIn(container, 'participants').map((row) => row.person_id));
  for (const row of rowsIn(container, 'people')) expect(people.has(row.id)).toBe(true);
  const organizations = rowsIn(container, 'organizations').map((row) => row.id);
  expect(organizations).toContain(gyeonggi.id);
  expect(organizations).not.toContain(nara.id);
  for (const row of rowsIn(container, 'agreements')) {
    const parties = rowsIn(container, 'agreement_parties').filter((party) => party.agreement_id === row.id);
    expect(parties.map((party) => party.organization_id)).toContain(gyeonggi.id);
  }
  for (const row of rowsIn(container, 'follow_ups'))
    expect([row.organization_id, ...delegationIds]).toContain(
      row.organization_id === gyeonggi.id ? gyeonggi.id : row.source_id,
    );
  expect(rowsIn(container, 'follow_ups').some((row) => String(row.text).includes('Nara'))).toBe(false);
  expect(rowsIn(container, 'calendar_adjustments')).toEqual([]);
  expect(rowsIn(container, 'articles')).toEqual([]);

  // It imports cleanly on its own: every reference inside it is satisfied.
  const summary = importedSummary(target, file);
  expect(summary.conflicts).toEqual([]);
  expect(countRows(target, 'delegations')).toBe(delegations.length);
  expect(target.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
});

test('an unknown organisation is refused on its field', () => {
  const result = dispatchNow(source, 'exchange.export', { organizationId: '00000000-0000-4000-8000-000000000000' });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { organizationId: 'not_found' } },
  });
});
