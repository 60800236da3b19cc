import { z } from 'zod';
import { isValidDay, isoWeeksInYear } from './civil';

/**
 * A date as precise as the sources allow, and no more precise. "medio 2020"
 * stays medio 2020; it is not turned into 1 July 2020. Every form has a
 * defined span (span.ts), order (order.ts) and display (format.ts).
 *
 * Simple dates name one stretch of the calendar; compound dates (range,
 * before, after, approximate) are built from simple ones. Times are Dutch
 * wall-clock times as written, without a time zone.
 */

const Year = z.number().int().min(1000).max(9999);
const Month = z.number().int().min(1).max(12);
const Day = z.number().int().min(1).max(31);

export const DateTimeDate = z.strictObject({
  kind: z.literal('datetime'),
  year: Year,
  month: Month,
  day: Day,
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  /** Seconds only when the source gives them (printed e-mail headers sometimes do). */
  second: z.number().int().min(0).max(59).optional(),
});

export const DayDate = z.strictObject({ kind: z.literal('day'), year: Year, month: Month, day: Day });

/** ISO 8601 week (Monday to Sunday); `year` is the ISO week-numbering year. */
export const WeekDate = z.strictObject({ kind: z.literal('week'), year: Year, week: z.number().int().min(1).max(53) });

export const MonthDate = z.strictObject({ kind: z.literal('month'), year: Year, month: Month });

/**
 * begin / medio / eind of a month (when `month` is given) or of a year: the
 * first, middle and last third. Of a month: days 1–10, 11–20, 21–end. Of a
 * year: January–April, May–August, September–December.
 */
export const PartDate = z.strictObject({
  kind: z.literal('part'),
  part: z.enum(['begin', 'mid', 'end']),
  year: Year,
  month: Month.optional(),
});

/** First half (January–June) or second half (July–December) of a year. */
export const HalfDate = z.strictObject({ kind: z.literal('half'), year: Year, half: z.union([z.literal(1), z.literal(2)]) });

export const QuarterDate = z.strictObject({ kind: z.literal('quarter'), year: Year, quarter: z.number().int().min(1).max(4) });

/**
 * Meteorological seasons, as the KNMI counts them: spring (voorjaar) March–May,
 * summer June–August, autumn (najaar) September–November, and winter December
 * of the previous year to February: winter 2018 is December 2017–February 2018.
 */
export const SeasonDate = z.strictObject({
  kind: z.literal('season'),
  year: Year,
  season: z.enum(['spring', 'summer', 'autumn', 'winter']),
});

export const YearDate = z.strictObject({ kind: z.literal('year'), year: Year });

/**
 * The parliamentary year (vergaderjaar) that starts on Prinsjesdag, the third
 * Tuesday of September of `year`, and ends the day before the next one:
 * vergaderjaar 2020–2021 is 15 September 2020 to 20 September 2021.
 */
export const ParliamentaryYearDate = z.strictObject({ kind: z.literal('parliamentaryYear'), year: Year });

const SIMPLE_DATES = [DateTimeDate, DayDate, WeekDate, MonthDate, PartDate, HalfDate, QuarterDate, SeasonDate, YearDate, ParliamentaryYearDate] as const;

export const SimpleDate = z.discriminatedUnion('kind', SIMPLE_DATES);
export type SimpleDate = z.infer<typeof SimpleDate>;

/** From the start of `from` to the end of `to`, both included. */
export const RangeDate = z.strictObject({ kind: z.literal('range'), from: SimpleDate, to: SimpleDate });

/**
 * Before `date`: "vóór 1 maart" (exclusive: ends where 1 March starts) or
 * "uiterlijk 1 maart" (inclusive: ends where 1 March ends). Unbounded in the past.
 */
export const BeforeDate = z.strictObject({ kind: z.literal('before'), date: SimpleDate, inclusive: z.boolean() });

/**
 * After `date`: "na 1 maart" (exclusive: starts where 1 March ends) or
 * "vanaf / sinds 1 maart" (inclusive: starts where 1 March starts). Unbounded in the future.
 */
export const AfterDate = z.strictObject({ kind: z.literal('after'), date: SimpleDate, inclusive: z.boolean() });

/** "ca. 5 december 2019": `date` give or take a margin that depends on its precision (see span.ts). */
export const ApproximateDate = z.strictObject({ kind: z.literal('approximate'), date: SimpleDate });

const FuzzyDateShape = z.discriminatedUnion('kind', [...SIMPLE_DATES, RangeDate, BeforeDate, AfterDate, ApproximateDate]);

/** Why a structurally well-formed date does not exist on the calendar, or undefined when it does. */
export function calendarProblem(date: z.infer<typeof FuzzyDateShape>): string | undefined {
  switch (date.kind) {
    case 'datetime':
    case 'day':
      return isValidDay(date.year, date.month, date.day) ? undefined : `${date.year}-${date.month}-${date.day} is not a day of the calendar`;
    case 'week':
      return date.week <= isoWeeksInYear(date.year) ? undefined : `${date.year} has no ISO week ${date.week}`;
    case 'range':
      return calendarProblem(date.from) ?? calendarProblem(date.to);
    case 'before':
    case 'after':
    case 'approximate':
      return calendarProblem(date.date);
    default:
      return undefined;
  }
}

/** A fuzzy date that exists on the calendar (no 31 February, no week 53 in a 52-week year). */
export const FuzzyDate = FuzzyDateShape.superRefine((date, context) => {
  const problem = calendarProblem(date);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
export type FuzzyDate = z.infer<typeof FuzzyDateShape>;
export type FuzzyDateKind = FuzzyDate['kind'];

/** How fine-grained a date is: what an analyst would call its precision. */
export const Precision = z.enum([
  'second',
  'minute',
  'day',
  'week',
  'part-of-month',
  'month',
  'quarter',
  'season',
  'part-of-year',
  'half-year',
  'year',
  'parliamentary-year',
]);
export type Precision = z.infer<typeof Precision>;

/** Finest first: a range or a list is as precise as its coarsest part. */
const PRECISION_RANK: Record<Precision, number> = Object.fromEntries(Precision.options.map((p, index) => [p, index])) as Record<Precision, number>;

export function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

export function precisionOf(date: FuzzyDate): Precision {
  switch (date.kind) {
    case 'datetime':
      return date.second === undefined ? 'minute' : 'second';
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'season':
    case 'year':
      return date.kind;
    case 'part':
      return date.month === undefined ? 'part-of-year' : 'part-of-month';
    case 'half':
      return 'half-year';
    case 'parliamentaryYear':
      return 'parliamentary-year';
    case 'range':
      return coarser(precisionOf(date.from), precisionOf(date.to));
    case 'before':
    case 'after':
    case 'approximate':
      return precisionOf(date.date);
  }
}
