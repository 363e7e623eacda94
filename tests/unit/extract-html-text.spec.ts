import { expect, test } from '@playwright/test';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../main/extract/html-text.js';

test('scripts, styles, navigation, headers, footers, asides and iframes are dropped', () => {
  const html = `<!doctype html><html><head><title>T</title><script>var a = "<p>nope</p>";</script><style>p{}</style></head>
<body><header><nav><a href="/">Trang chủ</a></nav></header>
<article><h1>Tiêu đề</h1><p>Đoạn một.</p><iframe src="x"><p>iframe text</p></iframe><p>Đoạn hai.</p></article>
<aside>Tin liên quan</aside><footer>Bản quyền</footer><noscript>bật JavaScript</noscript></body></html>`;
  const text = htmlToText(html);
  expect(text).toBe('T\nTiêu đề\nĐoạn một.\nĐoạn hai.');
  for (const gone of ['nope', 'Trang chủ', 'iframe text', 'Tin liên quan', 'Bản quyền', 'JavaScript'])
    expect(text).not.toContain(gone);
});

test('line breaks inside a paragraph are white space; block elements make the lines', () => {
  expect(htmlToText('<p>Chủ tịch\n   tiếp đoàn\n do ông A dẫn đầu.</p><p>Hai</p>')).toBe(
    'Chủ tịch tiếp đoàn do ông A dẫn đầu.\nHai',
  );
  expect(htmlToText('một<br>hai<br/>ba')).toBe('một\nhai\nba');
});

test('entities are decoded, named and numeric; a broken one stays as written', () => {
  expect(decodeEntities('&amp; &lt;b&gt; &quot;x&quot; &#7871; &#x1EBF; &nbsp;&ndash; &Ocirc;ng &foo;')).toBe(
    '& <b> "x" ế ế  – Ông &foo;',
  );
  expect(decodeEntities('&#0; &#xD800;')).toBe(' ');
});

test('nested dropped elements, comments and unclosed tags do not leak text', () => {
  expect(htmlToText('<div>a<!-- hidden <p>x</p> --><nav>n<nav>m</nav>still nav</nav>b</div>')).toBe('a\nb');
  expect(htmlToText('<p>văn bản<script>never closed')).toBe('văn bản');
});

test('output is NFC even when the HTML is decomposed', () => {
  const nfd = '<p>Huế</p>'.normalize('NFD');
  expect(htmlToText(nfd)).toBe('Huế'.normalize('NFC'));
});

test('HTML is recognised; plain text is not', () => {
  expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
  expect(looksLikeHtml('  <p>Một đoạn</p>')).toBe(true);
  expect(looksLikeHtml('Chủ tịch UBND tỉnh tiếp đoàn (a < b).')).toBe(false);
});
