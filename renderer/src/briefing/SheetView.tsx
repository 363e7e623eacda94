import { Fragment, type ReactNode } from 'react';
import '../components/print-sheet.css';
import type { Block, Run, SheetModel, SheetSection } from './sheet-model.js';

/**
 * Runs as inline text. Where typed text shares a line with other words it sits in <bdi>, so Arabic or
 * Hebrew cannot reorder the words beside it. Alone on its line it stays bare: dir="auto" on the cell or
 * paragraph must see its letters to turn the line right to left, and it skips the inside of a <bdi>.
 */
export function Runs({ runs }: { runs: readonly Run[] }) {
  const isolate = runs.length > 1;
  return (
    <>
      {runs.map((run, index) => {
        const content = run.free && isolate ? <bdi>{run.text}</bdi> : run.text;
        return run.bold ? <strong key={index}>{content}</strong> : <Fragment key={index}>{content}</Fragment>;
      })}
    </>
  );
}

function Lines({ lines }: { lines: readonly (readonly Run[])[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          <Runs runs={line} />
        </Fragment>
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p dir="auto" className={block.tone}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'lines':
      return (
        <>
          {Array.from({ length: block.count }, (_, index) => (
            <div key={index} className="lines" />
          ))}
        </>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index} dir="auto">
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          {block.header && (
            <thead>
              <tr>
                {block.header.map((heading, index) => (
                  <th key={index} style={{ width: width(block.widths[index]) }}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((item, index) => (
                  // dir="auto": a cell that starts in Arabic or Hebrew reads right to left, the others stay left to right.
                  <td
                    key={index}
                    dir="auto"
                    className={item.warning ? 'warning' : undefined}
                    style={block.header ? undefined : { width: width(block.widths[index]) }}
                  >
                    <Lines lines={item.lines} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'box':
      return <div className="notes-box" />;
  }
}

const width = (percent: number | undefined) => (percent === undefined ? undefined : `${percent}%`);

/** One section: its heading, then its blocks or its "nothing recorded" marker. */
export function SectionView({ section, children }: { section: SheetSection; children?: ReactNode }) {
  return (
    <section data-section={section.key}>
      <h2>{section.title}</h2>
      {children}
      {section.empty ? (
        <p className="empty">{section.empty}</p>
      ) : (
        section.blocks.map((block, index) => <BlockView key={index} block={block} />)
      )}
    </section>
  );
}

/**
 * The printable sheet drawn from its model. `extras` puts controls (hidden in print) at the top of
 * a section, and `printOnly` names sections whose blocks show only on paper (the editor shows them on screen).
 */
export function SheetView({
  model,
  extras = {},
  printOnly = [],
}: {
  model: SheetModel;
  extras?: Record<string, ReactNode>;
  printOnly?: string[];
}) {
  return (
    <article className="print-sheet" aria-label={model.title}>
      <div className="internal">{model.marking}</div>
      <h1>{model.title}</h1>
      <p style={{ textAlign: 'center', margin: 0 }}>
        <Lines lines={model.lines} />
      </p>
      <p style={{ textAlign: 'right', fontSize: '9pt' }}>{model.preparedBy}</p>
      {model.sections.map((section) =>
        printOnly.includes(section.key) ? (
          <section key={section.key} data-section={section.key}>
            <h2>{section.title}</h2>
            {extras[section.key]}
            <div className="print-only">
              {section.blocks.map((block, index) => (
                <BlockView key={index} block={block} />
              ))}
            </div>
          </section>
        ) : (
          <SectionView key={section.key} section={section}>
            {extras[section.key]}
          </SectionView>
        ),
      )}
    </article>
  );
}
