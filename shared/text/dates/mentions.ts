import { daysFromCivil, isoWeekday } from '../../chronology/fuzzy-date/civil';
import { calendarProblem, coarser, precisionOf, type FuzzyDate, type Precision, type SimpleDate } from '../../chronology/fuzzy-date/model';
import { simpleSpan } from '../../chronology/fuzzy-date/span';
import type { Item } from './chains';
import type { Modifier } from './lexicon';
import type { DateMention, DateNote } from './mention';
import type { Reader } from './reader';
import { fillSlots, toSimpleDate, type Reference, type Slot } from './resolve';
import { isDeictic, type Written } from './written';

/** Turns the items of one list into found dates: fills in what is left out, checks the calendar, sets spans. */

const WRITTEN_PRECISION: Record<Written['kind'], Precision> = {
  day: 'day',
  month: 'month',
  part: 'part-of-year',
  half: 'half-year',
  quarter: 'quarter',
  season: 'season',
  year: 'year',
  week: 'week',
  parliamentaryYear: 'parliamentary-year',
  relativeDay: 'day',
  relativeWeek: 'week',
  relativeMonth: 'month',
};

function writtenPrecision(written: Written): Precision {
  if (written.kind === 'day' && written.time) return written.time.second === undefined ? 'minute' : 'second';
  if (written.kind === 'part' && written.month !== undefined) return 'part-of-month';
  return WRITTEN_PRECISION[written.kind];
}

/** February has 29 days in some year: without a year only days no year has are impossible. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function impossibleInEveryYear(slot: Slot): boolean {
  const { day } = slot.written;
  const month = slot.month;
  return slot.written.kind === 'day' && day !== undefined && month !== undefined && day > (MAX_DAYS[month - 1] ?? 31);
}

function wrap(modifier: Modifier, date: SimpleDate): FuzzyDate {
  switch (modifier) {
    case 'approximate':
      return { kind: 'approximate', date };
    case 'before':
    case 'beforeInclusive':
      return { kind: 'before', date, inclusive: modifier === 'beforeInclusive' };
    case 'after':
    case 'afterInclusive':
      return { kind: 'after', date, inclusive: modifier === 'afterInclusive' };
  }
}

/** The normalised value of an item, or undefined when the calendar does not have it. */
function valueOf(item: Item, from: SimpleDate, to: SimpleDate | undefined): FuzzyDate | undefined {
  let value: FuzzyDate = from;
  const timeEnd = item.from.timeEnd;
  if (to) value = { kind: 'range', from, to };
  else if (timeEnd && from.kind === 'datetime') {
    const end: SimpleDate = { ...from, hour: timeEnd.hour, minute: timeEnd.minute };
    delete (end as { second?: number }).second;
    if (timeEnd.second !== undefined) Object.assign(end, { second: timeEnd.second });
    value = { kind: 'range', from, to: end };
  }
  if (calendarProblem(value)) return undefined;
  if (value.kind === 'range' && simpleSpan(value.from).earliest > simpleSpan(value.to).earliest) return undefined;
  if (item.modifier && value.kind !== 'range') value = wrap(item.modifier, value);
  return value;
}

function buildMention(item: Item, slots: Slot[], r: Reader, text: string, reference: Reference | undefined): DateMention | undefined {
  const [fromSlot, toSlot] = slots as [Slot, Slot | undefined];
  const from = toSimpleDate(fromSlot, fromSlot.year, reference);
  const to = toSlot ? toSimpleDate(toSlot, toSlot.year, reference) : undefined;
  const notes = new Set<DateNote>([...fromSlot.written.notes, ...(toSlot?.written.notes ?? [])]);
  let first = item.first;
  let value: FuzzyDate | null = null;
  if (from && (!toSlot || to)) {
    const found = valueOf(item, from, to);
    if (!found) return undefined;
    value = found;
    const weekday = fromSlot.written.weekday;
    if (weekday && (from.kind === 'day' || from.kind === 'datetime') && isoWeekday(daysFromCivil(from.year, from.month, from.day)) !== weekday.weekday) {
      // "vrijdag 9 mei 2019" is kept and flagged; "zo 5 mei" where Sunday does not fit is the word "zo", not a weekday.
      if (weekday.full) notes.add('weekday-mismatch');
      else if (first === fromSlot.written.first) first = weekday.dateFirst;
    }
  } else {
    // Without a reference date: report the date with its year unknown, but not "gisteren" or "vorige week".
    if (reference || slots.some((slot) => isDeictic(slot.written)) || slots.some(impossibleInEveryYear)) return undefined;
  }
  const start = (r.at(first) as { start: number }).start;
  const end = (r.at(item.last) as { end: number }).end;
  const precision = value ? precisionOf(value) : slots.map((slot) => writtenPrecision(slot.written)).reduce(coarser);
  const referenced = slots.some((slot) => slot.referenced || isDeictic(slot.written));
  const source = value === null ? 'unresolved' : slots.some((slot) => slot.borrowed) ? 'list' : referenced ? 'reference' : 'written';
  return { start, end, text: text.slice(start, end), precision, value, source, notes: [...notes] };
}

export function mentionsOfSegment(segment: readonly Item[], r: Reader, text: string, reference: Reference | undefined): DateMention[] {
  const slots: Slot[] = segment.flatMap((item, index) =>
    (item.to ? [item.from, item.to] : [item.from]).map((written) => ({ written, item: index, month: written.month, year: written.year, borrowed: false, referenced: false })),
  );
  fillSlots(slots, reference);
  return segment.flatMap((item, index) => {
    const mention = buildMention(
      item,
      slots.filter((slot) => slot.item === index),
      r,
      text,
      reference,
    );
    return mention ? [mention] : [];
  });
}
