import type { OpenedApp } from '../../main/bootstrap.js';
import { encodeRecoveryKey } from '../../shared/domain/recovery-key.js';
import { call } from './temp-store.js';

/** A well-formed id that no record has. */
export const MISSING = '00000000-0000-4000-8000-000000000000';
/** Well formed (it decodes) but opens nothing: the fields around it are what is wrong. */
const VALID_RECOVERY_KEY = encodeRecoveryKey(new Uint8Array(32));

/** The records the bad inputs refer to, so that only the named field is wrong. */
export function seedForBadInputs(app: OpenedApp): { org: string; home: string; person: string } {
  const home = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const org = call(app, 'organizations.create', { name: 'Thành phố Gyeongju', country: 'KR', kind: 'city' });
  const person = call(app, 'people.create', { fullName: 'Song Ho-jun' });
  return { org: org.id, home: home.id, person: person.id };
}

/**
 * For every method of the contract, inputs it must refuse, each with the field the error must name.
 * A method missing from this table fails the test, so a new method cannot ship untested.
 */
export function badInputs(ids: { org: string; home: string; person: string }): Record<string, [unknown, string][]> {
  const delegation = { direction: 'incoming', visitingOrgId: ids.org, hostOrgId: ids.home, startDate: '2025-10-14' };
  const guest = { personId: ids.person, side: 'guest', role: 'member' };
  const gift = {
    direction: 'received',
    date: '2025-10-14',
    item: 'Tranh sơn mài',
    giverOrgId: ids.org,
    recipientOrgId: ids.home,
  };
  const agreement = {
    kind: 'mou',
    title: 'Bản ghi nhớ hữu nghị và hợp tác',
    parties: [{ organizationId: ids.home }, { organizationId: ids.org }],
  };
  return {
    'app.info': [
      [{ extra: 1 }, 'extra'],
      ['text', 'input'],
    ],
    'organizations.list': [
      [{ query: 5 }, 'query'],
      [{ query: 'x'.repeat(201) }, 'query'],
    ],
    'organizations.page': [
      [{ query: 5, offset: 0, limit: 10 }, 'query'],
      [{ offset: 0.5, limit: 10 }, 'offset'],
      [{ offset: 0, limit: 0 }, 'limit'],
    ],
    'organizations.get': [
      [{ id: 'abc' }, 'id'],
      [{}, 'id'],
    ],
    'organizations.create': [
      [{ name: '', country: 'VN', kind: 'city' }, 'name'],
      [{ name: 'x'.repeat(2000), country: 'VN', kind: 'city' }, 'name'],
      [{ name: 'Huế', country: 'XX', kind: 'city' }, 'country'],
      [{ name: 'Huế', country: 'VN', kind: 'palace' }, 'kind'],
      [{ name: 'Huế', country: 'VN', kind: 'city', aliases: 'Hue' }, 'aliases'],
      [null, 'input'],
    ],
    'organizations.update': [
      [{ id: 'nope', name: 'Huế', country: 'VN', kind: 'city' }, 'id'],
      [{ id: ids.org, name: '   ', country: 'VN', kind: 'city' }, 'name'],
    ],
    'organizations.delete': [[{ id: 42 }, 'id']],
    'organizations.dossier': [[{ id: '' }, 'id']],
    'people.list': [[{ query: [] }, 'query']],
    'people.page': [
      [{ query: 'a', offset: -1, limit: 10 }, 'offset'],
      [{ offset: 0, limit: 500 }, 'limit'],
      [{ query: 'x'.repeat(201), offset: 0, limit: 10 }, 'query'],
    ],
    'people.byIds': [
      [{ ids: ['x'] }, 'ids.0'],
      [{ ids: 'x' }, 'ids'],
      [{ ids: Array.from({ length: 2001 }, () => MISSING) }, 'ids'],
    ],
    'people.get': [[{ id: 'x' }, 'id']],
    'people.create': [
      [{ fullName: '     ' }, 'fullName'],
      [{ fullName: 'A', protocolNotes: 'x'.repeat(6000) }, 'protocolNotes'],
      [{ fullName: 'A', title: 'Chủ tịch' }, 'title'],
    ],
    'people.update': [[{ id: ids.person, fullName: '' }, 'fullName']],
    'people.delete': [[{}, 'id']],
    'delegations.list': [
      [{ direction: 'sideways' }, 'direction'],
      [{ from: '2025-13' }, 'from'],
      [{ country: 'KOR' }, 'country'],
      [{ sort: 'random' }, 'sort'],
    ],
    'delegations.page': [
      [{ offset: -1, limit: 50 }, 'offset'],
      [{ offset: 0, limit: 0 }, 'limit'],
      [{ offset: 0, limit: 10_000 }, 'limit'],
      [{ offset: 2.5, limit: 50 }, 'offset'],
      [{ offset: 0, limit: '50' }, 'limit'],
      [{ offset: 0 }, 'limit'],
      [{ offset: 0, limit: 50, sort: 'random' }, 'sort'],
      [{ offset: 0, limit: 50, direction: 'sideways' }, 'direction'],
    ],
    'delegations.get': [[{ id: null }, 'id']],
    'delegations.create': [
      [{ ...delegation, endDate: '2025-10-13' }, 'endDate'],
      [{ ...delegation, startDate: '' }, 'startDate'],
      [{ ...delegation, participants: [guest, guest] }, 'participants.1.personId'],
      [{ ...delegation, participants: [{ ...guest, title: 'x'.repeat(10_000) }] }, 'participants.0.title'],
      [{ ...delegation, participants: [{ ...guest, side: 'host', role: 'head' }] }, 'participants.0.role'],
      [
        { ...delegation, engagements: [{ kind: 'reception', startsAt: '2025-10-14', personIds: [MISSING] }] },
        'engagements.0.personIds',
      ],
      [{ ...delegation, hostOrgId: ids.org }, 'hostOrgId'],
      [{ ...delegation, direction: undefined }, 'direction'],
    ],
    'delegations.update': [[{ ...delegation, id: 'x' }, 'id']],
    'delegations.delete': [[{ id: 'x' }, 'id']],
    'delegations.restore': [[{ id: 'x' }, 'id']],
    'relationships.create': [
      [{ homeOrgId: ids.home, partnerOrgId: ids.home, level: 'sister' }, 'partnerOrgId'],
      [{ homeOrgId: ids.home, partnerOrgId: ids.org, level: 'married' }, 'level'],
      [{ homeOrgId: ids.home, partnerOrgId: ids.org, level: 'sister', establishedOn: '1996-02-30' }, 'establishedOn'],
    ],
    'relationships.update': [[{ id: 'x', homeOrgId: ids.home, partnerOrgId: ids.org, level: 'sister' }, 'id']],
    'relationships.delete': [[{ id: 'x' }, 'id']],
    'history.list': [
      [{ entity: 'gifts', entityId: MISSING }, 'entity'],
      [{ entity: 'person' }, 'entityId'],
    ],
    'sampleData.load': [[{ force: true }, 'force']],
    'gifts.list': [
      [{ direction: 'stolen' }, 'direction'],
      [{ from: '2025-02-30' }, 'from'],
      [{ awaitingReport: 'yes' }, 'awaitingReport'],
    ],
    'gifts.page': [
      [{ offset: -1, limit: 50 }, 'offset'],
      [{ offset: 0, limit: 201 }, 'limit'],
      [{ offset: 0 }, 'limit'],
      [{ offset: 0, limit: 50, direction: 'stolen' }, 'direction'],
      [{ offset: 0, limit: 50, to: '2025-13' }, 'to'],
    ],
    'gifts.get': [[{ id: 'x' }, 'id']],
    'gifts.create': [
      [{ ...gift, estimatedValue: -5 }, 'estimatedValue'],
      [{ ...gift, estimatedValue: 'mười triệu' }, 'estimatedValue'],
      [{ ...gift, currency: 'XYZ' }, 'currency'],
      [{ ...gift, quantity: 0 }, 'quantity'],
      [{ ...gift, quantity: 1.5 }, 'quantity'],
      [{ ...gift, dispositionOn: '2025-10-13', disposition: 'displayed' }, 'dispositionOn'],
      [{ ...gift, reportedOn: '2025-10-01' }, 'reportedOn'],
      [{ ...gift, date: '2025-10' }, 'date'],
      [{ ...gift, item: '   ' }, 'item'],
      [{ ...gift, soldOn: '2025-11-01' }, 'soldOn'],
    ],
    'gifts.update': [[{ ...gift, id: 'x' }, 'id']],
    'gifts.delete': [[{ id: 'x' }, 'id']],
    'gifts.repeats': [[{ recipientOrgId: 'x', item: 'Tranh' }, 'recipientOrgId']],
    'gifts.export': [
      [{ format: 'pdf' }, 'format'],
      [{ format: 'csv', language: 'fr' }, 'language'],
    ],
    'agreements.list': [[{ organizationId: 'x' }, 'organizationId']],
    'agreements.page': [
      [{ offset: 0, limit: 10, organizationId: 'x' }, 'organizationId'],
      [{ offset: -2, limit: 10 }, 'offset'],
      [{ offset: 0, limit: 1000 }, 'limit'],
    ],
    'agreements.get': [[{ id: 'x' }, 'id']],
    'agreements.create': [
      [{ ...agreement, parties: [agreement.parties[0]] }, 'parties'],
      [{ ...agreement, signedOn: '2024-10-20', expiresOn: '2024-10-19' }, 'expiresOn'],
      [{ ...agreement, parties: [agreement.parties[0], agreement.parties[0]] }, 'parties.1.organizationId'],
      [{ ...agreement, title: '' }, 'title'],
      [{ ...agreement, fields: [{ fieldKey: 'Du lịch!' }] }, 'fields.0.fieldKey'],
      [{ ...agreement, status: 'dead' }, 'status'],
    ],
    'agreements.update': [[{ ...agreement, id: 'x' }, 'id']],
    'agreements.delete': [[{ id: 'x' }, 'id']],
    'cooperationFields.list': [[{ all: true }, 'all']],
    'cooperationFields.create': [[{ label: '' }, 'label']],
    'followUps.list': [[{ includeClosed: 'yes' }, 'includeClosed']],
    'followUps.page': [
      [{ offset: -1, limit: 50 }, 'offset'],
      [{ offset: 0, limit: 0 }, 'limit'],
      [{ offset: 0, limit: 201 }, 'limit'],
      [{ offset: 1.5, limit: 50 }, 'offset'],
      [{ limit: 50 }, 'offset'],
      [{ offset: 0, limit: 50, owner: 'x'.repeat(500) }, 'owner'],
    ],
    'followUps.get': [[{ id: 'x' }, 'id']],
    'followUps.create': [
      [{ text: '' }, 'text'],
      [{ text: 'Ký MoU với Nara', due: 'next year' }, 'due'],
      [{ text: 'Ký MoU với Nara', status: 'forgotten' }, 'status'],
      [{ text: 'Ký MoU với Nara', doneOn: '2025' }, 'doneOn'],
    ],
    'followUps.update': [[{ id: 'x', text: 'A' }, 'id']],
    'followUps.delete': [[{ id: 'x' }, 'id']],
    'followUps.addNote': [[{ followUpId: MISSING, on: '2025-10', text: 'x' }, 'on']],
    'followUps.markDone': [[{ id: MISSING, doneOn: '' }, 'doneOn']],
    'calendar.holidays': [
      [{ year: 1800 }, 'year'],
      [{ year: '2026' }, 'year'],
    ],
    'calendar.saveAdjustment': [
      [{ date: '2026-01', kind: 'day_off' }, 'date'],
      [{ date: '2026-01-02', kind: 'holiday' }, 'kind'],
    ],
    'calendar.deleteAdjustment': [[{ id: 'x' }, 'id']],
    'search.everything': [[{ query: 'x'.repeat(201) }, 'query']],
    'attachments.add': [
      [{ fileName: 'a.png', base64: 'not base64!' }, 'base64'],
      [{ fileName: '', base64: 'iVBORw0KGgo=' }, 'fileName'],
      [{ fileName: 'huge.pdf', base64: 'A'.repeat(36 * 1024 * 1024) }, 'base64'],
    ],
    'attachments.get': [[{ id: 'x' }, 'id']],
    'calendar.range': [
      [{ from: '2025-01-01', to: '2028-06-01' }, 'to'],
      [{ from: '2025-02-01', to: '2025-01-01' }, 'to'],
      [{ from: '2025-02', to: '2025-03-01' }, 'from'],
      // Found by the property test: the range check once did date arithmetic on these and threw.
      [{ from: '', to: '2028-06-01' }, 'from'],
      [{ from: '2025-02-30', to: '2025-03-01' }, 'from'],
      [{ from: '2025-01-01', to: '2025-01-31', kinds: ['birthdays'] }, 'kinds.0'],
    ],
    'calendar.month': [
      [{ from: '2025-01-01', to: '2028-06-01' }, 'to'],
      [{ from: '2025-02-01', to: '2025-01-01' }, 'to'],
      [{ from: '2025-02', to: '2025-03-01' }, 'from'],
      [{ from: '2025-01-01', to: '2025-01-31', direction: 'sideways' }, 'direction'],
      [{ from: '2025-01-01', to: '2025-01-31', country: 'VNM' }, 'country'],
    ],
    'home.summary': [[{ week: 1 }, 'week']],
    'briefings.forDelegation': [[{ id: 'x' }, 'id']],
    'reports.periodic': [
      [{ from: '2025-02', to: '2025-12-31' }, 'from'],
      [{ from: '2025-01-01', to: '2024-12-31' }, 'to'],
    ],
    'reports.periodicXlsx': [[{ from: '2025-01-01', to: '2025-12-31', language: 'fr' }, 'language']],
    'backups.list': [[{ all: true }, 'all']],
    'backups.create': [[{ file: '/etc/passwd' }, 'file']],
    'exchange.export': [[{ organizationId: 'x' }, 'organizationId']],
    'uploads.begin': [
      [{ size: 0 }, 'size'],
      [{ size: 1.5 }, 'size'],
      [{ size: 300 * 1024 * 1024 }, 'size'],
      [{}, 'size'],
    ],
    'uploads.append': [
      [{ uploadId: MISSING, offset: 0, base64: 'not base64!' }, 'base64'],
      [{ uploadId: MISSING, offset: -1, base64: 'YQ==' }, 'offset'],
      [{ uploadId: 'x', offset: 0, base64: 'YQ==' }, 'uploadId'],
      // Well formed, but no such upload was begun.
      [{ uploadId: MISSING, offset: 0, base64: 'YQ==' }, 'uploadId'],
    ],
    'exchange.import': [
      [{ fileBase64: 'H4sI' }, 'fileBase64'],
      [{}, 'uploadId'],
      // Well formed, but no such upload was begun.
      [{ uploadId: MISSING }, 'uploadId'],
    ],
    'lists.export': [
      [{ list: 'calendar', format: 'csv' }, 'list'],
      [{ list: 'people', format: 'pdf' }, 'format'],
      [{ list: 'delegations', format: 'csv', filter: { direction: 'sideways' } }, 'filter.direction'],
      [{ list: 'organizations', format: 'xlsx', filter: { country: 'VN' } }, 'filter.country'],
    ],
    'backups.inspect': [
      [{ name: '../protocol-desk.db' }, 'name'],
      [{ name: '/etc/passwd' }, 'name'],
      [{}, 'name'],
    ],
    'backups.restore': [
      [{ name: 'protocol-desk-2025/../../x.db' }, 'name'],
      [{ name: 'protocol-desk-x.db\u0000.txt' }, 'name'],
      [{ name: 42 }, 'name'],
    ],
    'recovery.restoreNewest': [[{ force: true }, 'force']],
    'recovery.quit': [[{ now: true }, 'now']],
    'encryption.status': [[{ verbose: true }, 'verbose']],
    'encryption.newRecoveryKey': [[{ bytes: 16 }, 'bytes']],
    'encryption.enable': [
      [{ passphrase: 'short', recoveryKey: VALID_RECOVERY_KEY }, 'passphrase'],
      [{ passphrase: 'đủ dài rồi nhé', recoveryKey: 'ABCD-EFGH' }, 'recoveryKey'],
      [{ passphrase: 'đủ dài rồi nhé', recoveryKey: VALID_RECOVERY_KEY.replace('0', 'U') }, 'recoveryKey'],
      [{ recoveryKey: VALID_RECOVERY_KEY }, 'passphrase'],
    ],
    'encryption.changePassphrase': [
      [{ current: '', next: 'đủ dài rồi nhé' }, 'current'],
      [{ current: 'x', next: 'ngắn' }, 'next'],
    ],
    'encryption.disable': [
      [{}, 'passphrase'],
      [{ passphrase: 'x'.repeat(1001) }, 'passphrase'],
    ],
    'encryption.unlock': [[{ passphrase: 42 }, 'passphrase']],
    'encryption.unlockWithRecoveryKey': [
      [{ recoveryKey: 'not a key', newPassphrase: 'đủ dài rồi nhé' }, 'recoveryKey'],
      [{ recoveryKey: VALID_RECOVERY_KEY, newPassphrase: 'ngắn' }, 'newPassphrase'],
    ],
    'briefings.saveNotes': [[{ id: MISSING, talkingPoints: 'x'.repeat(6000) }, 'talkingPoints']],
    'articles.import': [
      [{}, 'items'],
      [{ items: [] }, 'items'],
      [{ items: Array.from({ length: 26 }, () => ({ text: 'a' })) }, 'items'],
      [{ items: [{ text: 'a' }, {}] }, 'items.1.text'],
      [{ items: [{ text: 5 }] }, 'items.0.text'],
      [{ items: [{ file: { name: 'a.txt', base64: 'not base64!' } }] }, 'items.0.file.base64'],
      [{ items: [{ text: 'a' }, { file: { name: 'a.txt', base64: 'A'.repeat(7_000_000) } }] }, 'items.1.file.base64'],
      [
        { items: Array.from({ length: 3 }, () => ({ file: { name: 'a.txt', base64: 'A'.repeat(4_000_000) } })) },
        'items',
      ],
      [{ items: [{ file: { name: '', base64: 'YQ==' } }] }, 'items.0.file.name'],
      [{ items: [{ text: 'a', url: 'x'.repeat(2001) }] }, 'items.0.url'],
      [{ items: [{ text: 'a' }], sourceName: 'x'.repeat(1001) }, 'sourceName'],
    ],
    'articles.list': [
      [{ query: 7 }, 'query'],
      [{ limit: 0 }, 'limit'],
    ],
    'articles.get': [[{ id: 'x' }, 'id']],
    'articles.accept': [
      [{ articleId: MISSING, homeOrgId: ids.home, partner: { name: '', country: 'KR' } }, 'partner.name'],
      [{ articleId: MISSING, homeOrgId: ids.home, partner: { name: 'Seoul', country: 'XX' } }, 'partner.country'],
      [
        {
          articleId: MISSING,
          homeOrgId: ids.home,
          partner: { existingId: ids.org, name: 'Seoul', country: 'KR' },
          followUps: [{ text: 'x', evidence: { start: 5, end: 2 } }],
        },
        'followUps.0.evidence.end',
      ],
      [
        {
          articleId: MISSING,
          homeOrgId: ids.home,
          partner: { existingId: ids.org, name: 'Seoul', country: 'KR' },
          delegation: { direction: 'sideways', startDate: '2025', evidence: { start: 0, end: 1 } },
        },
        'delegation.direction',
      ],
    ],
    'articles.delete': [[{ id: 'x' }, 'id']],
    'provenance.ofRecord': [
      [{ entity: 'meeting', id: MISSING }, 'entity'],
      [{ entity: 'delegation', id: 'x' }, 'id'],
    ],
    'print.savePdf': [
      [{ route: '/delegations/../../etc/passwd' }, 'route'],
      [{ route: 'https://example.com/briefing' }, 'route'],
      [{ route: '//example.com/briefing' }, 'route'],
      [{}, 'route'],
    ],
    'print.print': [
      [{ route: 'javascript:alert(1)' }, 'route'],
      [{ route: '/briefings/week', copies: 2 }, 'copies'],
    ],
  };
}
