import type { DateNote } from './mention';

/**
 * A date as the text writes it, before the missing parts (a year left out,
 * a month shared with the next date of a list) are filled in. Token indices
 * `first` and `last` (inclusive) locate it.
 */
export type WrittenKind =
  | 'day'
  | 'month'
  | 'part'
  | 'half'
  | 'quarter'
  | 'season'
  | 'year'
  | 'week'
  | 'parliamentaryYear'
  | 'relativeDay'
  | 'relativeWeek'
  | 'relativeMonth';

export interface Clock {
  hour: number;
  minute: number;
  second?: number;
}

export type Anchor = 'last' | 'next' | 'thisMonth';

export interface Written {
  kind: WrittenKind;
  first: number;
  last: number;
  day?: number;
  month?: number;
  year?: number;
  time?: Clock;
  /** "9 mei 2019 van 14.00 tot 16.00 uur": the end of a time range on the same day. */
  timeEnd?: Clock;
  week?: number;
  quarter?: number;
  half?: 1 | 2;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  part?: 'begin' | 'mid' | 'end';
  /** A weekday written before the date; `dateFirst` is the index of the date's own first token. */
  weekday?: { weekday: number; full: boolean; dateFirst: number };
  /** jl. / a.s. / dezer: the nearest such date before or after the reference date, or in its month. */
  anchor?: Anchor;
  /** "van dit jaar" 0, "vorig jaar" −1: the year relative to the reference date's. */
  relativeYear?: number;
  /** "eind deze maand": the month relative to the reference date's. */
  relativeMonth?: number;
  /** Days, weeks or months from the reference date (relativeDay, relativeWeek, relativeMonth). */
  offset?: number;
  /**
   * Only a date with support from a neighbour in a list or range: the "3" of
   * "3 en 29 september", the "2019" of "in 2018, 2019 en 2020".
   */
  bare?: boolean;
  notes: DateNote[];
}

/** Kinds that need a year and can take it from a neighbour or the reference date. */
export function needsYear(written: Written): boolean {
  switch (written.kind) {
    case 'relativeDay':
    case 'relativeWeek':
    case 'relativeMonth':
      return false;
    case 'part':
      return written.relativeMonth === undefined;
    default:
      return true;
  }
}

/** Depends on the reference date whatever else the text says: gisteren, vorige week, "van dit jaar", jl. */
export function isDeictic(written: Written): boolean {
  return (
    written.kind === 'relativeDay' ||
    written.kind === 'relativeWeek' ||
    written.kind === 'relativeMonth' ||
    written.relativeYear !== undefined ||
    written.relativeMonth !== undefined
  );
}
