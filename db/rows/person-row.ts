import type { NameOrder, Person } from '../../shared/domain/person.js';

export interface PersonRow {
  id: string;
  full_name: string;
  name_key: string;
  native_name: string;
  romanization: string;
  name_order: string;
  honorific: string;
  form_of_address: string;
  protocol_notes: string;
  notes: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    nativeName: row.native_name,
    romanization: row.romanization,
    // The column's CHECK admits only these values.
    nameOrder: row.name_order as NameOrder,
    honorific: row.honorific,
    formOfAddress: row.form_of_address,
    protocolNotes: row.protocol_notes,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
