import { z } from 'zod';
import { FuzzyDate, Precision } from '../../chronology/fuzzy-date/model';

/**
 * Where the parts of a found date came from:
 * - written: everything is inside the mention's own text ("5 december 2019", "2 t/m 6 maart 2020");
 * - list: a year or month was taken from another date of the same list
 *   ("12 augustus" in "12 augustus en 21 november 2025");
 * - reference: the year (or the whole date, for "gisteren" or "3 juni jl.") follows from the reference date;
 * - unresolved: the year is left out and there is no reference date; `value` is null.
 */
export const DateSource = z.enum(['written', 'list', 'reference', 'unresolved']);
export type DateSource = z.infer<typeof DateSource>;

/**
 * What a reader should know about a found date:
 * - weekday-mismatch: the weekday written does not fall on that date ("vrijdag 9 mei 2019");
 * - other-time-zone: a time was written with UTC or an offset; it is kept as written, not converted;
 * - us-date-order: a numeric date with AM/PM was read month first (6/2/2025 12:00 PM is 2 June).
 */
export const DateNote = z.enum(['weekday-mismatch', 'other-time-zone', 'us-date-order']);
export type DateNote = z.infer<typeof DateNote>;

export const DateMention = z.strictObject({
  /** Offsets in the text (UTF-16 code units, as JavaScript strings count), end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The text between start and end. */
  text: z.string(),
  precision: Precision,
  /** The normalised date; null when the year cannot be known (see source). */
  value: FuzzyDate.nullable(),
  source: DateSource,
  notes: z.array(DateNote),
});
export type DateMention = z.infer<typeof DateMention>;
