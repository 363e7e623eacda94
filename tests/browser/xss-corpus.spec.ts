import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callApi, expect, test, type BrowserModeApp } from './fixtures.js';

/**
 * XSS corpus (issue 8): script-shaped text in every text field of every kind of record, then every screen
 * and printout. Imported text is data (DESIGN §6): nothing may run, navigate or reach beyond 127.0.0.1,
 * and each payload must be readable as the text it is.
 */
const SCREENSHOTS = 'tests/artifacts';
const ATTACKS = [
  `<script>window.__xss=1;document.title='XSS'</script>`,
  `<img src=x onerror="window.__xss=1;document.title='XSS'">`,
  `<svg onload="window.__xss=1">`,
  `<a href="javascript:window.__xss=1">javascript: link</a>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `"><b onmouseover="window.__xss=1">bold</b><img src="https://evil.example/p.png">`,
  `javascript:window.__xss=1//`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `<style>@import 'https://evil.example/x.css';</style>`,
];

let next = 0;
/** A payload for one field: a tag to find it by (search, checks), then one of the attacks in turn. */
function payload(tag: string): string {
  return `${tag} ${ATTACKS[next++ % ATTACKS.length]}`;
}

/** Every text field the API takes, each with its own payload. */
function corpus() {
  next = 0;
  return {
    homeName: payload('Xsshome'),
    orgName: payload('Xssorg'),
    orgAlias: payload('Xssalias'),
    orgNotes: payload('Xssorgnotes'),
    personName: payload('Xssperson'),
    nativeName: payload('Xssnative'),
    romanization: payload('Xssroman'),
    honorific: '<b>Xsshon</b>', // 50 characters at most
    formOfAddress: payload('Xssaddress'),
    protocolNotes: payload('Xssprotocol'),
    personNotes: payload('Xsspersonnotes'),
    relationshipNotes: payload('Xssrelnotes'),
    purpose: payload('Xsspurpose'),
    place: payload('Xssplace'),
    delegationNotes: payload('Xssdelnotes'),
    guestTitle: payload('Xssguesttitle'),
    hostTitle: payload('Xsshosttitle'),
    engagementPlace: payload('Xssengplace'),
    summary: payload('Xsssummary'),
    outcome: payload('Xssoutcome'),
    item: payload('Xssgift'),
    valuationBasis: payload('Xssvaluation'),
    circumstances: payload('Xsscircumstances'),
    dispositionDecision: payload('Xssdecision'),
    giftNotes: payload('Xssgiftnotes'),
    agreementTitle: payload('Xssagreement'),
    agreementPlace: payload('Xssagrplace'),
    renewalTerms: payload('Xssrenewal'),
    agreementNotes: payload('Xssagrnotes'),
    pointText: payload('Xsspoint'),
    pointNotes: payload('Xsspointnotes'),
    fieldLabel: payload('Xssfield'),
    followUpText: payload('Xssfollowup'),
    owner: payload('Xssowner'),
    followUpNotes: payload('Xssfunotes'),
    progress: payload('Xssprogress'),
    talkingPoints: payload('Xsstalking'),
    topicsToAvoid: payload('Xssavoid'),
    adjustment: payload('Xssholiday'),
  };
}

/** Today and nearby days as the browser's calendar counts them (ISO, local time). */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type Text = ReturnType<typeof corpus>;

/** Stores the corpus through the API, dated so that home, calendar and the reports all show it. */
async function storeCorpus(app: BrowserModeApp, text: Text) {
  const home = await callApi(app, 'organizations.create', {
    name: text.homeName,
    country: 'VN',
    kind: 'city',
    isHome: true,
  });
  const org = await callApi(app, 'organizations.create', {
    name: text.orgName,
    aliases: [text.orgAlias],
    country: 'KR',
    kind: 'city',
    notes: text.orgNotes,
  });
  const guest = await callApi(app, 'people.create', {
    fullName: text.personName,
    nativeName: text.nativeName,
    romanization: text.romanization,
    honorific: text.honorific,
    formOfAddress: text.formOfAddress,
    protocolNotes: text.protocolNotes,
    notes: text.personNotes,
  });
  const host = await callApi(app, 'people.create', { fullName: 'Nguyễn Văn Chủ' });
  const fiveYearsAgo = `${Number(day(20).slice(0, 4)) - 5}${day(20).slice(4)}`;
  await callApi(app, 'relationships.create', {
    homeOrgId: home.id,
    partnerOrgId: org.id,
    level: 'sister',
    establishedOn: fiveYearsAgo,
    notes: text.relationshipNotes,
  });
  const delegation = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: org.id,
    hostOrgId: home.id,
    purpose: text.purpose,
    startDate: day(0),
    endDate: day(1),
    place: text.place,
    status: 'confirmed',
    notes: text.delegationNotes,
    participants: [
      { personId: guest.id, side: 'guest', role: 'head', title: text.guestTitle },
      { personId: host.id, side: 'host', role: 'host', title: text.hostTitle },
    ],
    engagements: [
      {
        kind: 'courtesy_call',
        startsAt: `${day(0)}T09:00`,
        place: text.engagementPlace,
        summary: text.summary,
        outcome: text.outcome,
        personIds: [guest.id, host.id],
      },
    ],
  });
  await callApi(app, 'briefings.saveNotes', {
    id: delegation.id,
    talkingPoints: text.talkingPoints,
    topicsToAvoid: text.topicsToAvoid,
  });
  const full = (await callApi(app, 'delegations.get', { id: delegation.id })) as unknown as {
    participants: { id: string; personId: string }[];
  };
  const guestParticipant = full.participants.find((p) => p.personId === guest.id)!;
  const hostParticipant = full.participants.find((p) => p.personId === host.id)!;
  const gift = await callApi(app, 'gifts.create', {
    direction: 'received',
    delegationId: delegation.id,
    date: day(0),
    giverParticipantId: guestParticipant.id,
    giverOrgId: org.id,
    recipientParticipantId: hostParticipant.id,
    recipientOrgId: home.id,
    item: text.item,
    estimatedValue: 1_000_000,
    valuationBasis: text.valuationBasis,
    circumstances: text.circumstances,
    disposition: 'kept_as_souvenir',
    dispositionDecision: text.dispositionDecision,
    notes: text.giftNotes,
  });
  await callApi(app, 'cooperationFields.create', { label: text.fieldLabel });
  const agreement = await callApi(app, 'agreements.create', {
    kind: 'mou',
    title: text.agreementTitle,
    status: 'in_force',
    signedOn: day(-30),
    place: text.agreementPlace,
    expiresOn: day(90),
    renewalTerms: text.renewalTerms,
    delegationId: delegation.id,
    parties: [
      { organizationId: home.id, signatoryParticipantId: hostParticipant.id },
      { organizationId: org.id, signatoryParticipantId: guestParticipant.id },
    ],
    fields: [{ fieldKey: 'tourism', text: text.pointText, status: 'active', notes: text.pointNotes }],
    notes: text.agreementNotes,
  });
  const followUp = await callApi(app, 'followUps.create', {
    text: text.followUpText,
    sourceKind: 'delegation',
    sourceId: delegation.id,
    organizationId: org.id,
    owner: text.owner,
    due: day(3),
    notes: text.followUpNotes,
  });
  await callApi(app, 'followUps.addNote', { followUpId: followUp.id, on: day(0), text: text.progress });
  return { home, org, guest, delegation, gift, agreement, followUp };
}

/** Watches a page for anything a payload could make happen. */
function watch(page: Page, appUrl: string) {
  const origin = new URL(appUrl).origin;
  const seen = { dialogs: [] as string[], foreignRequests: [] as string[], navigations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') seen.foreignRequests.push(request.url());
  });
  page.on('framenavigated', (frame) => {
    if (new URL(frame.url()).origin !== origin) seen.navigations.push(frame.url());
  });
  return seen;
}

/** Nothing a payload asks for has happened on this screen. */
async function expectInert(page: Page, screen: string) {
  const state = await page.evaluate(() => ({
    marker: (window as { __xss?: unknown }).__xss ?? null,
    title: document.title,
    // Elements the payloads would create if any were parsed as HTML (the app makes none of these).
    planted: document.querySelectorAll(
      'body script:not([src]), img[src="x"], svg[onload], iframe, meta[http-equiv], a[href^="javascript:"], b[onmouseover]',
    ).length,
    // Mantine puts style elements in the body itself: look for the payload's import instead.
    styled: Array.from(document.querySelectorAll('style')).some((style) => style.textContent?.includes('evil.example')),
  }));
  expect(state, screen).toEqual({ marker: null, title: 'Protocol Desk', planted: 0, styled: false });
}

/** The payloads a screen shows, read back as text. */
async function expectText(page: Page, screen: string, texts: string[]) {
  for (const text of texts)
    await expect.soft(page.locator('body'), `${screen}: ${text.slice(0, 30)}`).toContainText(text);
}

/** Payloads a form shows in its fields, as values. */
async function expectValues(page: Page, screen: string, texts: string[]) {
  for (const text of texts) {
    await expect
      .poll(
        () =>
          page.evaluate(
            (value) =>
              Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).some(
                (field) => field.value === value,
              ),
            text,
          ),
        `${screen}: a field holding ${text.slice(0, 30)}`,
      )
      .toBe(true);
  }
}

function pdfText(file: string): string {
  // Reading order, not -layout: a table's next column would land inside a wrapped cell's text.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('script-shaped text in every field stays text on every screen and in every printout', async ({
  app,
  appPage: page,
}) => {
  // About twenty screens and four PDFs on a machine shared with other work.
  test.setTimeout(300_000);
  const text = corpus();
  const ids = await storeCorpus(app, text);
  const seen = watch(page, app.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const base = app.url;

  const screens: { name: string; path: string; texts?: string[]; values?: string[] }[] = [
    { name: 'home', path: '#/home', texts: [text.orgName, text.homeName, text.followUpText, text.agreementTitle] },
    { name: 'calendar', path: '#/calendar', texts: [text.orgName] },
    { name: 'delegations', path: '#/delegations', texts: [text.orgName, text.homeName, text.place] },
    {
      name: 'delegation',
      path: `#/delegations/${ids.delegation.id}`,
      texts: [
        text.purpose,
        text.place,
        text.delegationNotes,
        text.personName,
        text.guestTitle,
        text.hostTitle,
        text.engagementPlace,
        text.summary,
        text.outcome,
      ],
    },
    {
      name: 'delegation form',
      path: `#/delegations/${ids.delegation.id}/edit`,
      values: [text.purpose, text.place, text.guestTitle, text.summary, text.outcome],
    },
    {
      name: 'briefing sheet',
      path: `#/delegations/${ids.delegation.id}/briefing`,
      texts: [text.personName, text.guestTitle, text.agreementTitle, text.followUpText, text.item, text.protocolNotes],
    },
    { name: 'week briefings', path: '#/briefings/week', texts: [text.orgName] },
    { name: 'organisations', path: '#/organizations', texts: [text.orgName, text.homeName] },
    {
      name: 'dossier',
      path: `#/organizations/${ids.org.id}`,
      texts: [text.orgName, text.orgAlias, text.relationshipNotes],
    },
    { name: 'people', path: '#/people', texts: [text.personName] },
    {
      name: 'person',
      path: `#/people/${ids.guest.id}`,
      texts: [text.personName, text.nativeName, text.formOfAddress, text.protocolNotes, text.guestTitle],
    },
    { name: 'gifts', path: '#/gifts', texts: [text.item] },
    {
      name: 'gift form',
      path: `#/gifts/${ids.gift.id}`,
      values: [text.item, text.valuationBasis, text.circumstances, text.dispositionDecision, text.giftNotes],
    },
    { name: 'gift report', path: `#/gifts/${ids.gift.id}/report`, texts: [text.item, text.personName] },
    { name: 'handover minutes', path: `#/gifts/${ids.gift.id}/minutes`, texts: [text.item] },
    { name: 'agreements', path: '#/agreements', texts: [text.agreementTitle] },
    {
      name: 'agreement form',
      path: `#/agreements/${ids.agreement.id}`,
      values: [text.agreementTitle, text.agreementPlace, text.renewalTerms, text.pointText, text.pointNotes],
    },
    { name: 'follow-ups', path: '#/follow-ups', texts: [text.followUpText, text.owner] },
    { name: 'periodic report', path: '#/reports', texts: [text.agreementTitle] },
  ];

  for (const screen of screens) {
    await page.goto(`${base.split('#')[0]}${screen.path}`);
    await expectText(page, screen.name, screen.texts ?? []);
    await expectValues(page, screen.name, screen.values ?? []);
    await expectInert(page, screen.name);
    await page.screenshot({ path: `${SCREENSHOTS}/xss-${screen.name.replace(/\s+/g, '-')}.png`, fullPage: true });
  }

  // Search results (Ctrl+K): the organisation and the person found by their tags, shown as text.
  await page.goto(`${base.split('#')[0]}#/home`);
  await expect(page.locator('body')).toContainText(text.orgName);
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog').locator('input').fill('xssorg');
  await expect(page.getByRole('dialog')).toContainText(text.orgName);
  await expectInert(page, 'search results');
  await page.keyboard.press('Escape');

  // The printouts: each payload comes out of the PDF as the text it is. pdftotext breaks long lines and drops
  // a hyphen at a line end ("http-equiv" → "httpequiv"): compare without whitespace and hyphens.
  const flat = (value: string) => value.replace(/[\s-]+/g, '');
  for (const printout of [
    {
      name: 'briefing',
      path: `#/delegations/${ids.delegation.id}/briefing`,
      texts: [text.orgName, text.purpose, text.delegationNotes, text.guestTitle, text.summary, text.talkingPoints],
    },
    { name: 'gift-report', path: `#/gifts/${ids.gift.id}/report`, texts: [text.item, text.circumstances] },
    { name: 'handover-minutes', path: `#/gifts/${ids.gift.id}/minutes`, texts: [text.item] },
    { name: 'periodic-report', path: '#/reports', texts: [text.agreementTitle] },
  ]) {
    await page.goto(`${base.split('#')[0]}${printout.path}`);
    await expectText(page, printout.name, printout.texts);
    await page.emulateMedia({ media: 'print' });
    const file = `${SCREENSHOTS}/xss-${printout.name}.pdf`;
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const printed = flat(pdfText(file));
    for (const expected of printout.texts) {
      expect.soft(printed, `${printout.name}.pdf: ${expected.slice(0, 30)}`).toContain(flat(expected));
    }
    await expectInert(page, `${printout.name} printed`);
  }

  expect(seen.dialogs, 'no dialog opened').toEqual([]);
  expect(seen.navigations, 'no navigation away from the app').toEqual([]);
  expect(seen.foreignRequests, 'no request beyond 127.0.0.1').toEqual([]);
});

test('the checks notice a payload that did get parsed as HTML', async ({ app, page }) => {
  await page.goto(`${app.url.split('#')[0]}#/home`);
  await expect(page.getByRole('navigation')).toBeVisible();
  await expectInert(page, 'before');
  // What a dangerouslySetInnerHTML would do with one of the payloads (the CSP still stops its handler).
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), ATTACKS[1]!);
  await expect(expectInert(page, 'after')).rejects.toThrow(/planted/);
});
