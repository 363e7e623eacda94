import type { ExchangeTable, ForeignKey, RawRow } from '../../db/queries/exchange.js';

export type TableRows = Record<ExchangeTable, RawRow[]>;

/** Which provenance `entity` names which table. */
const PROVENANCE_TABLE: Record<string, ExchangeTable> = {
  organization: 'organizations',
  person: 'people',
  delegation: 'delegations',
  gift: 'gifts',
  agreement: 'agreements',
  follow_up: 'follow_ups',
};

function idsWhere(rows: RawRow[], keep: (row: RawRow) => boolean): Set<string> {
  return new Set(rows.filter(keep).map((row) => String(row.id)));
}

function has(set: Set<string>, value: unknown): boolean {
  return typeof value === 'string' && set.has(value);
}

/**
 * One organisation's records: the organisation, its delegations (either side) with their participants
 * and programme, its relationships, the gifts of those visits or given to / by it, the agreements it is a
 * party to (or signed on those visits) with parties and fields, its follow-ups with their notes, the
 * provenance of all these and then — so the file can be imported anywhere — every record they point at
 * (people, the other organisations, attachments, articles), followed to the end.
 */
export function scopeToOrganization(
  all: TableRows,
  organizationId: string,
  references: Record<ExchangeTable, ForeignKey[]>,
): TableRows {
  const org = new Set([organizationId]);
  const delegations = idsWhere(all.delegations, (row) => has(org, row.visiting_org_id) || has(org, row.host_org_id));
  const agreements = new Set([
    ...all.agreement_parties.filter((row) => has(org, row.organization_id)).map((row) => String(row.agreement_id)),
    ...idsWhere(all.agreements, (row) => has(delegations, row.delegation_id)),
  ]);
  const followUps = idsWhere(
    all.follow_ups,
    (row) => has(org, row.organization_id) || has(delegations, row.source_id) || has(agreements, row.source_id),
  );
  const selected: Record<ExchangeTable, Set<string>> = {
    organizations: org,
    people: new Set(),
    attachments: new Set(),
    relationships: idsWhere(all.relationships, (row) => has(org, row.home_org_id) || has(org, row.partner_org_id)),
    delegations,
    participants: idsWhere(all.participants, (row) => has(delegations, row.delegation_id)),
    engagements: idsWhere(all.engagements, (row) => has(delegations, row.delegation_id)),
    gifts: idsWhere(
      all.gifts,
      (row) => has(delegations, row.delegation_id) || has(org, row.giver_org_id) || has(org, row.recipient_org_id),
    ),
    cooperation_fields: new Set(),
    agreements,
    agreement_parties: idsWhere(all.agreement_parties, (row) => has(agreements, row.agreement_id)),
    agreement_fields: idsWhere(all.agreement_fields, (row) => has(agreements, row.agreement_id)),
    follow_ups: followUps,
    follow_up_notes: idsWhere(all.follow_up_notes, (row) => has(followUps, row.follow_up_id)),
    calendar_adjustments: new Set(),
    articles: new Set(),
    provenance: new Set(),
  };
  selected.provenance = idsWhere(all.provenance, (row) => {
    const table = PROVENANCE_TABLE[String(row.entity)];
    return table !== undefined && has(selected[table], row.entity_id);
  });
  const fieldKeys = new Set(
    all.agreement_fields.filter((row) => has(selected.agreement_fields, row.id)).map((row) => row.field_key),
  );
  selected.cooperation_fields = idsWhere(all.cooperation_fields, (row) => fieldKeys.has(row.key));
  closeOverReferences(all, selected, references);
  const scoped = {} as TableRows;
  for (const table of Object.keys(all) as ExchangeTable[]) {
    scoped[table] = all[table].filter((row) => selected[table].has(String(row.id)));
  }
  return scoped;
}

/** Adds every record a selected record points at (and what those point at), until nothing new comes in. */
function closeOverReferences(
  all: TableRows,
  selected: Record<ExchangeTable, Set<string>>,
  references: Record<ExchangeTable, ForeignKey[]>,
): void {
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of Object.keys(all) as ExchangeTable[]) {
      for (const row of all[table]) {
        if (!selected[table].has(String(row.id))) continue;
        for (const reference of references[table]) {
          const target = selected[reference.table as ExchangeTable];
          const value = row[reference.column];
          if (target && typeof value === 'string' && !target.has(value)) {
            target.add(value);
            grew = true;
          }
        }
      }
    }
  }
}
