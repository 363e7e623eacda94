import type { TextSpan } from '../../../shared/domain/article.js';
import type { ArticleAcceptInput, ArticleProposals, ProposedPerson } from '../../../shared/domain/article-review.js';
import type { AgreementKind, AgreementStatus } from '../../../shared/domain/agreement.js';
import type { DelegationDirection } from '../../../shared/domain/delegation.js';
import type { GiftDirection } from '../../../shared/domain/gift.js';
import type { OrganizationKind } from '../../../shared/domain/organization.js';
import { dateInputToIso, isoToDateInput } from '../format/date-input.js';

/** Each proposal can be taken or left; its evidence is where it came from in the article. */
interface Proposal {
  include: boolean;
  evidence: TextSpan;
}

export interface PersonValues extends Proposal {
  /** An existing person chosen; null means a new person is made from fullName. */
  existingId: string | null;
  fullName: string;
  title: string;
}

export interface ReviewValues {
  homeOrgId: string | null;
  partnerExistingId: string | null;
  partnerName: string;
  partnerCountry: string | null;
  partnerKind: OrganizationKind;
  delegation: Proposal & {
    direction: DelegationDirection | null;
    place: string;
    startDate: string;
    endDate: string;
    purpose: string;
  };
  head: PersonValues | null;
  hosts: PersonValues[];
  gifts: (Proposal & { direction: GiftDirection; item: string; date: string; giver: string; recipient: string })[];
  agreements: (Proposal & {
    kind: AgreementKind;
    status: AgreementStatus;
    title: string;
    signedOn: string;
    fieldKeys: string[];
  })[];
  followUps: (Proposal & { text: string; due: string })[];
}

function personValues(person: ProposedPerson): PersonValues {
  return {
    include: true,
    evidence: person.evidence,
    existingId: person.matches[0]?.id ?? null,
    fullName: person.name,
    title: person.title,
  };
}

/** The extractor's proposals as the review form's starting values: best matches chosen, everything ticked. */
export function reviewValues(
  proposals: ArticleProposals,
  homeOrgId: string | null,
  kindLabel: (kind: AgreementKind) => string,
): ReviewValues {
  const found = proposals.delegation;
  // A date without its own day is the visit's day as far as the article says, or the article's.
  const visitDate = found?.start ?? proposals.published ?? '';
  return {
    homeOrgId,
    partnerExistingId: found?.partnerMatches[0]?.id ?? null,
    partnerName: found?.partner ?? '',
    partnerCountry: found?.country ?? null,
    partnerKind: found?.kind ?? 'city',
    delegation: {
      include: found !== null,
      evidence: found?.evidence ?? { start: 0, end: 0 },
      direction: found?.direction ?? null,
      place: found?.place ?? '',
      startDate: isoToDateInput(found?.start ?? null),
      endDate: isoToDateInput(found?.end ?? null),
      purpose: '',
    },
    head: found?.head ? personValues(found.head) : null,
    hosts: (found?.hosts ?? []).map(personValues),
    gifts: proposals.gifts.map((gift) => ({
      include: gift.item !== '',
      evidence: gift.evidence,
      direction: gift.direction,
      item: gift.item,
      date: isoToDateInput(visitDate || null),
      giver: gift.giver,
      recipient: gift.recipient,
    })),
    agreements: proposals.agreements.map((agreement) => ({
      include: true,
      evidence: agreement.evidence,
      kind: agreement.kind,
      status: agreement.status,
      // Untitled by the article: named by its kind and partner, which the user can change.
      title: agreement.title || [kindLabel(agreement.kind), found?.partner].filter(Boolean).join(' — '),
      signedOn: isoToDateInput(agreement.signedOn ?? (agreement.status === 'signed' ? visitDate || null : null)),
      fieldKeys: agreement.fieldKeys,
    })),
    followUps: proposals.followUps.map((followUp) => ({
      include: true,
      evidence: followUp.evidence,
      text: followUp.text,
      due: isoToDateInput(followUp.due),
    })),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : dateInputToIso(text));
const person = (values: PersonValues) => ({
  existingId: values.existingId,
  fullName: values.fullName,
  title: values.title,
  evidence: values.evidence,
});

/** What the user ticked, as the accept call's input; the shared schema checks it before it is sent. */
export function acceptInput(articleId: string, values: ReviewValues): ArticleAcceptInput {
  const taken = <T extends { include: boolean }>(list: T[]) => list.filter((item) => item.include);
  const delegation = values.delegation;
  return {
    articleId,
    homeOrgId: values.homeOrgId ?? '',
    partner: {
      existingId: values.partnerExistingId,
      name: values.partnerName,
      country: values.partnerCountry ?? '',
      kind: values.partnerKind,
    },
    delegation: delegation.include
      ? {
          direction: delegation.direction ?? ('' as DelegationDirection),
          head: values.head?.include ? person(values.head) : null,
          hosts: taken(values.hosts).map(person),
          place: delegation.place,
          startDate: dateInputToIso(delegation.startDate),
          endDate: orNull(delegation.endDate),
          purpose: delegation.purpose,
          evidence: delegation.evidence,
        }
      : null,
    gifts: taken(values.gifts).map((gift) => ({
      direction: gift.direction,
      item: gift.item,
      date: dateInputToIso(gift.date),
      evidence: gift.evidence,
    })),
    agreements: taken(values.agreements).map((agreement) => ({
      kind: agreement.kind,
      status: agreement.status,
      title: agreement.title,
      signedOn: orNull(agreement.signedOn),
      fieldKeys: agreement.fieldKeys,
      evidence: agreement.evidence,
    })),
    followUps: taken(values.followUps).map((followUp) => ({
      text: followUp.text,
      due: orNull(followUp.due),
      evidence: followUp.evidence,
    })),
  };
}

/**
 * Accept-input paths → form paths, so a refusal lands on the field the user sees. Lists of taken proposals
 * are renumbered back to the form's (which also holds the ones left out).
 */
export function reviewFormPath(values: ReviewValues) {
  const formIndex = (list: { include: boolean }[], takenIndex: number) =>
    list.map((item, index) => (item.include ? index : -1)).filter((index) => index >= 0)[takenIndex] ?? takenIndex;
  return (path: string): string => {
    const [head, index, ...rest] = path.split('.');
    if (head === 'partner' && index) {
      const field = {
        existingId: 'partnerExistingId',
        name: 'partnerName',
        country: 'partnerCountry',
        kind: 'partnerKind',
      };
      return field[index as keyof typeof field] ?? path;
    }
    if (head === 'delegation' && index === 'head') return ['head', ...rest].join('.');
    if (head === 'delegation' && index === 'hosts') {
      const [hostIndex, ...field] = rest;
      return ['hosts', formIndex(values.hosts, Number(hostIndex)), ...field].join('.');
    }
    if ((head === 'gifts' || head === 'agreements' || head === 'followUps') && index !== undefined) {
      return [head, formIndex(values[head], Number(index)), ...rest].join('.');
    }
    return path;
  };
}
