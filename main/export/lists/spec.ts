import type { ServiceContext } from '../../services/context.js';
import type { ExportColumn } from '../spreadsheet.js';

export type Language = 'vi' | 'en';

/** A column of a list's spreadsheet: its heading in both UI languages and how to read the cell. */
export interface ListColumn<Row> {
  vi: string;
  en: string;
  value: ExportColumn<Row>['value'];
}

/**
 * One exportable list: the rows its page shows for a filter (the page's own list handler, so the file
 * holds what the user sees), its columns, and how the file and sheet are named.
 */
export interface ListSpec<Row, Filter> {
  rows(ctx: ServiceContext, filter: Filter): Row[];
  columns: ListColumn<Row>[];
  fileStem: Record<Language, string>;
  sheetName: Record<Language, string>;
}

/** A list whose row type is erased, so lists of different rows fit in one table (like spreadsheet.ts' sheet()). */
export interface AnyList<Filter> {
  rows(ctx: ServiceContext, filter: Filter): unknown[];
  columns: ListColumn<unknown>[];
  fileStem: Record<Language, string>;
  sheetName: Record<Language, string>;
}

/** Erases a list's row type; safe because its columns only ever read the rows its own `rows` returns. */
export function anyList<Row, Filter>(spec: ListSpec<Row, Filter>): AnyList<Filter> {
  return spec as unknown as AnyList<Filter>;
}

export function columnsIn<Row>(spec: { columns: ListColumn<Row>[] }, language: Language): ExportColumn<Row>[] {
  return spec.columns.map((column) => ({ header: column[language], value: column.value }));
}

/** Partial dates and codes go out as stored ("2026", "2025-10-14", "incoming"): a spreadsheet filters on them reliably. */
export function joined(values: readonly string[]): string {
  return values.filter(Boolean).join('; ');
}
