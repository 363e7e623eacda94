import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DELEGATION_DIRECTIONS,
  DELEGATION_STATUSES,
  type DelegationDirection,
  type DelegationStatus,
  type DelegationSummary,
} from '../../../shared/domain/delegation.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { formatDateRange } from '../format/date.js';

/**
 * Every row's height: two lines of text (the names, then the country or the head's title) and the padding.
 * The virtualiser places rows by it, so no line wraps (delegation-table.css: one line, ellipsis, the full
 * text in the tooltip; the dates may take both lines).
 */
export const ROW_PX = 68;

/**
 * The row's place in the whole list: aria-rowindex, and the stripes (CSS :nth-of-type would count the rows drawn,
 * not the list's). A row is placed by its block (use-window-rows.ts).
 */
function rowProps(index: number) {
  return {
    'aria-rowindex': index + 2,
    role: 'row',
    'data-even': index % 2 === 0 ? '' : undefined,
  };
}

/** What a row says in the language shown: the language (dates, country names) and its direction and status words. */
export interface RowWords {
  language: string;
  directions: Record<DelegationDirection, string>;
  statuses: Record<DelegationStatus, string>;
}

/** The rows' words, made once per language for the whole table rather than by each row as it comes into view. */
export function useRowWords(): RowWords {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // Keyed by the language alone: the hook's own t is a new function on every render of the table, and a new
  // object here would redraw every row drawn on every scroll step.
  return useMemo(() => {
    const t = i18n.getFixedT(language);
    return {
      language,
      directions: Object.fromEntries(
        DELEGATION_DIRECTIONS.map((direction) => [direction, t(`delegations.directions.${direction}`)]),
      ) as RowWords['directions'],
      statuses: Object.fromEntries(
        DELEGATION_STATUSES.map((status) => [status, t(`delegations.statuses.${status}`)]),
      ) as RowWords['statuses'],
    };
  }, [i18n, language]);
}

/**
 * A visit's row. Memoised: while the list scrolls, the rows already drawn keep their props (the same cached
 * object and index) and are not drawn again; only the rows coming into view are, in the elements of a block
 * that left (use-window-rows.ts).
 */
export const DelegationRow = memo(function DelegationRow({
  delegation,
  index,
  tabbable,
  words,
}: {
  delegation: DelegationSummary;
  index: number;
  /** The table's one stop in the tab order (use-row-focus.ts). */
  tabbable: boolean;
  /** A new language is a new object, which redraws the row. */
  words: RowWords;
}) {
  const { language } = words;
  const names = `${delegation.visitingOrgName} → ${delegation.hostOrgName}`;
  // Plain elements styled by delegation-table.css (the badges look like DirectionBadge and Mantine's outline
  // Badge): a Mantine component costs a style-props pass on each mount, and the ~15 of a row, for the rows
  // entering each frame, were most of a scroll step's script time. For the same reason the link is a plain
  // anchor to the hash route (the router follows the address) rather than the router's Link, whose hooks ran
  // for each of the eight rows entering each frame, as did each row's own translation hook.
  return (
    <tr {...rowProps(index)}>
      <td role="cell">
        <span className="two-lines">{formatDateRange(delegation.startDate, delegation.endDate, language)}</span>
      </td>
      <td role="cell">
        <span className={`badge ${delegation.direction}`}>{words.directions[delegation.direction]}</span>
      </td>
      <td role="cell">
        <a
          href={`#/delegations/${delegation.id}`}
          className="one-line link mantine-focus-auto"
          title={names}
          tabIndex={tabbable ? 0 : -1}
        >
          {names}
        </a>
        <span className="one-line dimmed">{countryName(delegation.partnerCountry, language)}</span>
      </td>
      <td role="cell">
        {delegation.headName && (
          <span className="one-line" title={delegation.headName}>
            {delegation.headName}
          </span>
        )}
        {delegation.headTitle && (
          <span className="one-line dimmed" title={delegation.headTitle}>
            {delegation.headTitle}
          </span>
        )}
      </td>
      <td role="cell">
        <span className="two-lines" title={delegation.place}>
          {delegation.place}
        </span>
      </td>
      <td role="cell">
        <span className="badge status">{words.statuses[delegation.status]}</span>
      </td>
    </tr>
  );
});

/** The grey bars of a placeholder row, per column: widths where the text of that column will be. */
const SKELETON_BARS = [['70%'], ['60%'], ['80%', '30%'], ['70%'], ['50%'], ['60%']] as const;

/** A row whose page is still on its way: grey bars where its text will be, at the row's height. */
export const SkeletonRow = memo(function SkeletonRow({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <tr {...rowProps(index)} aria-busy="true" data-placeholder="">
      {SKELETON_BARS.map((widths, column) => (
        <td role="cell" key={column}>
          {column === 0 && <span className="visually-hidden">{t('common.loading')}</span>}
          {widths.map((width, bar) => (
            <span className="bar" style={{ width }} key={bar} />
          ))}
        </td>
      ))}
    </tr>
  );
});
