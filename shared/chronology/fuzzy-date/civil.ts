/**
 * Calendar arithmetic on civil (wall-clock) dates, without time zones.
 *
 * Dates in documents are Dutch local dates and times as written; Spoor keeps
 * them that way rather than pretending to know the offset. An instant is a
 * count of seconds since 1970-01-01T00:00:00 on the proleptic Gregorian
 * calendar, with every day 86,400 seconds long. Pure integer arithmetic
 * (H. Hinnant's days-from-civil algorithm), so the same in every runtime.
 */

export const SECONDS_PER_DAY = 86_400;

/** Days since 1970-01-01 for a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The civil date of a day count (inverse of daysFromCivil). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday of a day count: 1 = Monday … 7 = Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day count of the Monday that starts ISO week 1 of `year` (the week holding 4 January). */
export function isoWeekOneMonday(year: number): number {
  const fourth = daysFromCivil(year, 1, 4);
  return fourth - (isoWeekday(fourth) - 1);
}

/** 52 or 53: an ISO year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const janFirst = isoWeekday(daysFromCivil(year, 1, 1));
  return janFirst === 4 || (janFirst === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The ISO week-numbering year and week of a day count. */
export function isoWeekOf(days: number): { year: number; week: number } {
  let year = civilFromDays(days).year + 1;
  while (days < isoWeekOneMonday(year)) year -= 1;
  return { year, week: Math.floor((days - isoWeekOneMonday(year)) / 7) + 1 };
}

/**
 * Prinsjesdag, the opening of the Dutch parliamentary year: the third Tuesday
 * of September (Grondwet, article 65).
 */
export function prinsjesdag(year: number): number {
  const first = daysFromCivil(year, 9, 1);
  const toTuesday = (2 - isoWeekday(first) + 7) % 7;
  return first + toTuesday + 14;
}

/** `YYYY-MM-DD` of a day count. */
export function formatCivilDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` of an instant (seconds since 1970-01-01T00:00:00 civil time). */
export function formatInstant(instant: number): string {
  const days = Math.floor(instant / SECONDS_PER_DAY);
  const seconds = instant - days * SECONDS_PER_DAY;
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}`;
  return `${formatCivilDay(days)}T${time}`;
}

/** Parses `YYYY-MM-DD` into a valid civil date, or undefined. */
export function parseCivilDay(text: string): CivilDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
