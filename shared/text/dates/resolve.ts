import { daysFromCivil, isoWeekday, isoWeekOf, civilFromDays, type CivilDate } from '../../chronology/fuzzy-date/civil';
import { calendarProblem, type SimpleDate } from '../../chronology/fuzzy-date/model';
import { simpleSpan } from '../../chronology/fuzzy-date/span';
import { needsYear, type Written } from './written';

/**
 * Filling in what the text leaves out. A year missing from one date of a
 * list comes from the next date that has one ("12 augustus … 21 november
 * 2025"), or else the previous one, moved a year where the list would
 * otherwise run backwards ("15 december t/m 10 januari 2020" starts in
 * December 2019). Failing that, the reference date (the document's own date)
 * decides: the year that puts the date closest to it, unless jl. (last) or
 * a.s. (next) says which side, or a written weekday fits only one year.
 */

/** One date of a list with what is known of it so far. */
export interface Slot {
  written: Written;
  /** Index of the list item the slot belongs to (a range has two slots in one item). */
  item: number;
  month?: number;
  year?: number;
  /** Took a year or month from another item of the list. */
  borrowed: boolean;
  /** Took its year (or more) from the reference date. */
  referenced: boolean;
}

/** The reference date as a day count, with its civil parts. */
export interface Reference extends CivilDate {
  days: number;
}

export function toReference(date: CivilDate): Reference {
  return { ...date, days: daysFromCivil(date.year, date.month, date.day) };
}

function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A day, or a moment on it when a time is written. */
function onDay(date: CivilDate, w: Written): SimpleDate {
  if (!w.time) return { kind: 'day', ...date };
  return { kind: 'datetime', ...date, hour: w.time.hour, minute: w.time.minute, ...(w.time.second === undefined ? {} : { second: w.time.second }) };
}

/** The simple date a slot stands for, once its year (and month) are known. */
export function toSimpleDate(slot: Slot, year: number | undefined, reference: Reference | undefined): SimpleDate | undefined {
  const w = slot.written;
  const month = slot.month ?? w.month;
  if (w.kind === 'relativeDay' || w.kind === 'relativeWeek' || w.kind === 'relativeMonth') {
    if (!reference) return undefined;
    const offset = w.offset ?? 0;
    if (w.kind === 'relativeDay') return onDay(civilFromDays(reference.days + offset), w);
    if (w.kind === 'relativeWeek') return { kind: 'week', ...isoWeekOf(reference.days + 7 * offset) };
    return { kind: 'month', ...shiftMonth(reference.year, reference.month, offset) };
  }
  if (w.kind === 'part' && w.relativeMonth !== undefined) {
    if (!reference) return undefined;
    return { kind: 'part', part: w.part ?? 'begin', ...shiftMonth(reference.year, reference.month, w.relativeMonth) };
  }
  if (year === undefined) return undefined;
  switch (w.kind) {
    case 'day':
      return month === undefined || w.day === undefined ? undefined : onDay({ year, month, day: w.day }, w);
    case 'month':
      return month === undefined ? undefined : { kind: 'month', year, month };
    case 'part':
      return { kind: 'part', part: w.part ?? 'begin', year, ...(month === undefined ? {} : { month }) };
    case 'half':
      return { kind: 'half', year, half: w.half ?? 1 };
    case 'quarter':
      return { kind: 'quarter', year, quarter: w.quarter ?? 1 };
    case 'season':
      return { kind: 'season', year, season: w.season ?? 'spring' };
    case 'week':
      return { kind: 'week', year, week: w.week ?? 1 };
    case 'parliamentaryYear':
      return { kind: 'parliamentaryYear', year };
    default:
      return { kind: 'year', year };
  }
}

function startOf(slot: Slot, year: number): number {
  const date = toSimpleDate(slot, year, undefined);
  return date ? simpleSpan(date).earliest : 0;
}

function weekdayFits(slot: Slot, date: SimpleDate): boolean {
  const weekday = slot.written.weekday;
  if (!weekday || (date.kind !== 'day' && date.kind !== 'datetime')) return true;
  return isoWeekday(daysFromCivil(date.year, date.month, date.day)) === weekday.weekday;
}

/** The year for a slot from the reference date alone (see the module comment for the rule). */
function yearFromReference(slot: Slot, reference: Reference): number | undefined {
  const w = slot.written;
  if (w.relativeYear !== undefined) return reference.year + w.relativeYear;
  const refStart = reference.days * 86_400;
  const refEnd = refStart + 86_399;
  const candidates: Array<{ year: number; earliest: number; latest: number; fits: boolean }> = [];
  for (let year = reference.year - 4; year <= reference.year + 4; year += 1) {
    const date = toSimpleDate(slot, year, undefined);
    if (!date || calendarProblem(date)) continue;
    candidates.push({ year, ...simpleSpan(date), fits: weekdayFits(slot, date) });
  }
  if (w.anchor === 'last') return candidates.filter((c) => c.latest < refStart).at(-1)?.year;
  if (w.anchor === 'next') return candidates.find((c) => c.earliest > refEnd)?.year;
  const distance = (c: { earliest: number; latest: number }) => Math.max(0, c.earliest - refEnd, refStart - c.latest);
  const near = candidates.filter((c) => Math.abs(c.year - reference.year) <= 1);
  const fitting = near.filter((c) => c.fits);
  const pool = fitting.length > 0 ? fitting : near.length > 0 ? near : candidates;
  // Closest first; on a tie the earlier year: documents mostly look back.
  return [...pool].sort((a, b) => distance(a) - distance(b) || a.year - b.year)[0]?.year;
}

/** "de 12e jl.": the 12th of the month before the reference date's; "5 dezer": of its month; "de 5e a.s.": the next 5th. */
function monthForDayAnchor(slot: Slot, reference: Reference): { year: number; month: number } {
  const day = slot.written.day ?? 1;
  switch (slot.written.anchor) {
    case 'last':
      return shiftMonth(reference.year, reference.month, -1);
    case 'next':
      return shiftMonth(reference.year, reference.month, day > reference.day ? 0 : 1);
    default:
      return { year: reference.year, month: reference.month };
  }
}

function borrowYear(slot: Slot, lender: Slot, backwards: boolean): void {
  let year = lender.year as number;
  const lenderStart = startOf(lender, year);
  if (backwards && startOf(slot, year) > lenderStart) year -= 1;
  if (!backwards && startOf(slot, year) < lenderStart) year += 1;
  slot.year = year;
  slot.borrowed ||= lender.borrowed || lender.item !== slot.item;
  slot.referenced ||= lender.referenced;
}

/** Fills in months and years across the slots of one list, in place. */
export function fillSlots(slots: Slot[], reference: Reference | undefined): void {
  // A bare day takes its month from the next date that has one: "3 en 29 september".
  slots.forEach((slot, index) => {
    if (slot.written.kind !== 'day' || slot.month !== undefined || slot.written.anchor) return;
    const lender = slots.slice(index + 1).find((other) => other.month !== undefined && other.written.kind === 'day');
    if (!lender) return;
    slot.month = lender.month;
    slot.borrowed ||= lender.item !== slot.item;
  });
  if (reference) {
    for (const slot of slots) {
      const w = slot.written;
      if (slot.year !== undefined || !needsYear(w)) continue;
      if (w.kind === 'day' && w.anchor && slot.month === undefined) {
        Object.assign(slot, monthForDayAnchor(slot, reference), { referenced: true });
      } else if (w.anchor || w.relativeYear !== undefined) {
        slot.year = yearFromReference(slot, reference);
        slot.referenced = true;
      }
    }
  }
  for (let index = slots.length - 1; index >= 0; index -= 1) {
    const slot = slots[index] as Slot;
    if (slot.year !== undefined || !needsYear(slot.written)) continue;
    const lender = slots.slice(index + 1).find((other) => other.year !== undefined);
    if (lender) borrowYear(slot, lender, true);
  }
  slots.forEach((slot, index) => {
    if (slot.year !== undefined || !needsYear(slot.written)) return;
    const lender = slots.slice(0, index).findLast((other) => other.year !== undefined);
    if (lender) borrowYear(slot, lender, false);
    else if (reference) {
      slot.year = yearFromReference(slot, reference);
      slot.referenced = true;
    }
  });
}
