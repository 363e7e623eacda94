import { format } from 'date-fns';
import type { ExportFile } from '../../../shared/api/contract.js';
import { DomainError } from '../../../shared/api/result.js';
import type { ExportableList, ListFilter } from '../../../shared/domain/list-export.js';
import type { ServiceContext } from '../../services/context.js';
import { toCsv, toXlsx } from '../spreadsheet.js';
import { agreementList } from './agreements.js';
import { delegationList } from './delegations.js';
import { followUpList } from './follow-ups.js';
import { giftList } from './gifts.js';
import { organizationList } from './organizations.js';
import { peopleList } from './people.js';
import { anyList, columnsIn, type AnyList, type Language } from './spec.js';

/** Every list page that exports, by the name the contract uses. */
const LISTS: { [L in ExportableList]: AnyList<ListFilter<L>> } = {
  organizations: anyList(organizationList),
  people: anyList(peopleList),
  delegations: anyList(delegationList),
  gifts: anyList(giftList),
  agreements: anyList(agreementList),
  followUps: anyList(followUpList),
};

/** More rows than this is not a list anyone reads in a spreadsheet; ask for a narrower filter. */
const MAX_ROWS = 100_000;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one way a list becomes a spreadsheet: the page's rows for its filter, the list's columns in the
 * user's language, formulas neutralised in every text cell (spreadsheet.ts), CSV or XLSX.
 */
export async function exportList<L extends ExportableList>(
  ctx: ServiceContext,
  input: { list: L; format: 'xlsx' | 'csv'; language: Language; filter: ListFilter<L> },
): Promise<ExportFile> {
  const spec: AnyList<ListFilter<L>> = LISTS[input.list];
  const rows = spec.rows(ctx, input.filter);
  if (rows.length > MAX_ROWS)
    throw new DomainError('invalid_input', `Too many rows to export at once (${rows.length}); narrow the filter.`, {
      filter: 'too_many_rows',
    });
  const columns = columnsIn(spec, input.language);
  const name = `${spec.fileStem[input.language]}-${format(new Date(), 'yyyy-MM-dd')}`;
  if (input.format === 'csv')
    return { fileName: `${name}.csv`, mimeType: 'text/csv', base64: toCsv(columns, rows).toString('base64') };
  const xlsx = await toXlsx(spec.sheetName[input.language], columns, rows);
  return { fileName: `${name}.xlsx`, mimeType: XLSX_MIME, base64: xlsx.toString('base64') };
}
