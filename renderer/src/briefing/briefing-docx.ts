import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Run, SheetModel } from './sheet-model.js';

const FONT = 'Noto Sans';

function runs(list: readonly Run[], extra: { italics?: boolean; bold?: boolean; color?: string } = {}): TextRun[] {
  // A "\n" inside a run is a line break on the sheet; Word needs it as a break before the next piece.
  return list.flatMap((run) =>
    run.text.split('\n').map(
      (piece, index) =>
        new TextRun({
          text: piece,
          break: index > 0 ? 1 : undefined,
          bold: run.bold || extra.bold,
          italics: extra.italics,
          color: extra.color,
          font: FONT,
        }),
    ),
  );
}

/** Lines of a cell or a paragraph with "\n" in it: Word wants one paragraph per line. */
function paragraphs(lines: readonly (readonly Run[])[], extra: Parameters<typeof runs>[1] = {}): Paragraph[] {
  return lines.map((line) => new Paragraph({ children: runs(line, extra) }));
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const widthOf = (index: number) => {
    const percent = block.widths[index];
    return percent === undefined ? undefined : { size: percent, type: WidthType.PERCENTAGE };
  };
  const header = block.header
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map(
            (heading, index) =>
              new TableCell({ width: widthOf(index), children: paragraphs([[{ text: heading, bold: true }]]) }),
          ),
        }),
      ]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...header,
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map(
              (item, index) =>
                new TableCell({
                  width: widthOf(index),
                  children: paragraphs(item.lines, item.warning ? { color: WARNING } : {}),
                }),
            ),
          }),
      ),
    ],
  });
}

const WARNING = '9B1C1C';

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraphs(
        [block.runs],
        block.tone === 'warning' ? { bold: true, color: WARNING } : block.tone === 'empty' ? { italics: true } : {},
      );
    case 'lines':
      return Array.from(
        { length: block.count },
        () => new Paragraph({ children: [new TextRun({ text: '……………………………………………………………………………', font: FONT })] }),
      );
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return block.rows.length > 0 ? [table(block)] : [];
    case 'box':
      // A framed cell of fixed height, like the printed box: one row that cannot split, kept with its heading.
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              cantSplit: true,
              height: { value: 2600, rule: HeightRule.ATLEAST },
              children: [new TableCell({ children: [new Paragraph({ text: '' })] })],
            }),
          ],
        }),
      ];
  }
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
    ...model.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs(line) })),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: model.preparedBy, font: FONT, size: 18 })],
    }),
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
    for (const block of section.blocks) body.push(...blockToDocx(block));
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
