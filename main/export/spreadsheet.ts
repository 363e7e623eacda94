import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/** A column of an export: its heading and how to read the cell from a row. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * A text cell that a spreadsheet could take for a formula (= + - @, also after a tab or CR) gets a
 * leading apostrophe, so opening the file never runs anything (DESIGN §6).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string | number | null): string | number {
  if (value === null) return '';
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 byte-order mark, so Excel shows Vietnamese correctly. */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): Buffer {
  const lines = [columns.map((column) => csvField(neutralizeFormula(column.header)))];
  for (const row of rows) lines.push(columns.map((column) => csvField(cell(column.value(row)))));
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.map((line) => line.join(',')).join('\r\n') + '\r\n'),
  ]);
}

/** One sheet of a workbook: its name, columns and rows. */
export interface SheetSpec<Row> {
  name: string;
  columns: ExportColumn<Row>[];
  rows: Row[];
}

/** A sheet whose row type is erased, so sheets of different rows fit in one workbook. */
export type AnySheet = SheetSpec<unknown>;

/** Erases a sheet's row type; safe because each column only ever reads the rows of its own sheet. */
export function sheet<Row>(spec: SheetSpec<Row>): AnySheet {
  return spec as unknown as AnySheet;
}

/** XLSX through exceljs' streaming writer (bounded memory for long registers), one sheet per spec. */
export async function toXlsxBook(sheets: AnySheet[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.columns.map((column) => ({
      header: column.header,
      width: Math.max(12, column.header.length + 4),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(spec.columns.map((column) => cell(column.value(row)))).commit();
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** A single-sheet workbook. */
export function toXlsx<Row>(sheetName: string, columns: ExportColumn<Row>[], rows: Row[]): Promise<Buffer> {
  return toXlsxBook([sheet({ name: sheetName, columns, rows })]);
}
