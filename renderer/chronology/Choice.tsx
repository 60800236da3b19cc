interface Props<T extends string> {
  label: string;
  value: T | '';
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T | '') => void;
  /** A first option for "no choice" (all, or none yet). */
  empty?: string;
  ariaLabel?: string;
}

/** A labelled choice of one value. */
export function Choice<T extends string>({ label, value, options, onChange, empty, ariaLabel }: Props<T>) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} aria-label={ariaLabel} onChange={(change) => onChange(change.target.value as T | '')}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
