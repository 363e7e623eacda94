import type { Store } from '../../db/connection.js';
import { DEFAULT_COOPERATION_FIELDS, type AgreementKind } from '../../shared/domain/agreement.js';
import type { Article } from '../../shared/domain/article.js';
import type { ArticleProposals, ProposedPerson } from '../../shared/domain/article-review.js';
import type { OrganizationKind } from '../../shared/domain/organization.js';
import { searchTokens } from '../../shared/text/fold.js';
import { extractArticle } from '../extract/index.js';
import type { Extraction, NamedTitle, Span } from '../extract/types.js';
import { matchOrganizations, matchPeople } from './matching.js';

const KNOWN_FIELDS = new Set<string>(DEFAULT_COOPERATION_FIELDS);

/** A body's kind from the words of its name ("tỉnh …", "… Province", "Kota …"); a city when nothing says. */
function kindOf(name: string): OrganizationKind {
  const words = new Set(searchTokens(name));
  if (['tinh', 'province', 'provincial', 'provinsi', 'prefecture', 'gubernur'].some((w) => words.has(w))) {
    return 'province';
  }
  if (['bo', 'ministry', 'kementerian'].some((w) => words.has(w))) return 'ministry';
  if (['dai', 'university', 'universitas'].some((w) => words.has(w)) && words.has('hoc')) return 'university';
  return 'city';
}

function agreementKind(kind: string | null | undefined, evidenceText: string): AgreementKind {
  const text = searchTokens(`${kind ?? ''} ${evidenceText}`).join(' ');
  if (/ket nghia|sister/.test(text)) return 'sister_city';
  if (/ghi nho|mou|memorandum|kesepahaman/.test(text)) return 'mou';
  if (/y dinh|letter of intent/.test(text)) return 'letter_of_intent';
  if (/ke hoach hanh dong|plan of action|action plan/.test(text)) return 'plan_of_action';
  if (/huu nghi/.test(text)) return 'friendship_cooperation';
  return 'other';
}

/** Which of the article's people is this name, so a proposal can point at where they were named. */
function personProposal(db: Store, extraction: Extraction, person: NamedTitle, fallback: Span): ProposedPerson {
  const mention = extraction.people.find((candidate) => candidate.name === person.name);
  return {
    name: person.name,
    title: person.title ?? mention?.title ?? '',
    evidence: mention?.evidence ?? fallback,
    matches: matchPeople(db, person.name),
  };
}

/** The extractor's findings in the shape the review screen edits, with existing records they may be. */
export function proposalsFor(db: Store, article: Article, homeCountry: string): ArticleProposals {
  const extraction = extractArticle(article.body, { homeCountry, published: article.publishedOn });
  const found = extraction.delegation;
  const partner = found?.partner ?? extraction.agreements[0]?.parties.find(Boolean) ?? null;
  const quote = (span: Span) => article.body.slice(span.start, span.end);
  return {
    language: article.language,
    published: article.publishedOn,
    delegation:
      found && partner
        ? {
            direction: found.direction,
            partner,
            country: found.country,
            kind: kindOf(partner),
            partnerMatches: matchOrganizations(db, partner, found.country),
            head: found.head ? personProposal(db, extraction, found.head, found.evidence) : null,
            hosts: found.hosts.map((host) => personProposal(db, extraction, host, found.evidence)),
            place: found.place ?? '',
            start: found.start,
            end: found.end,
            evidence: found.evidence,
          }
        : null,
    gifts: extraction.gifts.map((gift) => {
      // A gift is received when the giver is on the visiting side of an incoming visit (or the hosts of ours).
      const giverIsGuest = gift.giver !== null && found?.head?.name === gift.giver;
      const received = found?.direction === 'outgoing' ? !giverIsGuest : giverIsGuest;
      return {
        direction: received ? 'received' : 'given',
        giver: gift.giver ?? '',
        recipient: gift.recipient ?? '',
        item: gift.item ?? '',
        evidence: gift.evidence,
      };
    }),
    agreements: extraction.agreements.map((agreement) => {
      const kind = agreementKind(agreement.kind, quote(agreement.evidence));
      return {
        status: agreement.status,
        kind,
        title: agreement.parties.join(' – '),
        signedOn: agreement.signed_on,
        fieldKeys: agreement.fields.filter((key) => KNOWN_FIELDS.has(key)),
        evidence: agreement.evidence,
      };
    }),
    followUps: extraction.follow_ups.map((followUp) => ({
      text: followUp.text,
      due: followUp.due,
      evidence: followUp.evidence,
    })),
  };
}
