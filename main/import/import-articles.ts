import { articleBody, findArticleByHash } from '../../db/queries/articles.js';
import { NearDuplicateCandidates } from '../../db/queries/near-duplicates.js';
import { insertArticle } from '../../db/mutations/articles.js';
import { DomainError } from '../../shared/api/result.js';
import type { ArticleLanguage } from '../../shared/domain/article.js';
import type { ArticleImportOutcome, ArticleImportResult } from '../../shared/domain/article-review.js';
import type { MethodParsed } from '../../shared/api/contract.js';
import { searchTokens } from '../../shared/text/fold.js';
import { articleFacts } from '../extract/index.js';
import type { ServiceContext } from '../services/context.js';
import { articleTextFromFile, articleTextFromPaste } from './article-text.js';
import { fingerprintOfWords, NEAR_DUPLICATE_SIMILARITY, type ArticleFingerprint } from './fingerprint.js';
import { SignatureCache, signatureSimilarity, tripleSignature, type TripleSignature } from './triple-signature.js';

type ImportInput = MethodParsed<'articles.import'>;
type Item = ImportInput['items'][number];

/** An item read, cleaned and fingerprinted, waiting for the transaction. */
interface Ready {
  index: number;
  item: Item;
  body: string;
  language: ArticleLanguage;
  published: string | null;
  title: string | null;
  print: ArticleFingerprint;
  signature: TripleSignature;
}

/**
 * Word triples of stored articles met before (see SignatureCache), one cache per opened app: it lives as long as
 * the app, so every import of a session gains from the ones before it.
 */
const caches = new WeakMap<ServiceContext, SignatureCache>();
function signatureCache(ctx: ServiceContext): SignatureCache {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new SignatureCache()));
  return cache;
}

/**
 * Reads one item: its text from the file or the paste, its language, date and headline, its fingerprints.
 * Everything that needs no database happens here, before the transaction. A refusal (empty, not text, not
 * UTF-8, an unsupported language…) throws a DomainError naming the item's field.
 */
function readItem(item: Item, index: number): Ready {
  const field = item.file ? 'file' : 'text';
  const body = item.file
    ? articleTextFromFile(item.file.name, Buffer.from(item.file.base64, 'base64'))
    : articleTextFromPaste(item.text ?? '');
  const facts = articleFacts(body);
  if (facts.language === null)
    throw new DomainError('invalid_input', 'Unsupported language.', { [field]: 'unsupported_language' });
  const words = searchTokens(body);
  return {
    index,
    item,
    body,
    language: facts.language,
    published: facts.published,
    title: facts.title,
    print: fingerprintOfWords(words),
    signature: tripleSignature(words),
  };
}

/** A stored article's word triples, from the cache or from its body. */
function signatureOf(ctx: ServiceContext, candidate: { id: string; contentHash: string }): TripleSignature {
  const signatures = signatureCache(ctx);
  const known = signatures.get(candidate.contentHash);
  if (known) return known;
  const signature = tripleSignature(searchTokens(articleBody(ctx.db, candidate.id) ?? ''));
  signatures.set(candidate.contentHash, signature);
  return signature;
}

/**
 * Imports a batch of articles in one transaction (one commit, one wait for the disk, instead of one per
 * article). Each item is answered on its own line, in order: imported, a duplicate (the same words, or
 * nearly — of a stored article or of an earlier item of this batch, which is stored by then), or refused with
 * its reason. A refused item does not stop the others; an error of the database aborts the batch and nothing
 * of it is written.
 */
export function importArticles(ctx: ServiceContext, input: ImportInput): ArticleImportResult {
  const outcomes: ArticleImportOutcome[] = [];
  const ready: Ready[] = [];
  input.items.forEach((item, index) => {
    try {
      ready.push(readItem(item, index));
    } catch (error) {
      if (!(error instanceof DomainError) || !error.fields) throw error;
      const [field, reason] = Object.entries(error.fields)[0]!;
      outcomes[index] = { status: 'refused', field: `items.${index}.${field}`, reason };
    }
  });
  if (ready.length === 0) return { outcomes };
  let candidates: NearDuplicateCandidates | undefined;
  ctx.write((change) => {
    /** Articles stored by this batch, with the item each came from. */
    const stored = new Map<string, number>();
    candidates = new NearDuplicateCandidates(ctx.db);
    for (const next of ready) {
      const same = findArticleByHash(ctx.db, next.print.contentHash);
      if (same) {
        outcomes[next.index] = {
          status: 'duplicate',
          how: 'same',
          existing: same,
          earlierItem: stored.get(same.id) ?? null,
        };
        continue;
      }
      const near = candidates
        .find(next.print.minhashes)
        .find(
          (candidate) => signatureSimilarity(next.signature, signatureOf(ctx, candidate)) >= NEAR_DUPLICATE_SIMILARITY,
        );
      if (near) {
        outcomes[next.index] = {
          status: 'duplicate',
          how: 'near',
          existing: { id: near.id, title: near.title },
          earlierItem: stored.get(near.id) ?? null,
        };
        continue;
      }
      const { body: _stored, ...article } = insertArticle(ctx.db, change, {
        title: next.item.title || next.title || next.body.split('\n', 1)[0]!.slice(0, 300),
        sourceName: input.sourceName,
        url: next.item.url,
        fileName: next.item.file?.name ?? '',
        language: next.language,
        publishedOn: next.published,
        body: next.body,
        contentHash: next.print.contentHash,
        minhashes: next.print.minhashes,
      });
      signatureCache(ctx).set(next.print.contentHash, next.signature);
      candidates!.added(article.id, next.print.minhashes);
      stored.set(article.id, next.index);
      outcomes[next.index] = { status: 'imported', article };
    }
  });
  // Only now, committed: a batch that failed leaves nothing for the next to reuse.
  candidates?.keep();
  return { outcomes };
}
