import { contract, type MethodOutput } from '../../shared/api/contract.js';
import { fieldErrors, describeFieldErrors } from '../../shared/api/field-errors.js';
import type { ApiMethod } from '../../shared/api/methods.js';
import { DomainError, type FieldErrors } from '../../shared/api/result.js';
import type { ProvenanceEntity, TextSpan } from '../../shared/domain/article.js';
import type { ArticleAcceptFields, ArticleAcceptResult } from '../../shared/domain/article-review.js';
import { findArticle } from '../../db/queries/articles.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { findPerson } from '../../db/queries/people.js';
import { insertProvenance, markArticleReviewed } from '../../db/mutations/articles.js';
import { agreementHandlers } from '../services/agreements.js';
import { delegationHandlers } from '../services/delegations.js';
import type { ServiceContext } from '../services/context.js';
import { invalidField, mustExist } from '../services/errors.js';
import { followUpHandlers } from '../services/follow-ups.js';
import { giftHandlers } from '../services/gifts.js';
import { organizationHandlers } from '../services/organizations.js';
import { peopleHandlers } from '../services/people.js';

/** The handlers a review may call: the same ones the forms use, so every store check applies. */
const recordHandlers = {
  ...organizationHandlers,
  ...peopleHandlers,
  ...delegationHandlers,
  ...giftHandlers,
  ...agreementHandlers,
  ...followUpHandlers,
};
type RecordMethod = keyof typeof recordHandlers & ApiMethod;

/**
 * Calls a handler inside the review's transaction (its own write becomes a savepoint) with input checked by
 * the method's schema; an error on one of its fields is reported under `prefix`, where the review shows it.
 */
function callNested<M extends RecordMethod>(ctx: ServiceContext, method: M, input: unknown, prefix: string) {
  const prefixed = (fields: FieldErrors) =>
    Object.fromEntries(Object.entries(fields).map(([field, key]) => [`${prefix}.${field}`, key]));
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) {
    const fields = prefixed(fieldErrors(parsed.error));
    throw new DomainError('invalid_input', describeFieldErrors(fields), fields);
  }
  try {
    const handler = recordHandlers[method] as (ctx: ServiceContext, input: unknown) => unknown;
    return handler(ctx, parsed.data) as MethodOutput<M>;
  } catch (error) {
    if (error instanceof DomainError && error.fields) {
      const fields = prefixed(error.fields);
      throw new DomainError(error.code, describeFieldErrors(fields), fields);
    }
    throw error;
  }
}

/**
 * Writes what the user accepted from one article, in one transaction: the partner and people (linked or
 * new), the delegation with its head and hosts, gifts, agreements and follow-ups — each with a provenance
 * link to the characters of the article it came from. Nothing is written when any part is refused.
 */
export function acceptProposals(ctx: ServiceContext, input: ArticleAcceptFields): ArticleAcceptResult {
  return ctx.write((change) => {
    const article = mustExist(findArticle(ctx.db, input.articleId), 'article', input.articleId);
    const created: { entity: string; id: string }[] = [];
    const cite = (entity: ProvenanceEntity, entityId: string, span: TextSpan, field = '') => {
      if (span.end > article.body.length) throw invalidField(`${entity}.evidence`, 'invalid');
      insertProvenance(ctx.db, change, { articleId: article.id, entity, entityId, field, span });
    };

    const home = findOrganization(ctx.db, input.homeOrgId);
    if (!home) throw invalidField('homeOrgId', 'not_found');
    if (!home.isHome) throw invalidField('homeOrgId', 'not_home');

    let partnerOrgId = input.partner.existingId;
    if (partnerOrgId) {
      if (!findOrganization(ctx.db, partnerOrgId)) throw invalidField('partner.existingId', 'not_found');
    } else {
      const { name, country, kind } = input.partner;
      partnerOrgId = callNested(ctx, 'organizations.create', { name, country, kind }, 'partner').id;
      created.push({ entity: 'organization', id: partnerOrgId });
      if (input.delegation) cite('organization', partnerOrgId, input.delegation.evidence);
    }
    if (partnerOrgId === home.id) throw invalidField('partner.existingId', 'same_as_home');

    let delegationId: string | null = null;
    const delegation = input.delegation;
    if (delegation) {
      const incoming = delegation.direction === 'incoming';
      const visitingOrgId = incoming ? partnerOrgId : home.id;
      const hostOrgId = incoming ? home.id : partnerOrgId;
      const people = [
        ...(delegation.head ? [{ choice: delegation.head, path: 'delegation.head', side: 'guest', role: 'head' }] : []),
        ...delegation.hosts.map((host, index) => ({
          choice: host,
          path: `delegation.hosts.${index}`,
          side: 'host',
          role: 'host',
        })),
      ];
      const participants = people.map(({ choice, path, side, role }) => {
        let personId = choice.existingId;
        if (personId) {
          if (!findPerson(ctx.db, personId)) throw invalidField(`${path}.existingId`, 'not_found');
        } else {
          personId = callNested(ctx, 'people.create', { fullName: choice.fullName }, path).id;
          created.push({ entity: 'person', id: personId });
          cite('person', personId, choice.evidence);
        }
        return {
          personId,
          side,
          role,
          title: choice.title,
          organizationId: side === 'guest' ? visitingOrgId : hostOrgId,
        };
      });
      const saved = callNested(
        ctx,
        'delegations.create',
        {
          direction: delegation.direction,
          visitingOrgId,
          hostOrgId,
          purpose: delegation.purpose,
          startDate: delegation.startDate,
          endDate: delegation.endDate,
          place: delegation.place,
          status: 'completed',
          participants,
        },
        'delegation',
      );
      delegationId = saved.id;
      created.push({ entity: 'delegation', id: saved.id });
      cite('delegation', saved.id, delegation.evidence);
      people.forEach(({ choice }, index) => cite('delegation', saved.id, choice.evidence, `participants.${index}`));
    }

    input.gifts.forEach((gift, index) => {
      const received = gift.direction === 'received';
      const saved = callNested(
        ctx,
        'gifts.create',
        {
          direction: gift.direction,
          delegationId,
          date: gift.date,
          item: gift.item,
          giverOrgId: received ? partnerOrgId : home.id,
          recipientOrgId: received ? home.id : partnerOrgId,
        },
        `gifts.${index}`,
      );
      created.push({ entity: 'gift', id: saved.id });
      cite('gift', saved.id, gift.evidence);
    });

    input.agreements.forEach((agreement, index) => {
      const saved = callNested(
        ctx,
        'agreements.create',
        {
          kind: agreement.kind,
          title: agreement.title,
          status: agreement.status,
          signedOn: agreement.signedOn,
          delegationId,
          parties: [{ organizationId: home.id }, { organizationId: partnerOrgId }],
          fields: agreement.fieldKeys.map((fieldKey) => ({ fieldKey })),
        },
        `agreements.${index}`,
      );
      created.push({ entity: 'agreement', id: saved.id });
      cite('agreement', saved.id, agreement.evidence);
    });

    input.followUps.forEach((followUp, index) => {
      const saved = callNested(
        ctx,
        'followUps.create',
        {
          text: followUp.text,
          due: followUp.due,
          organizationId: partnerOrgId,
          sourceKind: delegationId ? 'delegation' : null,
          sourceId: delegationId,
        },
        `followUps.${index}`,
      );
      created.push({ entity: 'follow_up', id: saved.id });
      cite('follow_up', saved.id, followUp.evidence);
    });

    markArticleReviewed(ctx.db, change, article.id);
    return { delegationId, partnerOrgId, created };
  });
}
