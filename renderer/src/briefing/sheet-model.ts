/**
 * A printed sheet as plain blocks. One function builds it (briefing-model.ts); two renderers draw it:
 * the on-screen/print sheet (SheetView.tsx) and the Word export (briefing-docx.ts). What each section
 * says — its facts, its "nothing recorded" marker, its "and N earlier" — is decided once, in the model.
 */

/** A stretch of text. `free` marks what a user or an article typed (names, titles, notes): it may be
 * right-to-left, so the sheet isolates it (bdi) instead of letting it reorder the words around it. */
export interface Run {
  text: string;
  bold?: boolean;
  free?: boolean;
}

/** A table cell: one or more lines, each a list of runs. */
export interface Cell {
  lines: readonly (readonly Run[])[];
  warning?: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: readonly Run[]; tone?: 'warning' | 'empty' }
  /** Dotted lines to write on by hand, where the record holds nothing yet. */
  | { kind: 'lines'; count: number }
  | { kind: 'list'; items: readonly (readonly Run[])[] }
  /** `widths` in percent of the text width, undefined for "the rest". */
  | {
      kind: 'table';
      widths: readonly (number | undefined)[];
      header?: readonly string[];
      rows: readonly (readonly Cell[])[];
    }
  /** An empty framed box for notes taken in the meeting. */
  | { kind: 'box' };

export interface SheetSection {
  key: string;
  title: string;
  /** The words "nothing recorded" when the section has nothing to say; its blocks are then ignored. */
  empty: string | null;
  blocks: Block[];
}

export interface SheetModel {
  marking: string;
  title: string;
  /** Centred lines under the title (the visit, date and place, who receives). */
  lines: readonly (readonly Run[])[];
  preparedBy: string;
  sections: SheetSection[];
  /** "Trang" / "Page", for the Word footer "Trang 1/3". */
  pageLabel: string;
}

export const text = (value: string): Run => ({ text: value });
export const bold = (value: string): Run => ({ text: value, bold: true });
export const free = (value: string): Run => ({ text: value, free: true });
export const cell = (...lines: (readonly Run[])[]): Cell => ({ lines });
/** A cell of one line of free text (most cells). */
export const freeCell = (value: string): Cell => ({ lines: [[free(value)]] });
