import type { Store } from '../connection.js';
import { findPerson, PERSON_ENTITY } from '../queries/people.js';
import type { Person, PersonFields } from '../../shared/domain/person.js';
import { fold } from '../../shared/text/fold.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

function columns(fields: PersonFields) {
  return {
    full_name: fields.fullName,
    name_key: fold(fields.fullName),
    native_name: fields.nativeName,
    romanization: fields.romanization,
    name_order: fields.nameOrder,
    honorific: fields.honorific,
    form_of_address: fields.formOfAddress,
    protocol_notes: fields.protocolNotes,
    notes: fields.notes,
  };
}

export function searchTexts(fields: PersonFields): string[] {
  return [fields.fullName, fields.nativeName, fields.romanization];
}

export function insertPerson(db: Store, change: ChangeContext, fields: PersonFields): Person {
  const id = change.newId();
  db.prepare(
    `INSERT INTO people (id, full_name, name_key, native_name, romanization, name_order, honorific,
                         form_of_address, protocol_notes, notes, created_at, updated_at)
     VALUES (@id, @full_name, @name_key, @native_name, @romanization, @name_order, @honorific,
             @form_of_address, @protocol_notes, @notes, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  const created = findPerson(db, id)!;
  indexDocument(db, PERSON_ENTITY, id, searchTexts(fields));
  recordAudit(db, change, { entity: PERSON_ENTITY, entityId: id, action: 'create', before: null, after: created });
  return created;
}

export function updatePerson(db: Store, change: ChangeContext, before: Person, fields: PersonFields): Person {
  db.prepare(
    `UPDATE people
        SET full_name = @full_name, name_key = @name_key, native_name = @native_name, romanization = @romanization,
            name_order = @name_order, honorific = @honorific, form_of_address = @form_of_address,
            protocol_notes = @protocol_notes, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  const after = findPerson(db, before.id)!;
  indexDocument(db, PERSON_ENTITY, before.id, searchTexts(fields));
  recordAudit(db, change, { entity: PERSON_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}
