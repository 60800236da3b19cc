import { useEffect, useRef, useState } from 'react';
import { formatFuzzyDate, type FuzzyDate } from '../../shared/chronology/fuzzy-date';
import { parseDateExpression } from '../../shared/text/dates';
import { useI18n } from '../app/i18n';

interface Props {
  value: FuzzyDate | null;
  onChange: (date: FuzzyDate | null) => void;
  label: string;
  autoFocus?: boolean;
}

/**
 * A fuzzy date typed as an analyst says it ("medio 2020", "Q3 2021",
 * "vóór 1 maart 2020"), read by the Dutch date parser; what it was read as
 * is shown beside it, and text that is not a date says so.
 */
export function DateField({ value, onChange, label, autoFocus }: Props) {
  const { t, language } = useI18n();
  const [text, setText] = useState(value ? formatFuzzyDate(value, 'nl') : '');
  const [invalid, setInvalid] = useState(false);
  const emitted = useRef(JSON.stringify(value));

  useEffect(() => {
    // A value from outside (another proposal) replaces what is typed; the field's own value does not.
    if (JSON.stringify(value) === emitted.current) return;
    emitted.current = JSON.stringify(value);
    setText(value ? formatFuzzyDate(value, 'nl') : '');
    setInvalid(false);
  }, [value]);

  function change(next: string) {
    setText(next);
    const parsed = next.trim() === '' ? null : parseDateExpression(next);
    setInvalid(next.trim() !== '' && parsed === null);
    if (parsed !== null || next.trim() === '') {
      emitted.current = JSON.stringify(parsed);
      onChange(parsed);
    }
  }

  return (
    <label className={invalid ? 'date-field invalid' : 'date-field'}>
      <span>{label}</span>
      <input value={text} onChange={(event) => change(event.target.value)} title={t('chronology.dateHelp')} autoFocus={autoFocus} aria-invalid={invalid} />
      <small className={invalid ? 'hint error' : 'hint'}>{invalid ? t('chronology.dateInvalid', { text }) : value ? formatFuzzyDate(value, language) : t('chronology.dateHelp')}</small>
    </label>
  );
}
