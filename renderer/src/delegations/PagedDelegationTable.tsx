import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { DelegationRow, SkeletonRow, useRowWords } from './DelegationRow.js';
import { DelegationTableFrame } from './DelegationTable.js';
import { useDelegationRows, type DelegationFilter } from './use-delegation-pages.js';
import { useWindowRows } from './use-window-rows.js';

/**
 * The delegation list: `total` rows tall, their pages fetched from main as they come into view (a ministry's
 * twenty years are 50,000 visits, ~20 MB of JSON when sent at once). A row still on its way is a grey
 * placeholder of the same height, so the scroll bar and the rows never jump.
 */
export function PagedDelegationTable({
  filter,
  filterKey,
  total,
  label,
}: {
  filter: DelegationFilter;
  /** Changes exactly when the filter or sort does (the list then starts again from its top). */
  filterKey: string;
  total: number;
  label: string;
}) {
  const words = useRowWords();
  const { body, rows, height } = useWindowRows(total);
  const { rowAt, error } = useDelegationRows(filter, total, rows[0]?.index ?? 0, rows[rows.length - 1]?.index ?? 0);
  // Another filter or sort is another list: show its first rows, not rows thousands down from its top.
  const shownKey = useRef(filterKey);
  useEffect(() => {
    if (shownKey.current === filterKey) return;
    shownKey.current = filterKey;
    window.scrollTo({ top: 0 });
  }, [filterKey]);

  return (
    <>
      <ErrorAlert error={error} />
      <DelegationTableFrame label={label} total={total} body={body} height={height}>
        {rows.map(({ index, top }) => {
          const delegation = rowAt(index);
          return delegation ? (
            <DelegationRow key={index} index={index} top={top} delegation={delegation} words={words} />
          ) : (
            <SkeletonRow key={index} index={index} top={top} />
          );
        })}
      </DelegationTableFrame>
    </>
  );
}
