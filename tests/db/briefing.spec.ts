import { expect, test } from '@playwright/test';
import { GIFTS_SHOWN, type Briefing } from '../../shared/domain/briefing.js';
import type { DelegationSummary } from '../../shared/domain/delegation.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
  call(app, 'sampleData.load', {});
});
test.afterEach(() => app.close());

const visitTo = (query: string) => call<DelegationSummary[]>(app, 'delegations.list', { query })[0]!;

test('a briefing gathers the partner, its history, ties, agreements in force, open follow-ups and gifts', () => {
  const hanoi = visitTo('tran sy thanh');
  const briefing = call<Briefing>(app, 'briefings.forDelegation', { id: hanoi.id });
  expect(briefing.partner.name).toBe('Tỉnh Gyeonggi');
  expect(briefing.delegation.participants[0]).toMatchObject({ fullName: 'Trần Sỹ Thanh', role: 'head' });
  expect(briefing.relationships.map((relationship) => relationship.homeOrgName)).toEqual(['Thành phố Hà Nội']);
  expect(briefing.agreements.map((agreement) => agreement.fields.length)).toEqual([9]);
  expect(briefing.lastMeeting).toBeNull();

  const gyeongju = visitTo('gyeongju');
  const second = call(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.visitingOrgId,
    hostOrgId: gyeongju.hostOrgId,
    startDate: '2030-05-01',
  });
  const next = call<Briefing>(app, 'briefings.forDelegation', { id: second.id });
  expect(next.lastMeeting?.id).toBe(gyeongju.id);
  expect(next.gifts.map((gift) => gift.item)).toEqual(['Quà lưu niệm']);
  expect(next.followUps.map((followUp) => followUp.text)).toEqual([
    'Đẩy mạnh hợp tác đầu tư và giao lưu du lịch Huế – Gyeongju',
  ]);
});

test('talking points are saved with the visit and audited', () => {
  const visit = visitTo('gyeongju');
  call(app, 'briefings.saveNotes', {
    id: visit.id,
    talkingPoints: 'Cảm ơn đã dự OWHC-AP',
    topicsToAvoid: 'Không nhắc chi phí',
  });
  expect(call<Briefing>(app, 'briefings.forDelegation', { id: visit.id })).toMatchObject({
    talkingPoints: 'Cảm ơn đã dự OWHC-AP',
    topicsToAvoid: 'Không nhắc chi phí',
  });
  const history = call<{ changedFields: string[] }[]>(app, 'history.list', {
    entity: 'delegation',
    entityId: visit.id,
  });
  expect(history[0]!.changedFields).toEqual(['talkingPoints', 'topicsToAvoid']);
});

test('a gift planned for a visit that repeats one already given to the partner is flagged with the earlier gift', () => {
  const gyeongju = visitTo('gyeongju');
  const next = call<{ id: string }>(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.visitingOrgId,
    hostOrgId: gyeongju.hostOrgId,
    startDate: '2030-05-01',
  });
  const plan = (item: string) =>
    call(app, 'gifts.create', {
      direction: 'given',
      delegationId: next.id,
      date: '2030-05-01',
      giverOrgId: gyeongju.hostOrgId,
      recipientOrgId: gyeongju.visitingOrgId,
      item,
    });
  // Nothing planned yet: nothing to warn about, though the history holds a gift.
  expect(call<Briefing>(app, 'briefings.forDelegation', { id: next.id }).plannedGiftRepeats).toEqual([]);
  plan('Tranh sơn mài Huế');
  // Spelled differently (case, spaces, no diacritics): still the same item once folded.
  plan('  QUA LUU NIEM ');
  const briefing = call<Briefing>(app, 'briefings.forDelegation', { id: next.id });
  expect(briefing.plannedGiftRepeats.map((repeat) => repeat.gift.item)).toEqual(['QUA LUU NIEM']);
  expect(briefing.plannedGiftRepeats[0]!.earlier.map((gift) => [gift.item, gift.date, gift.delegationId])).toEqual([
    ['Quà lưu niệm', '2025-10-14', gyeongju.id],
  ]);
  // The Nara gift of the same item went to another partner: not a repeat for Gyeongju.
  expect(briefing.plannedGiftRepeats[0]!.earlier).toHaveLength(1);
});

test('a sheet lists the newest gifts of the partner, those given or received by its people too, and counts the earlier ones', () => {
  const gyeongju = visitTo('gyeongju');
  const visit = call<{ participants: { id: string; organizationId: string | null }[] }>(app, 'delegations.get', {
    id: gyeongju.id,
  });
  const fromPartner = visit.participants.find((participant) => participant.organizationId === gyeongju.visitingOrgId)!;
  // 24 more gifts of the partner's organisation, one a year from 2001, and one received from one of its people.
  for (let year = 2001; year <= 2024; year++)
    call(app, 'gifts.create', {
      direction: 'received',
      date: `${year}-03-01`,
      giverOrgId: gyeongju.visitingOrgId,
      recipientOrgId: gyeongju.hostOrgId,
      item: `Quà năm ${year}`,
      reportedOn: `${year}-03-02`,
    });
  call(app, 'gifts.create', {
    direction: 'received',
    delegationId: gyeongju.id,
    date: '2025-10-15',
    giverParticipantId: fromPartner.id,
    recipientOrgId: gyeongju.hostOrgId,
    item: 'Tranh sơn mài của trưởng đoàn',
    reportedOn: '2025-10-16',
  });
  const briefing = call<Briefing>(app, 'briefings.forDelegation', { id: gyeongju.id });
  expect(briefing.gifts).toHaveLength(GIFTS_SHOWN);
  // The sample's own gift, the one from the head of the delegation, and the 24 yearly ones: 26 in all.
  expect(briefing.moreGifts).toBe(26 - GIFTS_SHOWN);
  const dates = briefing.gifts.map((gift) => gift.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(briefing.gifts.map((gift) => gift.item)).toContain('Tranh sơn mài của trưởng đoàn');
  expect(briefing.gifts.at(-1)!.item).toBe(`Quà năm ${2024 - GIFTS_SHOWN + 3}`);
});
