import { civilFromDays, daysInMonth, SECONDS_PER_DAY } from '../chronology/fuzzy-date/civil';
import type { MonthKey } from '../model/overview';

export function monthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function parts(month: MonthKey): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** The month of an instant in civil seconds (see fuzzy-date/civil.ts). */
export function monthOfInstant(instant: number): MonthKey {
  const { year, month } = civilFromDays(Math.floor(instant / SECONDS_PER_DAY));
  return monthKey(year, month);
}

/** Every month from `first` to `last`, both included, across years; empty when `last` comes before `first`. */
export function monthsFromTo(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  let [year, month] = parts(first);
  while (monthKey(year, month) <= last) {
    months.push(monthKey(year, month));
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The first and last day of a month, `YYYY-MM-DD`: the period a month's bar stands for. */
export function monthDays(month: MonthKey): { from: string; to: string } {
  const [year, number] = parts(month);
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, number)).padStart(2, '0')}` };
}

/**
 * Counts per month over every month from the first to the last key given
 * (months in between with nothing get a zero, so gaps in time stay visible).
 */
export function fillMonths<T>(counted: ReadonlyMap<MonthKey, T>, empty: () => T): Array<[MonthKey, T]> {
  const keys = [...counted.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return [];
  return monthsFromTo(first, last).map((month) => [month, counted.get(month) ?? empty()]);
}

const AMSTERDAM_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });

/**
 * The month of a document date as Spoor stores them: `YYYY-MM-DD`, a local
 * time as printed (`YYYY-MM-DDTHH:mm`), or a moment with a zone
 * (`…Z`, `…+02:00`, as e-mail headers give it), which is read in Dutch time:
 * a mail sent at 00:30 on 1 April in Amsterdam belongs to April, even though
 * it was still March in UTC. Undefined for anything that is not a date.
 */
export function monthOfDate(date: string): MonthKey | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(T.*)?$/.exec(date.trim());
  if (!match) return undefined;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return undefined;
  const time = match[4];
  if (time && /(Z|[+-]\d{2}:?\d{2})$/.test(time)) {
    const instant = new Date(date.trim());
    if (Number.isNaN(instant.getTime())) return undefined;
    const zoned = Object.fromEntries(AMSTERDAM_MONTH.formatToParts(instant).map((part) => [part.type, part.value]));
    return monthKey(Number(zoned['year']), Number(zoned['month']));
  }
  return monthKey(year, month);
}
