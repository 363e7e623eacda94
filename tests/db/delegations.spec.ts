import { expect, test } from '@playwright/test';
import type { OpenedApp } from '../../main/bootstrap.js';
import type { Delegation, DelegationSummary } from '../../shared/domain/delegation.js';
import type { OrganizationDossier, PersonPage } from '../../shared/domain/dossier.js';
import type { Person } from '../../shared/domain/person.js';
import { call, countRows, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

function refused(on: OpenedApp, method: string, input: unknown) {
  const result = dispatchNow(on, method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return result.ok ? undefined : result.error;
}

/** Huế (ours), Gyeongju and Nara, two people, and the 2025 Gyeongju visit with its programme. */
function seed() {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const gyeongju = call(app, 'organizations.create', {
    name: 'Thành phố Gyeongju',
    aliases: ['경주시'],
    country: 'KR',
    kind: 'city',
  });
  const nara = call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const song = call<Person>(app, 'people.create', { fullName: 'Song Ho-jun' });
  const binh = call<Person>(app, 'people.create', { fullName: 'Nguyễn Thanh Bình' });
  const visit = call<Delegation>(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.id,
    hostOrgId: hue.id,
    startDate: '2025-10-14',
    place: 'Huế',
    status: 'completed',
    purpose: 'Hội nghị OWHC-AP',
    participants: [
      {
        personId: song.id,
        side: 'guest',
        role: 'head',
        title: 'Phó Thị trưởng thành phố Gyeongju',
        organizationId: gyeongju.id,
      },
      {
        personId: binh.id,
        side: 'host',
        role: 'host',
        title: 'Phó Chủ tịch Thường trực UBND thành phố Huế',
        organizationId: hue.id,
      },
    ],
    engagements: [
      {
        kind: 'reception',
        startsAt: '2025-10-14T09:30',
        personIds: [song.id, binh.id],
        outcome: 'Tăng giao lưu du lịch',
      },
    ],
  });
  return { hue, gyeongju, nara, song, binh, visit };
}

const list = (filter: object) => call<DelegationSummary[]>(app, 'delegations.list', filter);

test('a delegation keeps its people in precedence order, with titles, and its programme', () => {
  const { visit, song, binh } = seed();
  const stored = call<Delegation>(app, 'delegations.get', { id: visit.id });
  expect(
    stored.participants.map((participant) => [participant.fullName, participant.role, participant.precedence]),
  ).toEqual([
    ['Song Ho-jun', 'head', 0],
    ['Nguyễn Thanh Bình', 'host', 1],
  ]);
  expect(stored.engagements).toEqual([
    expect.objectContaining({ kind: 'reception', startsAt: '2025-10-14T09:30', personIds: [song.id, binh.id] }),
  ]);
  const [summary] = list({});
  expect(summary).toMatchObject({
    headName: 'Song Ho-jun',
    headTitle: 'Phó Thị trưởng thành phố Gyeongju',
    partnerCountry: 'KR',
  });
});

test('editing keeps participant rows of people still listed, reorders, and drops removed ones', () => {
  const { visit, song, binh } = seed();
  const firstIds = new Map(visit.participants.map((participant) => [participant.personId, participant.id]));
  const updated = call<Delegation>(app, 'delegations.update', {
    id: visit.id,
    direction: 'incoming',
    visitingOrgId: visit.visitingOrgId,
    hostOrgId: visit.hostOrgId,
    startDate: '2025-10-14',
    endDate: '2025-10-16',
    participants: [{ personId: binh.id, side: 'host', role: 'host', title: 'Phó Chủ tịch UBND' }],
    engagements: [
      { id: visit.engagements[0]!.id, kind: 'working_session', startsAt: '2025-10-15', personIds: [binh.id] },
    ],
  });
  expect(updated.participants).toHaveLength(1);
  expect(updated.participants[0]!.id).toBe(firstIds.get(binh.id));
  expect(updated.engagements.map((engagement) => [engagement.id, engagement.kind])).toEqual([
    [visit.engagements[0]!.id, 'working_session'],
  ]);
  expect(call<PersonPage>(app, 'people.get', { id: song.id }).appearances).toEqual([]);
});

test('filters: direction, status, country, organisation, dates at their precision, folded search, sort', () => {
  const { hue, nara, gyeongju } = seed();
  call(app, 'delegations.create', {
    direction: 'outgoing',
    visitingOrgId: hue.id,
    hostOrgId: nara.id,
    startDate: '2023',
    place: 'Nara',
    status: 'planned',
  });
  const names = (filter: object) => list(filter).map((summary) => `${summary.visitingOrgName}→${summary.hostOrgName}`);
  const gyeongjuVisit = 'Thành phố Gyeongju→Thành phố Huế';
  const naraVisit = 'Thành phố Huế→Tỉnh Nara';
  expect(names({})).toEqual([gyeongjuVisit, naraVisit]);
  expect(names({ sort: 'oldest' })).toEqual([naraVisit, gyeongjuVisit]);
  expect(names({ direction: 'outgoing' })).toEqual([naraVisit]);
  expect(names({ status: 'completed' })).toEqual([gyeongjuVisit]);
  expect(names({ country: 'JP' })).toEqual([naraVisit]);
  expect(names({ country: 'kr' })).toEqual([gyeongjuVisit]);
  expect(names({ organizationId: gyeongju.id })).toEqual([gyeongjuVisit]);
  expect(names({ from: '2025-10' })).toEqual([gyeongjuVisit]);
  expect(names({ to: '2024' })).toEqual([naraVisit]);
  expect(names({ from: '2025-10-15' })).toEqual([]);
  expect(names({ query: 'gyeongju' })).toEqual([gyeongjuVisit]);
  expect(names({ query: 'hue' })).toEqual([gyeongjuVisit, naraVisit]);
  expect(names({ query: 'song ho' })).toEqual([gyeongjuVisit]);
  expect(names({ query: 'pho thi truong' })).toEqual([gyeongjuVisit]);
  expect(names({ query: '경주시' })).toEqual([gyeongjuVisit]);
  expect(names({ query: 'nara', direction: 'incoming' })).toEqual([]);
});

test('renaming an organisation or a person keeps delegation search current', () => {
  const { gyeongju, song } = seed();
  call(app, 'organizations.update', {
    id: gyeongju.id,
    name: 'Thành phố Gyeongju',
    aliases: ['Silla'],
    country: 'KR',
    kind: 'city',
  });
  expect(list({ query: 'silla' })).toHaveLength(1);
  call(app, 'people.update', { id: song.id, fullName: 'Song Ho-jun', nativeName: '송호준' });
  expect(list({ query: '송호준' })).toHaveLength(1);
});

test('a person shows every appearance with the title held then, newest first', () => {
  const { hue, nara, binh, visit } = seed();
  call(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: nara.id,
    hostOrgId: hue.id,
    startDate: '2023',
    status: 'completed',
    participants: [
      { personId: binh.id, side: 'host', role: 'host', title: 'Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế' },
    ],
  });
  const page = call<PersonPage>(app, 'people.get', { id: binh.id });
  expect(page.appearances.map((appearance) => [appearance.startDate, appearance.title])).toEqual([
    ['2025-10-14', 'Phó Chủ tịch Thường trực UBND thành phố Huế'],
    ['2023', 'Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế'],
  ]);
  expect(page.appearances[0]!.delegationId).toBe(visit.id);
});

test('dossier: relationships, visits both ways, and the last meeting held', () => {
  const { hue, gyeongju, visit } = seed();
  call(app, 'delegations.create', {
    direction: 'outgoing',
    visitingOrgId: hue.id,
    hostOrgId: gyeongju.id,
    startDate: '2030-05',
    status: 'planned',
  });
  call(app, 'relationships.create', {
    homeOrgId: hue.id,
    partnerOrgId: gyeongju.id,
    level: 'friendship',
    establishedOn: '2007',
  });
  const dossier = call<OrganizationDossier>(app, 'organizations.dossier', { id: gyeongju.id });
  expect(dossier.visits.map((summary) => summary.startDate)).toEqual(['2030-05', '2025-10-14']);
  expect(dossier.lastMeeting?.id).toBe(visit.id);
  expect(dossier.relationships).toEqual([
    expect.objectContaining({
      homeOrgName: 'Thành phố Huế',
      partnerOrgName: 'Thành phố Gyeongju',
      level: 'friendship',
      establishedOn: '2007',
    }),
  ]);
});

test('relationships: home side must be ours, one per pair', () => {
  const { hue, gyeongju, nara } = seed();
  expect(
    refused(app, 'relationships.create', { homeOrgId: nara.id, partnerOrgId: gyeongju.id, level: 'sister' }),
  ).toMatchObject({
    fields: { homeOrgId: 'not_home' },
  });
  const tie = call(app, 'relationships.create', { homeOrgId: hue.id, partnerOrgId: gyeongju.id, level: 'cooperation' });
  expect(
    refused(app, 'relationships.create', { homeOrgId: hue.id, partnerOrgId: gyeongju.id, level: 'sister' }),
  ).toMatchObject({
    code: 'conflict',
  });
  call(app, 'relationships.update', { id: tie.id, homeOrgId: hue.id, partnerOrgId: gyeongju.id, level: 'sister' });
  call(app, 'relationships.delete', { id: tie.id });
  expect(call<OrganizationDossier>(app, 'organizations.dossier', { id: gyeongju.id }).relationships).toEqual([]);
});

test('what is referenced cannot be deleted, and says where it is used', () => {
  const { gyeongju, song } = seed();
  expect(refused(app, 'organizations.delete', { id: gyeongju.id })).toMatchObject({
    code: 'conflict',
    fields: { id: 'used_by_delegations' },
  });
  expect(refused(app, 'people.delete', { id: song.id })).toMatchObject({
    code: 'conflict',
    fields: { id: 'used_by_delegations' },
  });
});

test('delete is soft and restorable, and both are in the history', () => {
  const { visit, song } = seed();
  call(app, 'delegations.delete', { id: visit.id });
  expect(list({})).toEqual([]);
  expect(refused(app, 'delegations.get', { id: visit.id })).toMatchObject({ code: 'not_found' });
  // Once the visit is gone, its people are no longer referenced.
  expect(call<PersonPage>(app, 'people.get', { id: song.id }).appearances).toEqual([]);
  call(app, 'delegations.restore', { id: visit.id });
  expect(list({ query: 'gyeongju' })).toHaveLength(1);
  expect(refused(app, 'delegations.restore', { id: visit.id })).toMatchObject({ code: 'not_found' });
  const history = call<{ action: string }[]>(app, 'history.list', { entity: 'delegation', entityId: visit.id });
  expect(history.map((entry) => entry.action)).toEqual(['restore', 'delete', 'create']);
});

test('references to records that do not exist are refused on their field, and nothing is written', () => {
  const { hue, gyeongju } = seed();
  const tables = ['delegations', 'participants', 'engagements', 'audit_log'] as const;
  const before = tables.map((table) => countRows(app, table));
  const missing = '00000000-0000-4000-8000-000000000000';
  const base = { direction: 'incoming', visitingOrgId: gyeongju.id, hostOrgId: hue.id, startDate: '2026' };
  expect(refused(app, 'delegations.create', { ...base, visitingOrgId: missing })).toMatchObject({
    fields: { visitingOrgId: 'not_found' },
  });
  expect(
    refused(app, 'delegations.create', {
      ...base,
      participants: [{ personId: missing, side: 'guest', role: 'member' }],
    }),
  ).toMatchObject({ fields: { 'participants.0.personId': 'not_found' } });
  expect(tables.map((table) => countRows(app, table))).toEqual(before);
});

test('sample data loads the seed records once, into an empty store only', () => {
  expect(call(app, 'sampleData.load', {})).toEqual({
    organizations: 11,
    people: 10,
    delegations: 3,
    gifts: 2,
    agreements: 2,
    followUps: 4,
  });
  expect(list({ query: 'gyeongju' })).toHaveLength(1);
  expect(list({ query: 'tran sy thanh' })[0]).toMatchObject({
    startDate: '2024-10-19',
    endDate: '2024-10-22',
    direction: 'outgoing',
  });
  const binh = call<Person[]>(app, 'people.list', { query: 'nguyen thanh binh' });
  expect(
    call<PersonPage>(app, 'people.get', { id: binh[0]!.id }).appearances.map((appearance) => appearance.title),
  ).toEqual(['Phó Chủ tịch Thường trực UBND thành phố Huế', 'Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế']);
  const mou = call<{ title: string; fields: unknown[]; parties: { signatoryName: string | null }[] }[]>(
    app,
    'agreements.list',
    {
      query: 'gyeonggi',
    },
  );
  expect(mou).toHaveLength(1);
  expect(mou[0]!.fields).toHaveLength(9);
  expect(mou[0]!.parties[0]!.signatoryName).toBe('Trần Sỹ Thanh');
  expect(call<{ due: string }[]>(app, 'followUps.list', { query: '30 nam' })[0]!.due).toBe('2026');
  expect(refused(app, 'sampleData.load', {})).toMatchObject({ code: 'conflict', fields: { input: 'not_empty' } });
});
