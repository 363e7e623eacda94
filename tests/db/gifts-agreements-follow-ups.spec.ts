import { expect, test } from '@playwright/test';
import { format, subDays } from 'date-fns';
import ExcelJS from 'exceljs';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { Agreement } from '../../shared/domain/agreement.js';
import type { Delegation } from '../../shared/domain/delegation.js';
import type { FollowUp } from '../../shared/domain/follow-up.js';
import type { Gift } from '../../shared/domain/gift.js';
import type { SearchHit } from '../../shared/domain/search.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const day = (date: Date) => format(date, 'yyyy-MM-dd');

function seed() {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const hanoi = call(app, 'organizations.create', {
    name: 'Thành phố Hà Nội',
    country: 'VN',
    kind: 'city',
    isHome: true,
  });
  const gyeongju = call(app, 'organizations.create', { name: 'Thành phố Gyeongju', country: 'KR', kind: 'city' });
  const gyeonggi = call(app, 'organizations.create', {
    name: 'Tỉnh Gyeonggi',
    aliases: ['경기도'],
    country: 'KR',
    kind: 'province',
  });
  const song = call(app, 'people.create', { fullName: 'Song Ho-jun' });
  const binh = call(app, 'people.create', { fullName: 'Nguyễn Thanh Bình' });
  const visit = call<Delegation>(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.id,
    hostOrgId: hue.id,
    startDate: '2025-10-14',
    participants: [
      { personId: song.id, side: 'guest', role: 'head', title: 'Phó Thị trưởng thành phố Gyeongju' },
      { personId: binh.id, side: 'host', role: 'host', title: 'Phó Chủ tịch Thường trực UBND thành phố Huế' },
    ],
  });
  const [songParticipant, binhParticipant] = visit.participants;
  return {
    hue,
    hanoi,
    gyeongju,
    gyeonggi,
    visit,
    songParticipant: songParticipant!,
    binhParticipant: binhParticipant!,
  };
}

test('a received gift runs its clock: report due 5 working days after receipt, overdue until reported', () => {
  const { hue, gyeongju, visit, songParticipant, binhParticipant } = seed();
  const received = call<Gift>(app, 'gifts.create', {
    direction: 'received',
    delegationId: visit.id,
    date: '2025-10-14',
    giverParticipantId: songParticipant.id,
    giverOrgId: gyeongju.id,
    recipientParticipantId: binhParticipant.id,
    recipientOrgId: hue.id,
    item: 'Bình gốm Silla',
    estimatedValue: 1_500_000,
  });
  expect(received).toMatchObject({
    reportDueOn: '2025-10-21',
    clock: 'overdue',
    giverName: 'Song Ho-jun',
    giverTitle: 'Phó Thị trưởng thành phố Gyeongju',
    recipientTitle: 'Phó Chủ tịch Thường trực UBND thành phố Huế',
    currency: 'VND',
  });
  expect(call<Gift[]>(app, 'gifts.list', { personId: songParticipant.personId })).toHaveLength(1);
  expect(call<Gift[]>(app, 'gifts.list', { personId: gyeongju.id })).toHaveLength(0);
  const reported = call<Gift>(app, 'gifts.update', {
    ...pick(received),
    reportedOn: '2025-10-20',
    disposition: 'kept_as_souvenir',
    dispositionOn: '2025-10-30',
  });
  expect(reported.clock).toBe('ok');

  const fresh = call<Gift>(app, 'gifts.create', {
    direction: 'received',
    date: day(new Date()),
    giverOrgId: gyeongju.id,
    recipientOrgId: hue.id,
    item: 'Sách ảnh',
  });
  expect(fresh.clock).toBe('ok');
  const sold = call<Gift>(app, 'gifts.create', {
    direction: 'received',
    date: day(subDays(new Date(), 60)),
    giverOrgId: gyeongju.id,
    recipientOrgId: hue.id,
    item: 'Đồng hồ',
    reportedOn: day(subDays(new Date(), 59)),
    disposition: 'sold_publicly',
    soldOn: day(subDays(new Date(), 31)),
  });
  expect(sold).toMatchObject({ proceedsDueOn: day(subDays(new Date(), 1)), clock: 'overdue' });

  const given = call<Gift>(app, 'gifts.create', {
    direction: 'given',
    date: '2025-10-14',
    giverOrgId: hue.id,
    recipientOrgId: gyeongju.id,
    item: 'Nón lá',
  });
  expect(given).toMatchObject({ clock: 'none', reportDueOn: null });
});

/** The fields of a stored gift as update input. */
function pick(gift: Gift) {
  const {
    createdAt,
    updatedAt,
    giverName,
    giverTitle,
    giverOrgName,
    recipientName,
    recipientTitle,
    recipientOrgName,
    reportDueOn,
    proceedsDueOn,
    clock,
    ...fields
  } = gift;
  return fields;
}

test('the register filters, warns of a repeated gift, and exports CSV and XLSX with formulas neutralised', async () => {
  const { hue, gyeongju } = seed();
  call(app, 'gifts.create', {
    direction: 'given',
    date: '2024-05-01',
    giverOrgId: hue.id,
    recipientOrgId: gyeongju.id,
    item: 'Tranh sơn mài',
  });
  call(app, 'gifts.create', {
    direction: 'given',
    date: '2025-10-14',
    giverOrgId: hue.id,
    recipientOrgId: gyeongju.id,
    item: '=HYPERLINK("x")',
  });
  expect(call<Gift[]>(app, 'gifts.list', { direction: 'given', from: '2025' }).map((gift) => gift.item)).toEqual([
    '=HYPERLINK("x")',
  ]);
  expect(call<Gift[]>(app, 'gifts.list', { query: 'son mai' })).toHaveLength(1);
  expect(call<Gift[]>(app, 'gifts.list', { country: 'KR' })).toHaveLength(2);
  expect(call<Gift[]>(app, 'gifts.repeats', { recipientOrgId: gyeongju.id, item: 'TRANH SƠN MÀI ' })).toHaveLength(1);
  expect(call<Gift[]>(app, 'gifts.repeats', { recipientOrgId: hue.id, item: 'Tranh sơn mài' })).toHaveLength(0);

  const csv = (await app.dispatch('gifts.export', { format: 'csv' })) as Result<ExportFile>;
  expect(csv.ok).toBe(true);
  const text = Buffer.from(csv.ok ? csv.value.base64 : '', 'base64').toString('utf8');
  expect(text).toContain('Tranh sơn mài');
  expect(text).toContain(`"'=HYPERLINK(""x"")"`);

  const xlsx = (await app.dispatch('gifts.export', { format: 'xlsx', language: 'en' })) as Result<ExportFile>;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx.ok ? xlsx.value.base64 : '', 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Gift register')!;
  expect(sheet.getRow(1).getCell(3).value).toBe('Item');
  const items = [sheet.getRow(2).getCell(3).value, sheet.getRow(3).getCell(3).value];
  expect(items).toEqual([`'=HYPERLINK("x")`, 'Tranh sơn mài']);
});

test('an agreement keeps its parties with signatories and its points under fields of cooperation', () => {
  const { hanoi, gyeonggi, hue } = seed();
  call(app, 'cooperationFields.create', { label: 'Thành phố thông minh và chuyển đổi số' });
  const points = [
    'economy',
    'trade',
    'investment',
    'tourism',
    'culture',
    'education',
    'health',
    'environment',
    'thanh_pho_thong_minh_va_chuyen_doi_so',
  ];
  const mou = call<Agreement>(app, 'agreements.create', {
    kind: 'mou',
    title: 'Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác Hà Nội – Gyeonggi',
    status: 'signed',
    signedOn: '2024-10',
    parties: [{ organizationId: hanoi.id }, { organizationId: gyeonggi.id }],
    fields: points.map((fieldKey, index) => ({ fieldKey, text: `Điểm ${index + 1}` })),
  });
  expect(mou.parties.map((party) => party.organizationName)).toEqual(['Thành phố Hà Nội', 'Tỉnh Gyeonggi']);
  expect(mou.fields).toHaveLength(9);
  expect(mou.expired).toBe(false);
  const kept = mou.fields[0]!;
  const updated = call<Agreement>(app, 'agreements.update', {
    id: mou.id,
    kind: 'mou',
    title: mou.title,
    status: 'in_force',
    signedOn: '2024-10',
    expiresOn: '2025-10',
    parties: [{ organizationId: hanoi.id }, { organizationId: gyeonggi.id }],
    fields: [{ id: kept.id, fieldKey: 'economy', text: kept.text, status: 'active' }],
  });
  expect(updated.fields).toEqual([expect.objectContaining({ id: kept.id, status: 'active' })]);
  expect(updated.expired).toBe(true);
  expect(call<Agreement[]>(app, 'agreements.list', { organizationId: gyeonggi.id })).toHaveLength(1);
  expect(call<Agreement[]>(app, 'agreements.list', { organizationId: hue.id })).toHaveLength(0);
  const refused = dispatchNow(app, 'agreements.create', {
    kind: 'mou',
    title: 'X',
    parties: [{ organizationId: hanoi.id }, { organizationId: gyeonggi.id }],
    fields: [{ fieldKey: 'astrology' }],
  });
  expect(refused).toMatchObject({ ok: false, error: { fields: { 'fields.0.fieldKey': 'invalid_choice' } } });
});

test('follow-ups: overdue first, done with a note, never done in the future', () => {
  const { hanoi, visit } = seed();
  const later = call<FollowUp>(app, 'followUps.create', { text: 'Cân nhắc MoU với Nara', due: '2099' });
  const overdue = call<FollowUp>(app, 'followUps.create', {
    text: 'Tổ chức kỷ niệm 30 năm quan hệ Hà Nội – Seoul',
    due: '2020',
    organizationId: hanoi.id,
    sourceKind: 'delegation',
    sourceId: visit.id,
    owner: 'Lan',
  });
  expect(overdue).toMatchObject({
    overdue: true,
    sourceLabel: 'Thành phố Gyeongju → Thành phố Huế',
    sourceDate: '2025-10-14',
  });
  expect(call<FollowUp[]>(app, 'followUps.list', {}).map((followUp) => followUp.id)).toEqual([overdue.id, later.id]);
  expect(call<FollowUp[]>(app, 'followUps.list', { owner: 'Lan' })).toHaveLength(1);

  const tomorrow = day(new Date(Date.now() + 86_400_000));
  expect(dispatchNow(app, 'followUps.markDone', { id: overdue.id, doneOn: tomorrow })).toMatchObject({
    ok: false,
    error: { fields: { doneOn: 'in_future' } },
  });
  const done = call<FollowUp>(app, 'followUps.markDone', {
    id: overdue.id,
    doneOn: day(new Date()),
    note: 'Đã tổ chức',
  });
  expect(done).toMatchObject({
    status: 'done',
    overdue: false,
    progress: [expect.objectContaining({ text: 'Đã tổ chức' })],
  });
  expect(call<FollowUp[]>(app, 'followUps.list', {})).toHaveLength(1);
  expect(call<FollowUp[]>(app, 'followUps.list', { includeClosed: true })).toHaveLength(2);
  expect(dispatchNow(app, 'followUps.create', { text: 'x', sourceKind: 'agreement' })).toMatchObject({
    ok: false,
    error: { fields: { sourceId: 'required' } },
  });
});

test('one search over every kind: folded, exact before prefix before elsewhere', () => {
  const { hue, gyeonggi, hanoi } = seed();
  call(app, 'agreements.create', {
    kind: 'mou',
    title: 'Bản ghi nhớ Hà Nội – Gyeonggi',
    parties: [{ organizationId: hanoi.id }, { organizationId: gyeonggi.id }],
  });
  call(app, 'followUps.create', { text: 'Gửi thư cảm ơn tỉnh Gyeonggi', organizationId: gyeonggi.id });
  call(app, 'gifts.create', {
    direction: 'given',
    date: '2024-10-21',
    giverOrgId: hanoi.id,
    recipientOrgId: gyeonggi.id,
    item: 'Tranh Hà Nội',
  });
  const hits = call<SearchHit[]>(app, 'search.everything', { query: 'gyeonggi' });
  expect(new Set(hits.map((hit) => hit.entity))).toEqual(new Set(['organization', 'agreement', 'follow_up', 'gift']));
  expect(call<SearchHit[]>(app, 'search.everything', { query: 'tinh gyeonggi' })[0]).toMatchObject({
    entity: 'organization',
    title: 'Tỉnh Gyeonggi',
  });
  expect(call<SearchHit[]>(app, 'search.everything', { query: '경기도' })[0]).toMatchObject({ title: 'Tỉnh Gyeonggi' });
  expect(call<SearchHit[]>(app, 'search.everything', { query: 'hue' }).some((hit) => hit.id === hue.id)).toBe(true);
  // Inside a word: trigrams find what prefixes cannot, ranked after every prefix match.
  const inside = call<SearchHit[]>(app, 'search.everything', { query: 'yeonggi' });
  expect(inside.map((hit) => hit.title)).toContain('Tỉnh Gyeonggi');
  const mixed = call<SearchHit[]>(app, 'search.everything', { query: 'tranh' });
  expect(mixed[0]).toMatchObject({ entity: 'gift', title: 'Tranh Hà Nội' });
});

test('search: a name found by its first letters, a whole word before a part of one, and an old name among many newer matches', () => {
  const { hue } = seed();
  const kim = call<{ id: string }>(app, 'people.create', { fullName: 'Kim Ho-young', nativeName: '김호영' });
  const ho = call<{ id: string }>(app, 'people.create', { fullName: 'Hồ Thị Mai' });
  // Sixty newer records holding "hồ" as a word: the two people above must not be crowded out.
  for (let i = 0; i < 60; i++) call(app, 'followUps.create', { text: `Khảo sát hồ chứa nước số ${i}`, due: '2030' });
  const byName = (query: string) => call<SearchHit[]>(app, 'search.everything', { query }).map((hit) => hit.id);
  expect(byName('ho')[0]).toBe(ho.id); // the title starts with it: first, though sixty newer records match
  expect(byName('kim ho')).toContain(kim.id); // a name by its beginning, two words
  expect(byName('김호')).toContain(kim.id); // two syllables: too short for trigrams, found by its beginning
  expect(byName('thanh pho h')).toContain(hue.id);
  expect(call<SearchHit[]>(app, 'search.everything', { query: 'chua nuoc' })).toHaveLength(50);
});

test('calendar adjustments move the report deadline', () => {
  const { hue, gyeongju } = seed();
  call(app, 'calendar.saveAdjustment', { date: '2025-10-15', kind: 'day_off', name: 'Nghỉ bù' });
  const gift = call<Gift>(app, 'gifts.create', {
    direction: 'received',
    date: '2025-10-14',
    giverOrgId: gyeongju.id,
    recipientOrgId: hue.id,
    item: 'Trà',
  });
  expect(gift.reportDueOn).toBe('2025-10-22');
  const holidays = call<{ statutory: { date: string }[]; adjustments: { id: string }[] }>(app, 'calendar.holidays', {
    year: 2025,
  });
  expect(holidays.statutory.map((holiday) => holiday.date)).toContain('2025-01-29');
  call(app, 'calendar.deleteAdjustment', { id: holidays.adjustments[0]!.id });
  expect(call<Gift>(app, 'gifts.get', { id: gift.id }).reportDueOn).toBe('2025-10-21');
});
