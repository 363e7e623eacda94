import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { WindowedDelegationTable } from './DelegationTable.js';
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
  const windowRows = useWindowRows(total);
  const { rowAt, error } = useDelegationRows(filter, total, windowRows.wanted);
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
      <WindowedDelegationTable label={label} total={total} windowRows={windowRows} rowAt={rowAt} />
    </>
  );
}
