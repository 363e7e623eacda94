import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** A sheet as plain blocks, for Word: what the printed page shows, without its styling. */
export interface SheetModel {
  marking: string;
  title: string;
  lines: string[];
  sections: { title: string; empty: string | null; paragraphs: string[]; rows: string[][] }[];
  pageLabel: string;
}

const FONT = 'Noto Sans';

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map(
            (cell) =>
              new TableCell({
                children: [new Paragraph({ children: [new TextRun({ text: cell, font: FONT, size: 20 })] })],
              }),
          ),
        }),
    ),
  });
}

/** The sheet as a .docx that Word and LibreOffice open: headings, tables and Vietnamese text intact. */
export async function sheetToDocx(model: SheetModel): Promise<Blob> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: model.marking, bold: true, font: FONT })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: model.title, bold: true, font: FONT, size: 30 })],
    }),
    ...model.lines.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, font: FONT })] }),
    ),
  ];
  for (const section of model.sections) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun({ text: section.title, bold: true, font: FONT, size: 24 })],
      }),
    );
    if (section.empty) {
      body.push(new Paragraph({ children: [new TextRun({ text: section.empty, italics: true, font: FONT })] }));
      continue;
    }
    for (const paragraph of section.paragraphs)
      body.push(new Paragraph({ children: [new TextRun({ text: paragraph, font: FONT })] }));
    if (section.rows.length > 0) body.push(table(section.rows));
  }
  const document = new Document({
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${model.pageLabel} `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES],
                    font: FONT,
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBlob(document);
}
