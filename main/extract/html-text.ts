/**
 * HTML → plain text without a DOM: drops scripts, styles and the page's navigation clutter, keeps
 * paragraphs as lines and decodes entities. Imported text is data, never rendered (DESIGN §6); this
 * only has to give the extractor and the reader the words. Every step is a linear scan.
 */

/** Elements whose content is never article text. */
const DROPPED = [
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'iframe',
  'noscript',
  'svg',
  'template',
  'form',
  'button',
  'select',
  'object',
  'embed',
];
/** Elements that start a new line. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'figure',
  'figcaption',
  'blockquote',
  'main',
  'dd',
  'dt',
  'dl',
  'pre',
  'hr',
  'title',
  'td',
  'th',
  'caption',
]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  middot: '·',
  bull: '•',
  deg: '°',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  igrave: 'ì',
  iacute: 'í',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ugrave: 'ù',
  uacute: 'ú',
  yacute: 'ý',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Igrave: 'Ì',
  Iacute: 'Í',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Yacute: 'Ý',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  euro: '€',
  times: '×',
  shy: '',
};

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).toLowerCase();
  return (
    /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/.test(head) ||
    /<\/(?:p|div|html|body)>|<br\s*\/?>/.test(head)
  );
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** The tag name at text[i] === '<' ("p", "/p", "!--"…), lower case, or null. */
function tagAt(lower: string, i: number): { name: string; closing: boolean } | null {
  let j = i + 1;
  const closing = lower[j] === '/';
  if (closing) j++;
  const start = j;
  while (j < lower.length && j - start < 20 && /[a-z0-9]/.test(lower[j] as string)) j++;
  if (j === start) return null;
  return { name: lower.slice(start, j), closing };
}

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  // Inside the markup, line breaks are only white space: lines come from block elements.
  const flush = (to: number) => {
    if (to > textStart) out.push(html.slice(textStart, to).replace(/\s+/g, ' '));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    // Comments, doctype, CDATA.
    if (lower.startsWith('<!--', lt)) {
      flush(lt);
      const end = lower.indexOf('-->', lt + 4);
      i = textStart = end === -1 ? html.length : end + 3;
      continue;
    }
    if (lower.startsWith('<!', lt) || lower.startsWith('<?', lt)) {
      flush(lt);
      const end = lower.indexOf('>', lt);
      i = textStart = end === -1 ? html.length : end + 1;
      continue;
    }
    const tag = tagAt(lower, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    const gt = lower.indexOf('>', lt);
    let next = gt === -1 ? html.length : gt + 1;
    if (!tag.closing && DROPPED.includes(tag.name) && !(gt > 0 && html[gt - 1] === '/')) {
      // Skip to the matching close tag, counting nested ones of the same name.
      let depth = 1;
      let k = next;
      while (depth > 0 && k < html.length) {
        const open = lower.indexOf(`<${tag.name}`, k);
        const close = lower.indexOf(`</${tag.name}`, k);
        if (close === -1) {
          k = html.length;
          break;
        }
        if (open !== -1 && open < close) {
          depth++;
          k = open + tag.name.length + 1;
        } else {
          depth--;
          k = close + tag.name.length + 2;
        }
      }
      const end = lower.indexOf('>', k);
      next = end === -1 ? html.length : end + 1;
      out.push('\n');
    } else if (BLOCKS.has(tag.name)) {
      out.push('\n');
    }
    i = textStart = next;
  }
  flush(html.length);
  const text = decodeEntities(out.join(''));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n')
    .normalize('NFC')
    .trim();
}
