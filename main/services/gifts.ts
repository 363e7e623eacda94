import { format } from 'date-fns';
import type { Gift, GiftFields } from '../../shared/domain/gift.js';
import { fold } from '../../shared/text/fold.js';
import { cleanText } from '../../shared/text/normalize.js';
import type { Store } from '../../db/connection.js';
import { findAttachment } from '../../db/queries/attachments.js';
import { calendarAdjustments } from '../../db/queries/calendar.js';
import { findDelegation } from '../../db/queries/delegations.js';
import { findEarlierGiftsOfItem, findGift, listGifts, pageGifts, type StoredGift } from '../../db/queries/gifts.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { insertGift, updateGift } from '../../db/mutations/gifts.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist } from './errors.js';
import { withClock } from './gift-clock.js';
import type { Handlers } from './handler.js';

function clocked(db: Store) {
  const adjustments = calendarAdjustments(db);
  const today = new Date();
  return (gift: StoredGift): Gift => withClock(gift, adjustments, today);
}

function participantExists(db: Store, id: string): boolean {
  return db.prepare('SELECT 1 FROM participants WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

/** Every record the gift points at must exist; each failure names its field. */
function checkReferences(db: Store, fields: GiftFields): void {
  if (fields.delegationId && !findDelegation(db, fields.delegationId)) throw invalidField('delegationId', 'not_found');
  for (const field of ['giverParticipantId', 'recipientParticipantId'] as const) {
    const id = fields[field];
    if (id && !participantExists(db, id)) throw invalidField(field, 'not_found');
  }
  for (const field of ['giverOrgId', 'recipientOrgId'] as const) {
    const id = fields[field];
    if (id && !findOrganization(db, id)) throw invalidField(field, 'not_found');
  }
  if (fields.photoAttachmentId) {
    const photo = findAttachment(db, fields.photoAttachmentId);
    if (!photo) throw invalidField('photoAttachmentId', 'not_found');
    if (!photo.mimeType.startsWith('image/')) throw invalidField('photoAttachmentId', 'not_image');
  }
  if (!fields.giverParticipantId && !fields.giverOrgId) throw invalidField('giverOrgId', 'giver_required');
  if (!fields.recipientParticipantId && !fields.recipientOrgId)
    throw invalidField('recipientOrgId', 'recipient_required');
  if (fields.date > format(new Date(), 'yyyy-MM-dd') && fields.direction === 'received') {
    throw invalidField('date', 'in_future');
  }
}

export const giftHandlers = {
  'gifts.list': (ctx, filter) => listGifts(ctx.db, filter).map(clocked(ctx.db)),

  /** The register reads its list a page at a time: a ministry's twenty years hold 100,000 gifts. */
  'gifts.page': (ctx, { offset, limit, ...filter }) => {
    const page = pageGifts(ctx.db, filter, offset, limit);
    return { rows: page.gifts.map(clocked(ctx.db)), total: page.total };
  },

  'gifts.get': (ctx, { id }) => clocked(ctx.db)(mustExist(findGift(ctx.db, id), 'gift', id)),

  'gifts.create': (ctx, fields) =>
    ctx.write((change) => {
      checkReferences(ctx.db, fields);
      return clocked(ctx.db)(insertGift(ctx.db, change, fields));
    }),

  'gifts.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const before = mustExist(findGift(ctx.db, id), 'gift', id);
      checkReferences(ctx.db, fields);
      return clocked(ctx.db)(updateGift(ctx.db, change, before, fields));
    }),

  'gifts.delete': (ctx, { id }) =>
    ctx.write((change) => {
      softDelete(ctx.db, change, 'gift', mustExist(findGift(ctx.db, id), 'gift', id));
      return { id };
    }),

  /** Gifts of the same item already given to this organisation: warn before giving it again. */
  'gifts.repeats': (ctx, { recipientOrgId, item, exceptId }) =>
    findEarlierGiftsOfItem(ctx.db, recipientOrgId, fold(cleanText(item)), exceptId).map(clocked(ctx.db)),
} satisfies Partial<Handlers>;
