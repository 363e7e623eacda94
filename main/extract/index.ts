import { extractAgreements } from './agreements.js';
import { articleEnd, type Context, findPlaces } from './context.js';
import { extractDelegation } from './delegation.js';
import { detectPublished, dominantYear, findDates, type DateReference } from './dates.js';
import { extractFollowUps } from './follow-ups.js';
import { extractGifts } from './gifts.js';
import { detectLanguage } from './language.js';
import { addBareMentions, findMentions, linkShortNames } from './people.js';
import { distinctPeople, personOutput } from './resolve.js';
import { buildDoc, type Doc, type Sentence, toOriginal } from './text.js';
import { type ExtractOptions, type Extraction, type Span } from './types.js';

export type * from './types.js';
export { htmlToText } from './html-text.js';

/**
 * Only the start of a huge input is read: news articles are a few KB, and a bound keeps a pasted
 * book or a binary file from taking seconds. Spans stay valid because the text is only cut, never moved.
 */
export const MAX_ANALYSED_CHARS = 100_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function emptyExtraction(error?: string): Extraction {
  const out: Extraction = {
    language: null,
    published: null,
    title: null,
    delegation: null,
    people: [],
    gifts: [],
    agreements: [],
    follow_ups: [],
  };
  if (error !== undefined) out.error = error;
  return out;
}

/** The headline: the first non-empty line, without a leading date line, if it is not too long. */
function detectTitle(doc: Doc, publishedSpan: Span | null): string | null {
  const first = doc.sentences[0];
  if (!first) return null;
  const lineEnd = doc.text.indexOf('\n', first.start);
  let line = doc.text.slice(first.start, lineEnd === -1 ? doc.text.length : lineEnd);
  if (publishedSpan && publishedSpan.start - first.start < 30 && publishedSpan.end > first.start) {
    line = doc.text.slice(publishedSpan.end, lineEnd === -1 ? doc.text.length : lineEnd);
  }
  line = line.replace(/^[\s|:–-]+/, '').trim();
  if (line.length < 8 || line.length > 250) return null;
  return line;
}

/** The headline's sentence, when the first line looks like one (short, no full stop at its end). */
function titleSentence(doc: Doc, publishedSpan: Span | null): Sentence | null {
  let s = doc.sentences[0];
  if (
    s &&
    publishedSpan &&
    publishedSpan.start >= s.start &&
    publishedSpan.end <= s.end &&
    s.end - publishedSpan.end < 5
  )
    s = doc.sentences[1];
  if (!s) return null;
  const text = doc.text.slice(s.start, s.end);
  return text.length <= 200 && !/[.!?]$/.test(text) ? s : null;
}

function mapSpans(doc: Doc, out: Extraction): Extraction {
  if (!doc.map) return out;
  const m = (s: Span) => toOriginal(doc, s);
  if (out.delegation) {
    out.delegation.evidence = m(out.delegation.evidence);
    const fe = out.delegation.fieldEvidence;
    if (fe) for (const k of Object.keys(fe) as (keyof typeof fe)[]) fe[k] = m(fe[k]!);
  }
  for (const p of out.people) p.evidence = m(p.evidence);
  for (const g of out.gifts) g.evidence = m(g.evidence);
  for (const a of out.agreements) a.evidence = m(a.evidence);
  for (const f of out.follow_ups) f.evidence = m(f.evidence);
  return out;
}

function run(input: string, options: ExtractOptions): Extraction {
  const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const doc = buildDoc(text);
  const language = detectLanguage(doc.text);
  const detected = detectPublished(doc.text);
  const given = options.published && ISO_DAY.test(options.published) ? options.published : null;
  const published = given ?? detected?.date ?? null;
  const dates = findDates(doc.text);
  const pm = published ? ISO_DAY.exec(published) : null;
  const ref: DateReference = {
    date: pm ? { y: Number(pm[1]), m: Number(pm[2]), d: Number(pm[3]) } : null,
    year: pm ? Number(pm[1]) : dominantYear(doc.text.slice(0, doc.tokens[articleEnd(doc)]?.start ?? doc.text.length)),
  };
  const mentions = linkShortNames(addBareMentions(doc, findMentions(doc, { singleNames: language !== 'vi' })));
  const end = articleEnd(doc);
  const ctx: Context = {
    doc,
    home: (options.homeCountry ?? 'VN').toUpperCase(),
    language,
    ref,
    published: detected?.span ?? null,
    dates: dates.filter((d) => end >= doc.tokens.length || d.span.start < (doc.tokens[end]?.start ?? Infinity)),
    mentions,
    places: findPlaces(doc, mentions, end, (options.homeCountry ?? 'VN').toUpperCase()),
    end,
  };
  const agreements = extractAgreements(ctx);
  // A signed agreement's foreign party is the likeliest partner of an outgoing visit.
  const signedPlaces = agreements
    .filter((a) => a.status === 'signed')
    .flatMap((a) => ctx.places.filter((p) => p.span.start >= a.evidence.start && p.span.end <= a.evidence.end))
    .filter((p) => p.place.country !== ctx.home && !p.place.isCountry)
    .map((p) => p.place.name);
  const delegation = extractDelegation(ctx, signedPlaces);
  const people = distinctPeople(ctx)
    .filter((m) => m.title !== null)
    .map(personOutput);
  const out: Extraction = {
    language,
    published,
    title: detectTitle(doc, detected?.span ?? null),
    delegation,
    people,
    gifts: extractGifts(ctx, delegation),
    agreements,
    follow_ups: extractFollowUps(ctx, titleSentence(doc, detected?.span ?? null)),
  };
  return mapSpans(doc, out);
}

/**
 * What storing an article needs from the extractor — its language, publication date and headline — without
 * the proposals (the review screen asks for those when it opens the article). The same values as
 * `extractArticle` gives for these three fields, at about a fifth of its cost: the import of a batch of
 * articles ran the whole extraction for each and kept three fields.
 */
export function articleFacts(input: string): Pick<Extraction, 'language' | 'published' | 'title'> {
  try {
    if (typeof input !== 'string' || input.trim().length === 0) return { language: null, published: null, title: null };
    const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
    const doc = buildDoc(text);
    const detected = detectPublished(doc.text);
    return {
      language: detectLanguage(doc.text),
      published: detected?.date ?? null,
      title: detectTitle(doc, detected?.span ?? null),
    };
  } catch {
    return { language: null, published: null, title: null };
  }
}

/**
 * Proposes a delegation, people, gifts, agreements and follow-ups from an article's text, each with the
 * span it came from. Never throws: a failure comes back as an empty extraction with `error` set.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  try {
    if (typeof text !== 'string') return emptyExtraction('The article text is not a string.');
    if (text.trim().length === 0) return emptyExtraction('The article is empty.');
    return run(text, options);
  } catch (e) {
    return emptyExtraction(`Extraction failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
