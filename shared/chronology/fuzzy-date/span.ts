import { SECONDS_PER_DAY, daysFromCivil, daysInMonth, formatCivilDay, formatInstant, isoWeekOneMonday, prinsjesdag } from './civil';
import { precisionOf, type FuzzyDate, type Precision, type SimpleDate } from './model';

/**
 * The stretch of time a fuzzy date covers: its earliest and latest instant,
 * both included, in seconds since 1970-01-01T00:00:00 civil time (civil.ts).
 * `null` is an open end: "vóór 2020" has no earliest instant.
 */
export interface Span {
  earliest: number | null;
  latest: number | null;
}

/** A closed span, as every simple date has. */
export interface ClosedSpan {
  earliest: number;
  latest: number;
}

const HOUR = 3600;
const DAY = SECONDS_PER_DAY;

/**
 * How far "ca." widens a date on each side, by the date's precision: an
 * approximate day may be a few days off, an approximate year half a year.
 */
export const APPROXIMATE_MARGIN: Record<Precision, number> = {
  second: HOUR,
  minute: HOUR,
  day: 3 * DAY,
  week: 7 * DAY,
  'part-of-month': 10 * DAY,
  month: 15 * DAY,
  quarter: 30 * DAY,
  season: 30 * DAY,
  'part-of-year': 30 * DAY,
  'half-year': 61 * DAY,
  year: 182 * DAY,
  'parliamentary-year': 182 * DAY,
};

/** Whole days from the first day to the last day, both included. */
function days(first: number, last: number): ClosedSpan {
  return { earliest: first * DAY, latest: (last + 1) * DAY - 1 };
}

function months(year: number, firstMonth: number, lastMonth: number): ClosedSpan {
  const lastYear = year + Math.floor((lastMonth - 1) / 12);
  const last = ((lastMonth - 1) % 12) + 1;
  return days(daysFromCivil(year, firstMonth, 1), daysFromCivil(lastYear, last, daysInMonth(lastYear, last)));
}

const PART_INDEX = { begin: 0, mid: 1, end: 2 } as const;
const SEASON_FIRST_MONTH = { spring: 3, summer: 6, autumn: 9 } as const;

export function simpleSpan(date: SimpleDate): ClosedSpan {
  switch (date.kind) {
    case 'datetime': {
      const start = daysFromCivil(date.year, date.month, date.day) * DAY + date.hour * HOUR + date.minute * 60;
      return date.second === undefined ? { earliest: start, latest: start + 59 } : { earliest: start + date.second, latest: start + date.second };
    }
    case 'day': {
      const day = daysFromCivil(date.year, date.month, date.day);
      return days(day, day);
    }
    case 'week': {
      const monday = isoWeekOneMonday(date.year) + (date.week - 1) * 7;
      return days(monday, monday + 6);
    }
    case 'month':
      return months(date.year, date.month, date.month);
    case 'part': {
      const index = PART_INDEX[date.part];
      if (date.month === undefined) return months(date.year, 1 + index * 4, 4 + index * 4);
      const first = daysFromCivil(date.year, date.month, 1);
      const lastDay = index === 2 ? daysInMonth(date.year, date.month) : (index + 1) * 10;
      return days(first + index * 10, first + lastDay - 1);
    }
    case 'half':
      return months(date.year, date.half === 1 ? 1 : 7, date.half === 1 ? 6 : 12);
    case 'quarter':
      return months(date.year, date.quarter * 3 - 2, date.quarter * 3);
    case 'season':
      if (date.season === 'winter') return months(date.year - 1, 12, 14);
      return months(date.year, SEASON_FIRST_MONTH[date.season], SEASON_FIRST_MONTH[date.season] + 2);
    case 'year':
      return months(date.year, 1, 12);
    case 'parliamentaryYear':
      return days(prinsjesdag(date.year), prinsjesdag(date.year + 1) - 1);
  }
}

/** The span of any fuzzy date: what it claims, at most, about when something happened. */
export function spanOf(date: FuzzyDate): Span {
  switch (date.kind) {
    case 'range':
      return { earliest: simpleSpan(date.from).earliest, latest: simpleSpan(date.to).latest };
    case 'before': {
      const inner = simpleSpan(date.date);
      return { earliest: null, latest: date.inclusive ? inner.latest : inner.earliest - 1 };
    }
    case 'after': {
      const inner = simpleSpan(date.date);
      return { earliest: date.inclusive ? inner.earliest : inner.latest + 1, latest: null };
    }
    case 'approximate': {
      const inner = simpleSpan(date.date);
      const margin = APPROXIMATE_MARGIN[precisionOf(date.date)];
      return { earliest: inner.earliest - margin, latest: inner.latest + margin };
    }
    default:
      return simpleSpan(date);
  }
}

/**
 * Where a date sorts: a closed interval compared by start, then by end.
 * Closed dates sort as their span (a month as the whole month, so May 2020
 * comes before 2 May 2020, and 1 May 2020 before May 2020). "ca. X" sorts as
 * X. Open-ended dates sort at their one bounded edge, as a point: "vóór 1
 * maart" just before 1 March, "vanaf 1 maart" at its start, "na 1 maart"
 * just after it.
 */
export function sortKey(date: FuzzyDate): ClosedSpan {
  switch (date.kind) {
    case 'approximate':
      return simpleSpan(date.date);
    case 'before':
    case 'after': {
      const span = spanOf(date);
      const edge = (date.kind === 'before' ? span.latest : span.earliest) ?? 0;
      return { earliest: edge, latest: edge };
    }
    default: {
      const span = spanOf(date);
      return { earliest: span.earliest ?? 0, latest: span.latest ?? 0 };
    }
  }
}

/** The span as civil timestamps (`YYYY-MM-DDTHH:mm:ss`), for JSON and display. */
export function spanAsText(span: Span): { earliest: string | null; latest: string | null } {
  return {
    earliest: span.earliest === null ? null : formatInstant(span.earliest),
    latest: span.latest === null ? null : formatInstant(span.latest),
  };
}

/**
 * The first or last day a fuzzy date covers, as `YYYY-MM-DD`: what a period
 * "from 2019 until medio 2020" means in days. Undefined on an open side
 * ("vóór 2020" has no first day).
 */
export function edgeDay(date: FuzzyDate, edge: 'first' | 'last'): string | undefined {
  const span = spanOf(date);
  const instant = edge === 'first' ? span.earliest : span.latest;
  return instant === null ? undefined : formatCivilDay(Math.floor(instant / SECONDS_PER_DAY));
}
