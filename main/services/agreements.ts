import { addMonths, format } from 'date-fns';
import { DomainError } from '../../shared/api/result.js';
import {
  DEFAULT_COOPERATION_FIELDS,
  EXPIRING_MONTHS,
  type Agreement,
  type AgreementFields,
} from '../../shared/domain/agreement.js';
import { fold } from '../../shared/text/fold.js';
import type { Store } from '../../db/connection.js';
import {
  findAgreement,
  listAgreements,
  listCustomCooperationFields,
  pageAgreements,
  type StoredAgreement,
} from '../../db/queries/agreements.js';
import { findAttachment } from '../../db/queries/attachments.js';
import { findDelegation } from '../../db/queries/delegations.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { insertAgreement, insertCooperationField, updateAgreement } from '../../db/mutations/agreements.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';

/** Has the expiry date passed? A partial expiry ("2026") counts as its last day. */
export function isExpired(agreement: { expiresOn: string | null }, today: string): boolean {
  return agreement.expiresOn !== null && agreement.expiresOn < today.slice(0, agreement.expiresOn.length);
}

function withExpiry(agreement: StoredAgreement): Agreement {
  return { ...agreement, expired: isExpired(agreement, format(new Date(), 'yyyy-MM-dd')) };
}

function knownFieldKeys(db: Store): Set<string> {
  return new Set<string>([...DEFAULT_COOPERATION_FIELDS, ...listCustomCooperationFields(db).map((field) => field.key)]);
}

/** Parties, signatories, the delegation and every field key must exist; each failure names its field. */
function checkReferences(db: Store, fields: AgreementFields): void {
  fields.parties.forEach((party, index) => {
    if (!findOrganization(db, party.organizationId)) throw invalidField(`parties.${index}.organizationId`, 'not_found');
    if (
      party.signatoryParticipantId &&
      !db.prepare('SELECT 1 FROM participants WHERE id = ? AND deleted_at IS NULL').get(party.signatoryParticipantId)
    ) {
      throw invalidField(`parties.${index}.signatoryParticipantId`, 'not_found');
    }
  });
  if (fields.delegationId && !findDelegation(db, fields.delegationId)) throw invalidField('delegationId', 'not_found');
  if (fields.scanAttachmentId && !findAttachment(db, fields.scanAttachmentId)) {
    throw invalidField('scanAttachmentId', 'not_found');
  }
  const keys = knownFieldKeys(db);
  fields.fields.forEach((field, index) => {
    if (!keys.has(field.fieldKey)) throw invalidField(`fields.${index}.fieldKey`, 'invalid_choice');
  });
}

/** A vocabulary key from a label: folded, words joined by "_" ("Kinh tế số" → "kinh_te_so"). */
function keyOf(label: string): string {
  return fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}

export const agreementHandlers = {
  'agreements.list': (ctx, filter) => listAgreements(ctx.db, filter).map(withExpiry),

  /** The agreements page reads them a page at a time (a ministry's store holds 10,000, each with parties and fields). */
  'agreements.page': (ctx, { offset, limit, ...filter }) => {
    const today = new Date();
    const page = pageAgreements(
      ctx.db,
      filter,
      { today: format(today, 'yyyy-MM-dd'), horizon: format(addMonths(today, EXPIRING_MONTHS), 'yyyy-MM-dd') },
      offset,
      limit,
    );
    return { rows: page.agreements.map(withExpiry), total: page.total, expiringSoon: page.expiringSoon };
  },

  'agreements.get': (ctx, { id }) => withExpiry(mustExist(findAgreement(ctx.db, id), 'agreement', id)),

  'agreements.create': (ctx, fields) =>
    ctx.write((change) => {
      checkReferences(ctx.db, fields);
      return withExpiry(insertAgreement(ctx.db, change, fields));
    }),

  'agreements.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const before = mustExist(findAgreement(ctx.db, id), 'agreement', id);
      checkReferences(ctx.db, fields);
      return withExpiry(updateAgreement(ctx.db, change, before, fields));
    }),

  'agreements.delete': (ctx, { id }) =>
    ctx.write((change) => {
      softDelete(ctx.db, change, 'agreement', mustExist(findAgreement(ctx.db, id), 'agreement', id));
      return { id };
    }),

  'cooperationFields.list': (ctx) => listCustomCooperationFields(ctx.db),

  'cooperationFields.create': (ctx, { label }) =>
    ctx.write((change) => {
      const key = keyOf(label);
      if (!key) throw invalidField('label', 'invalid');
      if (knownFieldKeys(ctx.db).has(key)) {
        throw new DomainError('conflict', `A field "${label}" already exists.`, { label: 'duplicate' });
      }
      insertCooperationField(ctx.db, change, key, label);
      return { key, label };
    }),
} satisfies Partial<Handlers>;
