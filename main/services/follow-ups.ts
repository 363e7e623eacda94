import { format } from 'date-fns';
import type { FollowUp, FollowUpFields } from '../../shared/domain/follow-up.js';
import type { Store } from '../../db/connection.js';
import { findAgreement } from '../../db/queries/agreements.js';
import { findDelegation } from '../../db/queries/delegations.js';
import { pageFollowUps } from '../../db/queries/follow-up-page.js';
import { findFollowUp, listFollowUps, type StoredFollowUp } from '../../db/queries/follow-ups.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { insertFollowUp, insertProgressNote, updateFollowUp } from '../../db/mutations/follow-ups.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';

const today = () => format(new Date(), 'yyyy-MM-dd');

/** Overdue when still open and its due date (at its precision) is behind us: "2025" is overdue from 2026. */
function withOverdue(followUp: StoredFollowUp): FollowUp {
  const open = followUp.status === 'open' || followUp.status === 'in_progress';
  const due = followUp.due;
  return { ...followUp, overdue: open && due !== null && due < today().slice(0, due.length) };
}

function checkReferences(db: Store, fields: FollowUpFields): void {
  if (fields.sourceKind && !fields.sourceId) throw invalidField('sourceId', 'required');
  if (!fields.sourceKind && fields.sourceId) throw invalidField('sourceKind', 'required');
  if (fields.sourceKind === 'delegation' && !findDelegation(db, fields.sourceId!))
    throw invalidField('sourceId', 'not_found');
  if (fields.sourceKind === 'agreement' && !findAgreement(db, fields.sourceId!))
    throw invalidField('sourceId', 'not_found');
  if (fields.organizationId && !findOrganization(db, fields.organizationId))
    throw invalidField('organizationId', 'not_found');
  if (fields.doneOn && fields.doneOn > today()) throw invalidField('doneOn', 'in_future');
}

/** Done means a done date: today when none is given; reopening clears it. */
function normalized(fields: FollowUpFields): FollowUpFields {
  if (fields.status === 'done') return { ...fields, doneOn: fields.doneOn ?? today() };
  return { ...fields, doneOn: null };
}

/** Overdue first, then by due date (the query's order), closed ones last. */
function byUrgency(a: FollowUp, b: FollowUp): number {
  return Number(b.overdue) - Number(a.overdue);
}

export const followUpHandlers = {
  'followUps.list': (ctx, filter) => listFollowUps(ctx.db, filter).map(withOverdue).sort(byUrgency),

  /** The follow-ups page reads its list a page at a time: a ministry's twenty years hold 200,000 of them. */
  'followUps.page': (ctx, { offset, limit, ...filter }) => {
    const page = pageFollowUps(ctx.db, filter, today(), offset, limit);
    return { rows: page.followUps.map(withOverdue), total: page.total };
  },

  'followUps.get': (ctx, { id }) => withOverdue(mustExist(findFollowUp(ctx.db, id), 'follow-up', id)),

  'followUps.create': (ctx, input) =>
    ctx.write((change) => {
      const fields = normalized(input);
      checkReferences(ctx.db, fields);
      return withOverdue(insertFollowUp(ctx.db, change, fields));
    }),

  'followUps.update': (ctx, { id, ...input }) =>
    ctx.write((change) => {
      const before = mustExist(findFollowUp(ctx.db, id), 'follow-up', id);
      const fields = normalized(input);
      checkReferences(ctx.db, fields);
      return withOverdue(updateFollowUp(ctx.db, change, before, fields));
    }),

  'followUps.delete': (ctx, { id }) =>
    ctx.write((change) => {
      softDelete(ctx.db, change, 'follow_up', mustExist(findFollowUp(ctx.db, id), 'follow-up', id));
      return { id };
    }),

  'followUps.addNote': (ctx, { followUpId, on, text }) =>
    ctx.write((change) => {
      mustExist(findFollowUp(ctx.db, followUpId), 'follow-up', followUpId);
      if (on > today()) throw invalidField('on', 'in_future');
      insertProgressNote(ctx.db, change, followUpId, on, text);
      return withOverdue(findFollowUp(ctx.db, followUpId)!);
    }),

  /** One click from the list: done, with an optional note. */
  'followUps.markDone': (ctx, { id, doneOn, note }) =>
    ctx.write((change) => {
      const before = mustExist(findFollowUp(ctx.db, id), 'follow-up', id);
      if (doneOn > today()) throw invalidField('doneOn', 'in_future');
      const { id: _id, createdAt, updatedAt, organizationName, sourceLabel, sourceDate, progress, ...fields } = before;
      updateFollowUp(ctx.db, change, before, { ...fields, status: 'done', doneOn });
      if (note) insertProgressNote(ctx.db, change, id, doneOn, note);
      return withOverdue(findFollowUp(ctx.db, id)!);
    }),
} satisfies Partial<Handlers>;
