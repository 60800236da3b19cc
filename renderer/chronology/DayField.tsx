import { useEffect, useState } from 'react';
import { edgeDay, type FuzzyDate } from '../../shared/chronology/fuzzy-date';
import { parseCivilDay } from '../../shared/chronology/fuzzy-date/civil';
import { DateField } from './DateField';

interface Props {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (day: string) => void;
  label: string;
  /** Which day of a longer stretch counts: "van 2019" starts on 1 January, "tot medio 2020" ends on 31 August. */
  edge: 'first' | 'last';
}

function dayDate(value: string): FuzzyDate | null {
  const civil = parseCivilDay(value);
  return civil ? { kind: 'day', ...civil } : null;
}

/**
 * A day typed the way the rest of Spoor reads dates ("3 maart 2020",
 * "03-03-2020", or a stretch such as "2019" or "medio 2020", taken at its
 * first or last day). Used instead of `<input type="date">`, which shows
 * the browser's date order (mm/dd/yyyy) whatever the UI's language.
 */
export function DayField({ value, onChange, label, edge }: Props) {
  const [date, setDate] = useState<FuzzyDate | null>(() => dayDate(value));
  const shown = date ? (edgeDay(date, edge) ?? '') : '';

  useEffect(() => {
    // A value changed from outside (filters cleared, another signal opened) replaces what was typed; only `value` is watched.
    if (value !== shown) setDate(dayDate(value));
  }, [value]);

  return (
    <DateField
      label={label}
      value={date}
      onChange={(next) => {
        setDate(next);
        onChange(next ? (edgeDay(next, edge) ?? '') : '');
      }}
    />
  );
}
