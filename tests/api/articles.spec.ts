import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { ArticleSummary, Provenance } from '../../shared/domain/article.js';
import type {
  ArticleAcceptResult,
  ArticleImportItem,
  ArticleImportOutcome,
  ArticleImportResult,
  ArticleReview,
} from '../../shared/domain/article-review.js';
import type { Briefing } from '../../shared/domain/briefing.js';
import type { Delegation } from '../../shared/domain/delegation.js';
import type { SearchHit } from '../../shared/domain/search.js';
import { call, countRows, dispatchNow, openTestApp, STORE_TABLES } from '../helpers/temp-store.js';

const ARTICLE = readFileSync(new URL('../fixtures/import/gimhae-hue.txt', import.meta.url), 'utf8');
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

function counts() {
  return Object.fromEntries(STORE_TABLES.map((table) => [table, countRows(app, table)]));
}

/** One article through the one import path: a batch of one. */
function importOne(item: ArticleImportItem, sourceName = ''): ArticleImportOutcome {
  return call<ArticleImportResult>(app, 'articles.import', { items: [item], sourceName }).outcomes[0]!;
}

function seed() {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const gimhae = call(app, 'organizations.create', {
    name: 'Gimhae City',
    aliases: ['김해시'],
    country: 'KR',
    kind: 'city',
  });
  const park = call(app, 'people.create', { fullName: 'Park Sung-min' });
  return { hue, gimhae, park };
}

test('an imported article is stored once: the same text again, or nearly the same, is recognised', () => {
  const first = importOne({ text: ARTICLE }, 'Báo Huế');
  expect(first.status).toBe('imported');
  if (first.status !== 'imported') return;
  expect(first.article).toMatchObject({ language: 'vi', publishedOn: '2025-03-13', sourceName: 'Báo Huế' });
  expect(first.article.title).toBe('Huế đón đoàn thành phố Gimhae, Hàn Quốc');

  const again = importOne({
    file: { name: 'copy.txt', base64: base64(`\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}   `) },
  });
  expect(again).toEqual({
    status: 'duplicate',
    how: 'same',
    existing: { id: first.article.id, title: first.article.title },
    earlierItem: null,
  });

  const edited = ARTICLE.replace('Huế đón đoàn', 'Thừa Thiên Huế tiếp đoàn').replace('trong năm 2026', 'vào năm 2026');
  const near = importOne({ text: edited });
  expect(near).toMatchObject({ status: 'duplicate', how: 'near', existing: { id: first.article.id } });
  expect(countRows(app, 'articles')).toBe(1);

  const other = importOne({
    text: 'On 5 May 2025, the Governor of Central Java received a delegation from Da Nang City led by its Vice Chairman. The two sides agreed to expand cooperation in tourism and education.',
  });
  expect(other).toMatchObject({ status: 'imported', article: { language: 'en' } });
  expect(countRows(app, 'articles')).toBe(2);
});

test('HTML files are reduced to their text: scripts, styles and iframes never reach the store', () => {
  const html = `<!doctype html><html><head><title>t</title><style>body{color:red}</style>
    <script>window.evil = 1</script></head><body><nav>Trang chủ | Thế giới</nav>
    <article><h1>Huế đón đoàn thành phố Gimhae</h1><p>${ARTICLE.split('\n').slice(4).join('</p><p>')}</p></article>
    <iframe src="https://example.com/ad"></iframe></body></html>`;
  const result = importOne({
    file: { name: 'bai-bao.html', base64: base64(html) },
  });
  expect(result.status).toBe('imported');
  if (result.status !== 'imported') return;
  const review = call<ArticleReview>(app, 'articles.get', { id: result.article.id });
  expect(review.article.body).toContain('Park Sung-min');
  expect(review.article.body).not.toMatch(/<|window\.evil|color:red|example\.com/);
  expect(review.article.fileName).toBe('bai-bao.html');
});

const GERMAN =
  'Der Bürgermeister empfing gestern eine Delegation aus der Partnerstadt und sprach über die Zusammenarbeit in Kultur und Bildung.';
const ENGLISH =
  'On 5 May 2025, the Governor of Central Java received a delegation from Da Nang City led by its Vice Chairman. The two sides agreed to expand cooperation in tourism and education.';

test('bad files are refused on their own line with a clear reason, and nothing of them is written', () => {
  const before = counts();
  const bad: [ArticleImportItem, string, string][] = [
    [{ file: { name: 'empty.txt', base64: '' } }, 'items.0.file', 'empty_file'],
    [{ file: { name: 'spaces.txt', base64: base64('   \n\n  ') } }, 'items.1.file', 'empty_file'],
    // A PNG renamed .txt.
    [
      {
        file: {
          name: 'photo.txt',
          base64: base64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
        },
      },
      'items.2.file',
      'not_text',
    ],
    // "Đà Nẵng" in Windows-1258: Đ = 0xD0, à = a + 0xCC (combining grave), ẵ = 0xE3 + 0xDE (combining tilde).
    [
      {
        file: {
          name: 'cp1258.txt',
          base64: base64(Uint8Array.from([0xd0, 0x61, 0xcc, 0x20, 0x4e, 0xe3, 0xde, 0x6e, 0x67])),
        },
      },
      'items.3.file',
      'not_utf8',
    ],
    [{ file: { name: 'scan.pdf', base64: base64('%PDF-1.4') } }, 'items.4.file', 'unsupported_file_type'],
    [{ text: GERMAN }, 'items.5.text', 'unsupported_language'],
    [{ text: '   ' }, 'items.6.text', 'required'],
  ];
  const { outcomes } = call<ArticleImportResult>(app, 'articles.import', { items: bad.map(([item]) => item) });
  expect(outcomes).toEqual(bad.map(([, field, reason]) => ({ status: 'refused', field, reason })));
  expect(counts()).toEqual(before);

  // A malformed call is refused whole, naming the item, before anything is read.
  const refuse = (input: unknown, field: string, key: string) => {
    const result = dispatchNow(app, 'articles.import', input);
    expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
    if (!result.ok) expect(result.error.fields?.[field]).toBe(key);
  };
  refuse({ items: [{ text: ARTICLE }, {}] }, 'items.1.text', 'text_or_file');
  refuse({ items: [{ text: 'x', file: { name: 'a.txt', base64: base64('x') } }] }, 'items.0.text', 'text_or_file');
  refuse({ items: [] }, 'items', 'empty_list');
  refuse({ items: Array.from({ length: 26 }, () => ({ text: ENGLISH })) }, 'items', 'too_many_items');
  // 20 MB: refused by its size, before it is decoded.
  refuse(
    { items: [{ text: ARTICLE }, { file: { name: 'huge.txt', base64: 'A'.repeat(27_000_000) } }] },
    'items.1.file.base64',
    'file_too_large',
  );
  // Three files of 4.5 MB: each allowed, together over the 8 MB of one call.
  refuse(
    { items: Array.from({ length: 3 }, () => ({ file: { name: 'big.txt', base64: 'QUFB'.repeat(1_500_000) } })) },
    'items',
    'batch_too_large',
  );
  expect(counts()).toEqual(before);
});

test('a batch is stored in one go, each item answered on its own line: a bad item among good ones, a duplicate and a near-duplicate inside the batch', () => {
  const edited = ARTICLE.replace('Huế đón đoàn', 'Thừa Thiên Huế tiếp đoàn').replace('trong năm 2026', 'vào năm 2026');
  const { outcomes } = call<ArticleImportResult>(app, 'articles.import', {
    sourceName: 'Báo Huế',
    items: [
      { text: ARTICLE },
      { file: { name: 'cp1258.txt', base64: base64(Uint8Array.from([0xd0, 0x61, 0xcc, 0x20, 0x4e])) } },
      { file: { name: 'copy.txt', base64: base64(`\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`) } },
      { text: GERMAN },
      { text: edited },
      { file: { name: 'java.md', base64: base64(ENGLISH) }, url: 'https://example.com/java' },
    ],
  });
  expect(outcomes.map((outcome) => outcome.status)).toEqual([
    'imported',
    'refused',
    'duplicate',
    'refused',
    'duplicate',
    'imported',
  ]);
  const [first, cp1258, copy, german, near, java] = outcomes;
  if (first?.status !== 'imported' || java?.status !== 'imported') throw new Error('not imported');
  expect(cp1258).toEqual({ status: 'refused', field: 'items.1.file', reason: 'not_utf8' });
  expect(german).toEqual({ status: 'refused', field: 'items.3.text', reason: 'unsupported_language' });
  const existing = { id: first.article.id, title: first.article.title };
  expect(copy).toEqual({ status: 'duplicate', how: 'same', existing, earlierItem: 0 });
  expect(near).toEqual({ status: 'duplicate', how: 'near', existing, earlierItem: 0 });
  expect(java.article).toMatchObject({
    language: 'en',
    sourceName: 'Báo Huế',
    fileName: 'java.md',
    url: 'https://example.com/java',
  });
  expect(countRows(app, 'articles')).toBe(2);
  // One audit entry per stored article, none for the others.
  expect(countRows(app, 'audit_log')).toBe(2);

  // The next batch meets them as stored articles, not as items of its own.
  const again = call<ArticleImportResult>(app, 'articles.import', { items: [{ text: edited }, { text: ENGLISH }] });
  expect(again.outcomes).toEqual([
    { status: 'duplicate', how: 'near', existing, earlierItem: null },
    {
      status: 'duplicate',
      how: 'same',
      existing: { id: java.article.id, title: java.article.title },
      earlierItem: null,
    },
  ]);
  expect(countRows(app, 'articles')).toBe(2);
});

test('a database error aborts the whole batch: nothing of it is written', () => {
  const before = counts();
  // A trigger that fails the second insert stands for any error of the store (disk full, a broken index…).
  app.db.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.articles
                 WHEN (SELECT count(*) FROM main.articles) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  const result = dispatchNow(app, 'articles.import', { items: [{ text: ARTICLE }, { text: ENGLISH }] });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('internal');
  expect(counts()).toEqual(before);
  app.db.exec('DROP TRIGGER fail_second');
  const retried = call<ArticleImportResult>(app, 'articles.import', { items: [{ text: ARTICLE }, { text: ENGLISH }] });
  expect(retried.outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'imported']);
});

test('the review proposes the visit with the existing partner and person matched, and accepting writes it all with provenance', () => {
  const { hue, gimhae, park } = seed();
  const imported = importOne({ text: ARTICLE });
  if (imported.status !== 'imported') throw new Error('not imported');
  const { proposals, article } = call<ArticleReview>(app, 'articles.get', { id: imported.article.id });
  const found = proposals.delegation!;
  expect(found).toMatchObject({ direction: 'incoming', country: 'KR', start: '2025-03-12' });
  expect(found.partnerMatches[0]).toMatchObject({ id: gimhae.id });
  expect(found.head?.matches[0]).toMatchObject({ id: park.id });
  expect(article.body.slice(found.evidence.start, found.evidence.end)).toContain('Park Sung-min');
  expect(proposals.agreements[0]).toMatchObject({ status: 'signed', kind: 'mou' });
  expect(proposals.agreements[0]!.fieldKeys).toEqual(expect.arrayContaining(['tourism', 'culture', 'education']));
  expect(proposals.followUps[0]).toMatchObject({ due: '2026' });

  const accepted = call<ArticleAcceptResult>(app, 'articles.accept', {
    articleId: article.id,
    homeOrgId: hue.id,
    partner: { existingId: gimhae.id, name: 'Gimhae', country: 'KR' },
    delegation: {
      direction: 'incoming',
      head: { existingId: park.id, fullName: 'Park Sung-min', title: 'Phó Thị trưởng', evidence: found.head!.evidence },
      hosts: [
        {
          existingId: null,
          fullName: 'Trần Văn Nam',
          title: 'Phó Chủ tịch UBND thành phố',
          evidence: found.hosts[0]!.evidence,
        },
      ],
      place: 'Huế',
      startDate: '2025-03-12',
      evidence: found.evidence,
    },
    gifts: proposals.gifts.map((gift) => ({
      direction: gift.direction,
      item: gift.item,
      date: '2025-03-12',
      evidence: gift.evidence,
    })),
    agreements: [
      {
        kind: 'mou',
        status: 'signed',
        title: 'Bản ghi nhớ Huế – Gimhae',
        signedOn: '2025-03-12',
        fieldKeys: ['tourism', 'culture'],
        evidence: proposals.agreements[0]!.evidence,
      },
    ],
    followUps: [{ text: proposals.followUps[0]!.text, due: '2026', evidence: proposals.followUps[0]!.evidence }],
  });
  expect(accepted.partnerOrgId).toBe(gimhae.id);
  const delegation = call<Delegation>(app, 'delegations.get', { id: accepted.delegationId });
  expect(delegation).toMatchObject({
    direction: 'incoming',
    visitingOrgId: gimhae.id,
    hostOrgId: hue.id,
    startDate: '2025-03-12',
  });
  expect(delegation.participants.map((p) => [p.fullName, p.role, p.title])).toEqual([
    ['Park Sung-min', 'head', 'Phó Thị trưởng'],
    ['Trần Văn Nam', 'host', 'Phó Chủ tịch UBND thành phố'],
  ]);
  expect(countRows(app, 'gifts')).toBe(2);
  expect(countRows(app, 'agreements')).toBe(1);
  expect(countRows(app, 'follow_ups')).toBe(1);
  // One new person (the host); the head was linked, the partner too.
  expect(countRows(app, 'people')).toBe(2);
  expect(countRows(app, 'organizations')).toBe(2);

  const sources = call<Provenance[]>(app, 'provenance.ofRecord', { entity: 'delegation', id: accepted.delegationId });
  const whole = sources.find((source) => source.field === '')!;
  expect(whole).toMatchObject({ articleId: article.id, articleTitle: article.title });
  expect(whole.quote).toBe(article.body.slice(found.evidence.start, found.evidence.end));
  const list = call<ArticleSummary[]>(app, 'articles.list', { query: 'gimhae' });
  expect(list).toHaveLength(1);
  expect(list[0]!.recordCount).toBe(accepted.created.length);
  expect(list[0]!.reviewedAt).not.toBeNull();

  // The briefing sheet of the visit names the article among its sources, with what it gave.
  const briefing = call<Briefing>(app, 'briefings.forDelegation', { id: accepted.delegationId });
  expect(briefing.sources).toEqual([
    {
      articleId: article.id,
      title: article.title,
      publishedOn: '2025-03-13',
      entities: expect.arrayContaining(['delegation', 'agreement', 'follow_up', 'gift']),
    },
  ]);
});

test('a refused part of a review writes nothing at all, and names its field', () => {
  const { hue } = seed();
  const imported = importOne({ text: ARTICLE });
  if (imported.status !== 'imported') throw new Error('not imported');
  const before = counts();
  const evidence = { start: 0, end: 10 };
  const input = {
    articleId: imported.article.id,
    homeOrgId: hue.id,
    partner: { existingId: null, name: 'Thành phố Changwon', country: 'KR', kind: 'city' },
    delegation: { direction: 'incoming', startDate: '2025-03-12', hosts: [], evidence },
    // A received gift needs its full date (the legal clock starts on it): refused after the partner
    // and the delegation were already written inside the transaction.
    gifts: [{ direction: 'received', item: 'Tranh gốm', date: '2025-03', evidence }],
  };
  const result = dispatchNow(app, 'articles.accept', input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.fields).toEqual({ 'gifts.0.date': 'full_date_required' });
  expect(counts()).toEqual(before);

  const badSpan = dispatchNow(app, 'articles.accept', {
    ...input,
    gifts: [],
    delegation: { ...input.delegation, evidence: { start: 5, end: 99_999 } },
  });
  expect(badSpan.ok).toBe(false);
  const notHome = dispatchNow(app, 'articles.accept', {
    ...input,
    gifts: [],
    homeOrgId: call(app, 'organizations.create', { name: 'Seoul', country: 'KR', kind: 'city' }).id,
  });
  expect(notHome.ok).toBe(false);
  if (!notHome.ok) expect(notHome.error.fields).toEqual({ homeOrgId: 'not_home' });
  expect(countRows(app, 'delegations')).toBe(0);
});

test('articles are found by folded words, in global search too, and a deleted one is gone', () => {
  const imported = importOne({ text: ARTICLE });
  if (imported.status !== 'imported') throw new Error('not imported');
  expect(call<ArticleSummary[]>(app, 'articles.list', { query: 'ngo mon' })).toHaveLength(1);
  expect(call<ArticleSummary[]>(app, 'articles.list', { query: 'osaka' })).toHaveLength(0);
  const hits = call<SearchHit[]>(app, 'search.everything', { query: 'tuan le van hoa' });
  expect(hits.map((hit) => hit.entity)).toContain('article');
  call(app, 'articles.delete', { id: imported.article.id });
  expect(call<ArticleSummary[]>(app, 'articles.list', { query: '' })).toHaveLength(0);
  // Once deleted, the same text can be imported again.
  expect(importOne({ text: ARTICLE }).status).toBe('imported');
});
