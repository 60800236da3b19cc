import { COUNTED_NOUNS, MONTHS, ORDINAL_SUFFIXES, WEEKDAYS } from './lexicon';
import type { DateNote } from './mention';
import type { Reader } from './reader';
import { continues, readAnchor, readYearSlot, startsMidNumber } from './slots';
import type { Clock, Written } from './written';

/**
 * Dates to the day, with an optional weekday before and time after:
 * "5 december 2019", "5 dec. 2019", "d.d. 3 juni", "3 juni jl.", "de 12e jl.",
 * "05-12-2019", "2019-12-05", "donderdag 9 mei 2019 16:40", "9 mei om 14.40 uur".
 */

/** A day number 1–31 at i, with an ordinal suffix ("12e", "1ste") if written; returns the index after it. */
function readDayNumber(r: Reader, i: number): { day: number; next: number } | undefined {
  if (!r.isNum(i, 1, 2)) return undefined;
  const day = r.value(i);
  if (day < 1 || day > 31) return undefined;
  const suffixed = r.isWord(i + 1) && r.attached(i + 1) && ORDINAL_SUFFIXES.has(r.lower(i + 1));
  return { day, next: suffixed ? i + 2 : i + 1 };
}

/** "5 december", "5 dec.", "5 Dec 2019" — abbreviations need a full stop, lower case or a year ("5 Jan de Vries" is a name). */
function textualDay(r: Reader, i: number): Written | undefined {
  const dayNumber = readDayNumber(r, i);
  if (!dayNumber) return undefined;
  const { day, next } = dayNumber;
  const dayAnchor = readAnchor(r, next);
  if (dayAnchor) return { kind: 'day', day, anchor: dayAnchor.anchor, first: i, last: dayAnchor.last, notes: [] };
  const token = r.at(next);
  const month = token?.kind === 'word' && token.spaced ? MONTHS.get(token.lower) : undefined;
  if (!token || !month) return undefined;
  const dotted = r.isPunct(next + 1, '.') && r.attached(next + 1);
  let last = month.abbreviation && dotted ? next + 1 : next;
  const slot = readYearSlot(r, last + 1, { allowVan: true });
  if (month.abbreviation && !dotted && slot?.year === undefined && token.text !== token.lower) return undefined;
  const written: Written = { kind: 'day', day, month: month.month, first: i, last, notes: [] };
  if (slot) {
    Object.assign(written, { year: slot.year, relativeYear: slot.relativeYear, anchor: slot.anchor });
    last = slot.last;
    written.last = last;
  }
  return withTime(r, written, false);
}

/** "05-12-2019", "5/12/2019", "05.12.2019" (day first, four-digit year) and ISO "2019-12-05". */
function numericDay(r: Reader, i: number): Written | undefined {
  if (startsMidNumber(r, i)) return undefined;
  const separator = r.at(i + 1)?.text ?? '';
  if (!'-/.'.includes(separator) || separator === '') return undefined;
  const tight = [1, 2, 3, 4].every((k) => r.attached(i + k));
  if (!tight || r.at(i + 3)?.text !== separator) return dayMonthNumeric(r, i, separator);
  let day: number;
  let month: number;
  let year: number;
  let iso = false;
  if (r.isNum(i, 1, 2) && r.isNum(i + 2, 1, 2) && r.isNum(i + 4, 4)) {
    [day, month, year] = [r.value(i), r.value(i + 2), r.value(i + 4)];
  } else if (separator === '-' && r.isNum(i, 4) && r.isNum(i + 2, 2) && r.isNum(i + 4, 2)) {
    [year, month, day] = [r.value(i), r.value(i + 2), r.value(i + 4)];
    iso = true;
  } else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return undefined;
  const isoTime = iso && r.at(i + 5)?.text === 'T' && r.attached(i + 5) && r.isNum(i + 6, 2) && r.attached(i + 6);
  if (continues(r, i + 4) && !isoTime) return undefined;
  const written: Written = { kind: 'day', day, month, year, first: i, last: i + 4, notes: [] };
  return withTime(r, written, separator === '/');
}

/** Words after which "28-6" and "3/11" (day and month, no year) are dates, as e-mails write them. */
const DAY_MONTH_CONTEXT = new Set(['van', 'op', 'per', 'vanaf', 'sinds', 'tot', 'vóór', 'voor', 'na', 'uiterlijk', 'dd']);

/** "van 28-6", "d.d. 3/11": a numeric day and month only after such a word, never "1-2 dagen" or a page range. */
function dayMonthNumeric(r: Reader, i: number, separator: string): Written | undefined {
  if (separator === '.' || !r.isNum(i, 1, 2) || !r.isNum(i + 2, 1, 2) || !r.attached(i + 1) || !r.attached(i + 2)) return undefined;
  const introduced = DAY_MONTH_CONTEXT.has(r.lower(i - 1)) || r.match(i - 4, ['d', '.', 'd', '.']) === i;
  if (!introduced || continues(r, i + 2) || COUNTED_NOUNS.has(r.lower(i + 3))) return undefined;
  const [day, month] = [r.value(i), r.value(i + 2)];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return withTime(r, { kind: 'day', day, month, first: i, last: i + 2, notes: [] }, false);
}

/** "donderdag 9 mei 2019", "do. 9 mei", "Zondag, 5 mei": a weekday that introduces a date. */
function weekdayDay(r: Reader, i: number): Written | undefined {
  const weekday = r.isWord(i) ? WEEKDAYS.get(r.lower(i)) : undefined;
  if (!weekday) return undefined;
  let next = i + 1;
  if (!weekday.full && r.isPunct(next, '.') && r.attached(next)) next += 1;
  if (r.isPunct(next, ',')) next += 1;
  const date = numericDay(r, next) ?? textualDay(r, next);
  if (!date || date.month === undefined) return undefined;
  return { ...date, first: i, weekday: { weekday: weekday.weekday, full: weekday.full, dateFirst: next } };
}

export function parseDayForm(r: Reader, i: number): Written | undefined {
  return weekdayDay(r, i) ?? numericDay(r, i) ?? textualDay(r, i);
}

// --- time of day ------------------------------------------------------------

interface ClockReading {
  clock: Clock;
  last: number;
  /** Written with a colon or "uur", not only a dot: "16:40", "14 uur". */
  certain: boolean;
}

/** The clock at k runs on into something else, unless what follows is a time zone ("16:40Z", "16:40:00+02:00"). */
function clockContinues(r: Reader, k: number): boolean {
  if (r.at(k + 1)?.text === 'Z' || (r.isPunct(k + 1, '+-') && r.isNum(k + 2, 2) && r.isPunct(k + 3, ':'))) return false;
  // "10.00-11.30": a time range.
  if (r.isPunct(k + 1, '-–') && r.isNum(k + 2, 1, 2) && r.isPunct(k + 3, ':.')) return false;
  return continues(r, k);
}

function readClock(r: Reader, i: number): ClockReading | undefined {
  if (!r.isNum(i, 1, 2) || r.value(i) > 23) return undefined;
  const hour = r.value(i);
  const separator = r.at(i + 1)?.text;
  if ((separator === ':' || separator === '.') && r.attached(i + 1) && r.isNum(i + 2, 2) && r.attached(i + 2) && r.value(i + 2) <= 59) {
    const minute = r.value(i + 2);
    if (r.isPunct(i + 3, ':') && r.attached(i + 3) && r.isNum(i + 4, 2) && r.attached(i + 4) && r.value(i + 4) <= 59) {
      return clockContinues(r, i + 4) ? undefined : { clock: { hour, minute, second: r.value(i + 4) }, last: i + 4, certain: true };
    }
    if (clockContinues(r, i + 2) && !r.isWord(i + 3, 'u') && !r.isWord(i + 3, 'uur')) return undefined;
    return { clock: { hour, minute }, last: i + 2, certain: separator === ':' };
  }
  if (r.isWord(i + 1, 'uur')) return { clock: { hour, minute: 0 }, last: i, certain: true };
  return undefined;
}

/** "uur", "u", "u.", "h" after a time; returns the index of the suffix's last token, or -1. */
function readHourSuffix(r: Reader, i: number): number {
  if (r.isWord(i, 'uur') || r.isWord(i, 'h')) return i;
  if (r.isWord(i, 'u')) return r.isPunct(i + 1, '.') && r.attached(i + 1) ? i + 1 : i;
  return -1;
}

/** "PM", "a.m.": returns 'am' | 'pm' and the last token, for times printed by English-language mail programs. */
function readMeridiem(r: Reader, i: number): { meridiem: 'am' | 'pm'; last: number } | undefined {
  for (const meridiem of ['am', 'pm'] as const) {
    if (r.isWord(i, meridiem)) return { meridiem, last: i };
    const dotted = r.match(i, [meridiem[0] as string, '.', 'm', '.']);
    if (dotted >= 0) return { meridiem, last: dotted - 1 };
  }
  return undefined;
}

/** UTC, GMT, "Z" or "+02:00" after a time: the clock is not Dutch local time. CET/CEST are. */
function readZone(r: Reader, i: number): { last: number; local: boolean } | undefined {
  const word = r.lower(i);
  if (word === 'cet' || word === 'cest') return { last: i, local: true };
  if (word === 'utc' || word === 'gmt' || (r.at(i)?.text === 'Z' && r.attached(i))) return { last: i, local: false };
  if (r.isPunct(i, '+-') && r.attached(i) && r.isNum(i + 1, 2) && r.isPunct(i + 2, ':') && r.isNum(i + 3, 2)) return { last: i + 3, local: false };
  return undefined;
}

/**
 * A time after a date: "16:40", "om 14.40 uur", ", 9.30 u.", "T16:40:12",
 * "van 14.00 tot 16.00 uur", "12:00 PM UTC". A dotted time without "uur"
 * ("9 mei 2019 16.40") counts unless a counted noun follows it.
 */
export function withTime(r: Reader, date: Written, slashDate: boolean): Written {
  let i = date.last + 1;
  if (r.at(i)?.text === 'T' && r.attached(i)) i += 1;
  else if (r.isPunct(i, ',')) i += 1;
  const introduced = r.isWord(i, 'om') || r.isWord(i, 'te') || r.isWord(i, 'van') || r.isWord(i, 'vanaf');
  if (introduced) i += 1;
  const start = readClock(r, i);
  if (!start) return date;
  let last = start.last;
  let certain = start.certain || introduced;
  let timeEnd: Clock | undefined;
  const connector = r.matchSequence(last + 1, [['tot'], ['t', '/', 'm'], ['-'], ['–']]);
  const end = connector >= 0 ? readClock(r, connector) : undefined;
  if (end) {
    timeEnd = end.clock;
    last = end.last;
    certain ||= end.certain;
  }
  const suffix = readHourSuffix(r, last + 1);
  if (suffix >= 0) {
    last = suffix;
    certain = true;
  }
  if (!certain && (COUNTED_NOUNS.has(r.lower(last + 1)) || r.isPunct(last + 1, '%'))) return date;
  const notes: DateNote[] = [...date.notes];
  let clock = start.clock;
  const meridiem = readMeridiem(r, last + 1);
  if (meridiem) {
    if (clock.hour < 1 || clock.hour > 12) return date;
    clock = { ...clock, hour: (clock.hour % 12) + (meridiem.meridiem === 'pm' ? 12 : 0) };
    last = meridiem.last;
    if (slashDate && date.day !== undefined && date.day <= 12) {
      Object.assign(date, { day: date.month, month: date.day });
      notes.push('us-date-order');
    }
  }
  const zone = readZone(r, last + 1);
  if (zone) {
    last = zone.last;
    if (!zone.local) notes.push('other-time-zone');
  }
  return { ...date, time: clock, timeEnd, last, notes };
}
