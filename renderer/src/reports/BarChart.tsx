import type { Tally } from '../../../shared/domain/periodic-report.js';

/** Horizontal bars drawn with CSS (print-safe, no chart library): one row per label, its count beside it. */
export function BarChart({ rows, label }: { rows: Tally[]; label: string }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure aria-label={label} style={{ margin: '2mm 0' }}>
      {rows.map((row) => (
        <div key={row.label} style={{ display: 'flex', alignItems: 'center', gap: '2mm', breakInside: 'avoid' }}>
          <span style={{ width: '62mm', flexShrink: 0, overflowWrap: 'anywhere' }}>{row.label}</span>
          <span
            aria-hidden
            style={{
              height: '4mm',
              width: `${(row.count / max) * 100}mm`,
              background: '#364fc7',
              printColorAdjust: 'exact',
              WebkitPrintColorAdjust: 'exact',
            }}
          />
          <span>{row.count}</span>
        </div>
      ))}
    </figure>
  );
}
