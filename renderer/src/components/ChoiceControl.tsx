import { useId, type FocusEventHandler } from 'react';
import './choice-control.css';

export interface Choice {
  value: string;
  label: string;
}

/**
 * One of a few choices side by side (direction, whose follow-ups, language), drawn in the manner of Mantine's
 * SegmentedControl (a grey track, the chosen one white), without separators or a moving indicator. Not that
 * component: its sliding indicator measures the page as it mounts (two element rects and two computed styles in
 * an effect) and sets state four times, which on the calendar forced a layout of the whole new page before
 * FullCalendar's own. Native radios of one name
 * keep the keyboard (arrows move the choice) and the radio group's name for screen readers.
 */
export function ChoiceControl({
  data,
  value,
  onChange,
  onFocus,
  onBlur,
  size = 'sm',
  'aria-label': label,
}: {
  data: readonly Choice[];
  /** None is checked without one (a form not yet filled). */
  value?: string;
  onChange: (value: string) => void;
  onFocus?: FocusEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  size?: 'xs' | 'sm';
  'aria-label': string;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="choice-control" data-size={size}>
      {data.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
            onFocus={onFocus}
            onBlur={onBlur}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
