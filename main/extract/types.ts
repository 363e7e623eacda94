/** What the offline article extractor proposes. Offsets are UTF-16 indices into the text passed in. */
export interface Span {
  start: number;
  end: number;
}

export type Language = 'vi' | 'en' | 'id';

export interface PersonMention {
  name: string;
  title: string | null;
  organization?: string | null;
  evidence: Span;
}

export interface NamedTitle {
  name: string;
  title: string | null;
}

export type DelegationField = 'direction' | 'partner' | 'country' | 'head' | 'hosts' | 'place' | 'start';

export interface DelegationProposal {
  direction: 'incoming' | 'outgoing' | null;
  partner: string | null;
  /** ISO 3166-1 alpha-2 of the foreign side. */
  country: string | null;
  head: NamedTitle | null;
  hosts: NamedTitle[];
  place: string | null;
  /** Partial dates allowed: YYYY-MM-DD | YYYY-MM | YYYY. */
  start: string | null;
  end: string | null;
  evidence: Span;
  fieldEvidence?: Partial<Record<DelegationField, Span>>;
}

export interface GiftProposal {
  giver: string | null;
  recipient: string | null;
  item: string | null;
  evidence: Span;
}

export interface AgreementProposal {
  parties: string[];
  status: 'signed' | 'proposed';
  signed_on: string | null;
  /** Keys of shared/domain/agreement.ts DEFAULT_COOPERATION_FIELDS (plus a few more). */
  fields: string[];
  kind?: string | null;
  points?: number | null;
  evidence: Span;
}

export interface FollowUpProposal {
  text: string;
  due: string | null;
  evidence: Span;
}

export interface Extraction {
  language: Language | null;
  published: string | null;
  title: string | null;
  delegation: DelegationProposal | null;
  people: PersonMention[];
  gifts: GiftProposal[];
  agreements: AgreementProposal[];
  follow_ups: FollowUpProposal[];
  error?: string;
}

export interface ExtractOptions {
  /** ISO alpha-2 of the department's own country; default 'VN'. */
  homeCountry?: string;
  /** Known publication date (YYYY-MM-DD); overrides detection. */
  published?: string | null;
}
