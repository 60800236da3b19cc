import { translate } from '../i18n';
import type { Language } from '../model/settings';

/**
 * How long a running operation will still take, from what it has done so
 * far: the time so far scaled by what remains. An estimate is only given
 * once it means something: after a few seconds and a few percent, since the
 * first moments (opening files, warming up workers) say little about the rest.
 */
export const MIN_ELAPSED_FOR_ESTIMATE_MS = 2000;
export const MIN_FRACTION_FOR_ESTIMATE = 0.05;

export interface ProgressSample {
  /** When the operation started, in ms (any clock, the same as `now`). */
  startedAt: number;
  now: number;
  /** How far it is, 0–1. */
  fraction: number;
}

/** Whole seconds left, or undefined while there is too little to go on. */
export function secondsLeft({ startedAt, now, fraction }: ProgressSample): number | undefined {
  if (!(fraction > 0)) return undefined;
  if (fraction >= 1) return 0;
  const elapsed = now - startedAt;
  if (elapsed < MIN_ELAPSED_FOR_ESTIMATE_MS || fraction < MIN_FRACTION_FOR_ESTIMATE) return undefined;
  return Math.round(((elapsed / fraction) * (1 - fraction)) / 1000);
}

/** A duration as a person would say it roughly: seconds in tens, then whole minutes, then hours and minutes. */
export type RoughDuration = { unit: 'fewSeconds' } | { unit: 'second'; value: number } | { unit: 'minute'; value: number } | { unit: 'hour'; value: number; minutes: number };

export function roughDuration(seconds: number): RoughDuration {
  if (seconds < 10) return { unit: 'fewSeconds' };
  if (seconds < 60) return { unit: 'second', value: Math.min(50, Math.round(seconds / 10) * 10) };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: 'minute', value: minutes };
  return { unit: 'hour', value: Math.floor(minutes / 60), minutes: minutes % 60 };
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "nog ongeveer 2 min" / "about 2 mins left": the rough time left in the analyst's language, units from Intl. */
export function timeLeftText(language: Language, seconds: number): string {
  const duration = roughDuration(seconds);
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: name, unitDisplay: name === 'hour' ? 'long' : 'short' }).format(value);
  let time: string;
  if (duration.unit === 'fewSeconds') time = translate(language, 'progress.fewSeconds');
  else if (duration.unit === 'hour') time = duration.minutes === 0 ? unit(duration.value, 'hour') : translate(language, 'progress.hoursAndMinutes', { hours: unit(duration.value, 'hour'), minutes: unit(duration.minutes, 'minute') });
  else time = unit(duration.value, duration.unit);
  return translate(language, 'progress.timeLeft', { time });
}
