/**
 * Dates as Woo inventories and printed e-mails write them. Results are
 * `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:MM:SSZ` for a moment in UTC, and
 * `YYYY-MM-DDTHH:MM` for a local time without a stated zone (as printed
 * e-mails give it). Anything that is not a real calendar date is undefined.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function formatDay(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

function withTime(day: string | undefined, hour: number, minute: number, second: number, utc: boolean): string | undefined {
  if (!day || hour > 23 || minute > 59 || second > 59) return undefined;
  return utc ? `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}Z` : `${day}T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}`;
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return 99;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

/** A Date from a spreadsheet cell: midnight UTC is a day, anything else a moment. */
export function formatDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const day = formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) return day;
  return withTime(day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), true);
}

/** Excel's serial day numbers (1900 date system, with its phantom 29 February 1900 before day 61). */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 109575) return undefined;
  const ms = Math.round((serial - 25569) * 86400) * 1000;
  return formatDate(new Date(ms));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*(UTC|Z)?)?$/i;
const WRITTEN =
  /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:,?\s+(?:om\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*(UTC)?)?$/i;
const WRITTEN_US = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\s*(UTC)?)?$/i;

function fromIso(m: RegExpExecArray): string | undefined {
  const day = formatDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m[4] === undefined) return day;
  const zone = m[7]?.toUpperCase();
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const parsed = new Date(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
    return day ? formatDate(parsed) : undefined;
  }
  return withTime(day, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), zone !== undefined);
}

function fromNumeric(m: RegExpExecArray): string | undefined {
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const meridiem = m[8];
  // `6/2/2025 12:00 PM UTC` is an American export (month first); otherwise day first, as the Dutch write,
  // unless only the other reading is a date.
  const monthFirst = (m[2] === '/' && meridiem !== undefined && a <= 12) || (b > 12 && a <= 12);
  const day = monthFirst ? formatDay(year, a, b) : formatDay(year, b, a);
  if (m[5] === undefined) return day;
  return withTime(day, to24h(Number(m[5]), meridiem), Number(m[6]), Number(m[7] ?? 0), m[9] !== undefined);
}

function fromWritten(dayText: string, monthText: string, yearText: string, rest: RegExpExecArray, at: number): string | undefined {
  const month = MONTHS[monthText.toLowerCase()];
  if (!month) return undefined;
  const day = formatDay(Number(yearText), month, Number(dayText));
  if (rest[at] === undefined) return day;
  return withTime(day, to24h(Number(rest[at]), rest[at + 3]), Number(rest[at + 1]), Number(rest[at + 2] ?? 0), rest[at + 4] !== undefined);
}

/**
 * Reads a date as written in an inventory cell or an e-mail header:
 * `2023-11-04`, `2020-03-25T00:00:00Z`, `30-03-2016`, `30.03.2016`,
 * `6/2/2025 12:00 PM UTC`, `5 december 2019`, `donderdag 9 mei 2019 16:40`,
 * `Thursday, May 9, 2019 4:40 PM`, or an Excel serial number (`43891`).
 */
export function parseDateText(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 60) return undefined;
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return excelSerialDate(Number(text));
  let m = ISO.exec(text);
  if (m) return fromIso(m);
  m = NUMERIC.exec(text);
  if (m) return fromNumeric(m);
  m = WRITTEN.exec(text);
  if (m) return fromWritten(m[1]!, m[2]!, m[3]!, m, 4);
  m = WRITTEN_US.exec(text);
  if (m) return fromWritten(m[2]!, m[1]!, m[3]!, m, 4);
  return undefined;
}
