import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  isoWeekOf,
  isoWeekday,
  isoWeeksInYear,
  prinsjesdag,
  formatCivilDay,
} from '../../../shared/chronology/fuzzy-date/civil';
import {
  FuzzyDate,
  compareFuzzyDates,
  edgeDay,
  formatFuzzyDate,
  precisionOf,
  sortChronologically,
  spanAsText,
  spanOf,
  type SimpleDate,
} from '../../../shared/chronology/fuzzy-date';
import { arbitraryFuzzyDate } from './arbitrary-fuzzy-date';

const day = (year: number, month: number, d: number): SimpleDate => ({ kind: 'day', year, month, day: d });
const month = (year: number, m: number): SimpleDate => ({ kind: 'month', year, month: m });
const text = (date: FuzzyDate) => spanAsText(spanOf(date));

describe('civil calendar arithmetic', () => {
  it('round-trips every day between the years 1000 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1000, 1, 1), max: daysFromCivil(9999, 12, 31) }), (days) => {
        const { year, month: m, day: d } = civilFromDays(days);
        expect(daysFromCivil(year, m, d)).toBe(days);
      }),
    );
  });

  it('knows weekdays, ISO weeks and Prinsjesdag', () => {
    expect(isoWeekday(daysFromCivil(2019, 5, 9))).toBe(4); // donderdag 9 mei 2019
    expect(isoWeekday(daysFromCivil(1970, 1, 1))).toBe(4);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expect(isoWeekOf(daysFromCivil(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(daysFromCivil(2021, 1, 4))).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf(daysFromCivil(2019, 12, 30))).toEqual({ year: 2020, week: 1 });
    expect(formatCivilDay(prinsjesdag(2020))).toBe('2020-09-15');
    expect(formatCivilDay(prinsjesdag(2021))).toBe('2021-09-21');
    expect(formatCivilDay(prinsjesdag(2025))).toBe('2025-09-16');
  });
});

describe('the FuzzyDate schema', () => {
  it('accepts every form and rejects days and weeks the calendar does not have', () => {
    expect(FuzzyDate.safeParse(day(2020, 2, 29)).success).toBe(true);
    expect(FuzzyDate.safeParse(day(2019, 2, 29)).success).toBe(false);
    expect(FuzzyDate.safeParse(day(2020, 2, 31)).success).toBe(false);
    expect(FuzzyDate.safeParse({ kind: 'week', year: 2020, week: 53 }).success).toBe(true);
    expect(FuzzyDate.safeParse({ kind: 'week', year: 2021, week: 53 }).success).toBe(false);
    expect(FuzzyDate.safeParse({ kind: 'range', from: day(2020, 4, 31), to: day(2020, 5, 2) }).success).toBe(false);
    expect(FuzzyDate.safeParse({ kind: 'approximate', date: { kind: 'quarter', year: 2021, quarter: 5 } }).success).toBe(false);
    expect(FuzzyDate.safeParse({ kind: 'day', year: 2020, month: 1, day: 1, extra: true }).success).toBe(false);
  });

  it('accepts every generated date', () => {
    fc.assert(
      fc.property(arbitraryFuzzyDate, (date) => {
        expect(FuzzyDate.safeParse(date).success).toBe(true);
      }),
    );
  });
});

describe('spans', () => {
  it('gives each simple form its defined stretch of time', () => {
    expect(text({ kind: 'datetime', year: 2019, month: 5, day: 9, hour: 16, minute: 40 })).toEqual({ earliest: '2019-05-09T16:40:00', latest: '2019-05-09T16:40:59' });
    expect(text({ kind: 'datetime', year: 2019, month: 5, day: 9, hour: 16, minute: 40, second: 12 })).toEqual({ earliest: '2019-05-09T16:40:12', latest: '2019-05-09T16:40:12' });
    expect(text(day(2019, 12, 5))).toEqual({ earliest: '2019-12-05T00:00:00', latest: '2019-12-05T23:59:59' });
    expect(text({ kind: 'week', year: 2020, week: 12 })).toEqual({ earliest: '2020-03-16T00:00:00', latest: '2020-03-22T23:59:59' });
    expect(text({ kind: 'week', year: 2020, week: 53 })).toEqual({ earliest: '2020-12-28T00:00:00', latest: '2021-01-03T23:59:59' });
    expect(text(month(2020, 2))).toEqual({ earliest: '2020-02-01T00:00:00', latest: '2020-02-29T23:59:59' });
    expect(text({ kind: 'part', part: 'begin', year: 2020, month: 5 })).toEqual({ earliest: '2020-05-01T00:00:00', latest: '2020-05-10T23:59:59' });
    expect(text({ kind: 'part', part: 'mid', year: 2020, month: 5 })).toEqual({ earliest: '2020-05-11T00:00:00', latest: '2020-05-20T23:59:59' });
    expect(text({ kind: 'part', part: 'end', year: 2021, month: 2 })).toEqual({ earliest: '2021-02-21T00:00:00', latest: '2021-02-28T23:59:59' });
    expect(text({ kind: 'part', part: 'begin', year: 2020 })).toEqual({ earliest: '2020-01-01T00:00:00', latest: '2020-04-30T23:59:59' });
    expect(text({ kind: 'part', part: 'mid', year: 2020 })).toEqual({ earliest: '2020-05-01T00:00:00', latest: '2020-08-31T23:59:59' });
    expect(text({ kind: 'part', part: 'end', year: 2020 })).toEqual({ earliest: '2020-09-01T00:00:00', latest: '2020-12-31T23:59:59' });
    expect(text({ kind: 'half', year: 2020, half: 2 })).toEqual({ earliest: '2020-07-01T00:00:00', latest: '2020-12-31T23:59:59' });
    expect(text({ kind: 'quarter', year: 2021, quarter: 3 })).toEqual({ earliest: '2021-07-01T00:00:00', latest: '2021-09-30T23:59:59' });
    expect(text({ kind: 'season', year: 2018, season: 'spring' })).toEqual({ earliest: '2018-03-01T00:00:00', latest: '2018-05-31T23:59:59' });
    expect(text({ kind: 'season', year: 2018, season: 'autumn' })).toEqual({ earliest: '2018-09-01T00:00:00', latest: '2018-11-30T23:59:59' });
    expect(text({ kind: 'season', year: 2020, season: 'winter' })).toEqual({ earliest: '2019-12-01T00:00:00', latest: '2020-02-29T23:59:59' });
    expect(text({ kind: 'year', year: 2020 })).toEqual({ earliest: '2020-01-01T00:00:00', latest: '2020-12-31T23:59:59' });
    expect(text({ kind: 'parliamentaryYear', year: 2020 })).toEqual({ earliest: '2020-09-15T00:00:00', latest: '2021-09-20T23:59:59' });
  });

  it('builds compound spans from their parts, open where the date is open', () => {
    expect(text({ kind: 'range', from: day(2020, 1, 1), to: day(2020, 3, 31) })).toEqual({ earliest: '2020-01-01T00:00:00', latest: '2020-03-31T23:59:59' });
    expect(text({ kind: 'before', date: day(2020, 3, 1), inclusive: false })).toEqual({ earliest: null, latest: '2020-02-29T23:59:59' });
    expect(text({ kind: 'before', date: day(2020, 3, 1), inclusive: true })).toEqual({ earliest: null, latest: '2020-03-01T23:59:59' });
    expect(text({ kind: 'after', date: { kind: 'year', year: 2016 }, inclusive: true })).toEqual({ earliest: '2016-01-01T00:00:00', latest: null });
    expect(text({ kind: 'after', date: { kind: 'year', year: 2016 }, inclusive: false })).toEqual({ earliest: '2017-01-01T00:00:00', latest: null });
    expect(text({ kind: 'approximate', date: day(2019, 12, 5) })).toEqual({ earliest: '2019-12-02T00:00:00', latest: '2019-12-08T23:59:59' });
  });

  it('gives the first and last day of a period, and none on an open side', () => {
    expect(edgeDay({ kind: 'year', year: 2019 }, 'first')).toBe('2019-01-01');
    expect(edgeDay({ kind: 'part', part: 'mid', year: 2020 }, 'last')).toBe('2020-08-31');
    expect(edgeDay(day(2020, 2, 29), 'first')).toBe('2020-02-29');
    expect(edgeDay(day(2020, 2, 29), 'last')).toBe('2020-02-29');
    expect(edgeDay({ kind: 'season', year: 2020, season: 'winter' }, 'first')).toBe('2019-12-01');
    expect(edgeDay({ kind: 'before', date: { kind: 'year', year: 2020 }, inclusive: false }, 'first')).toBeUndefined();
    expect(edgeDay({ kind: 'before', date: { kind: 'year', year: 2020 }, inclusive: false }, 'last')).toBe('2019-12-31');
    expect(edgeDay({ kind: 'datetime', year: 1969, month: 12, day: 31, hour: 23, minute: 59 }, 'first')).toBe('1969-12-31');
  });

  it('never ends before it starts', () => {
    fc.assert(
      fc.property(arbitraryFuzzyDate, (date) => {
        const span = spanOf(date);
        if (span.earliest !== null && span.latest !== null) expect(span.latest).toBeGreaterThanOrEqual(span.earliest);
      }),
    );
  });
});

describe('chronological order', () => {
  const may2020 = month(2020, 5);
  const dated = (label: string, date: FuzzyDate) => ({ label, date });

  it('sorts a month as its span: before the days it holds that start later, after a day that starts with it', () => {
    const items = [
      dated('2 mei', day(2020, 5, 2)),
      dated('mei', may2020),
      dated('1 mei', day(2020, 5, 1)),
      dated('30 april', day(2020, 4, 30)),
      dated('Q2', { kind: 'quarter', year: 2020, quarter: 2 }),
      dated('medio 2020', { kind: 'part', part: 'mid', year: 2020 }),
      dated('2020', { kind: 'year', year: 2020 }),
      dated('begin mei', { kind: 'part', part: 'begin', year: 2020, month: 5 }),
    ];
    expect(sortChronologically(items, (item) => item.date).map((item) => item.label)).toEqual([
      '2020',
      'Q2',
      '30 april',
      '1 mei',
      'begin mei',
      'mei',
      'medio 2020',
      '2 mei',
    ]);
  });

  it('keeps the given order for ties, or the manual rank when one is given', () => {
    const items = [dated('a', may2020), dated('b', day(2020, 4, 1)), dated('c', may2020), dated('d', month(2020, 5))];
    expect(sortChronologically(items, (item) => item.date).map((item) => item.label)).toEqual(['b', 'a', 'c', 'd']);
    const rank: Record<string, number> = { a: 3, b: 0, c: 1, d: 2 };
    expect(sortChronologically(items, (item) => item.date, (item) => rank[item.label] ?? 0).map((item) => item.label)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('sorts "ca. X" as X, and open-ended dates at their bounded edge', () => {
    const fifth = day(2019, 12, 5);
    const items = [
      dated('na 5 dec', { kind: 'after', date: fifth, inclusive: false }),
      dated('6 dec', day(2019, 12, 6)),
      dated('ca. 5 dec', { kind: 'approximate', date: fifth }),
      dated('vóór 5 dec', { kind: 'before', date: fifth, inclusive: false }),
      dated('4 dec', day(2019, 12, 4)),
      dated('uiterlijk 5 dec', { kind: 'before', date: fifth, inclusive: true }),
      dated('vanaf 5 dec', { kind: 'after', date: fifth, inclusive: true }),
      dated('5 dec', fifth),
    ];
    expect(sortChronologically(items, (item) => item.date).map((item) => item.label)).toEqual([
      '4 dec',
      'vóór 5 dec',
      'vanaf 5 dec',
      'ca. 5 dec',
      '5 dec',
      'uiterlijk 5 dec',
      'na 5 dec',
      '6 dec',
    ]);
  });

  it('is a total preorder: antisymmetric and transitive on any dates', () => {
    fc.assert(
      fc.property(arbitraryFuzzyDate, arbitraryFuzzyDate, arbitraryFuzzyDate, (a, b, c) => {
        expect(Math.sign(compareFuzzyDates(a, b))).toBe(-Math.sign(compareFuzzyDates(b, a)) || 0);
        if (compareFuzzyDates(a, b) <= 0 && compareFuzzyDates(b, c) <= 0) expect(compareFuzzyDates(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('gives the same order whatever order the dates come in, apart from ties', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFuzzyDate, { maxLength: 30 }), (dates) => {
        const sorted = sortChronologically(dates, (date) => date);
        const reversed = sortChronologically([...dates].reverse(), (date) => date);
        expect(sorted.map((date) => compareFuzzyDates(date, sorted[0] ?? date))).toEqual(reversed.map((date) => compareFuzzyDates(date, sorted[0] ?? date)));
        for (let i = 1; i < sorted.length; i += 1) expect(compareFuzzyDates(sorted[i - 1] as FuzzyDate, sorted[i] as FuzzyDate)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('display', () => {
  const cases: Array<[FuzzyDate, string, string]> = [
    [{ kind: 'part', part: 'mid', year: 2020 }, 'medio 2020', 'mid 2020'],
    [{ kind: 'part', part: 'begin', year: 2020, month: 5 }, 'begin mei 2020', 'early May 2020'],
    [{ kind: 'part', part: 'end', year: 2024 }, 'eind 2024', 'late 2024'],
    [{ kind: 'quarter', year: 2021, quarter: 3 }, 'Q3 2021', 'Q3 2021'],
    [{ kind: 'season', year: 2018, season: 'spring' }, 'voorjaar 2018', 'spring 2018'],
    [{ kind: 'season', year: 2018, season: 'winter' }, 'winter 2017–2018', 'winter 2017–2018'],
    [{ kind: 'approximate', date: day(2019, 12, 5) }, 'ca. 5 december 2019', 'c. 5 December 2019'],
    [{ kind: 'datetime', year: 2019, month: 5, day: 9, hour: 16, minute: 40 }, '9 mei 2019 16:40', '9 May 2019 16:40'],
    [{ kind: 'week', year: 2020, week: 12 }, 'week 12 van 2020', 'week 12 of 2020'],
    [{ kind: 'half', year: 2021, half: 2 }, 'tweede helft van 2021', 'second half of 2021'],
    [{ kind: 'parliamentaryYear', year: 2020 }, 'vergaderjaar 2020–2021', 'parliamentary year 2020–2021'],
    [{ kind: 'range', from: day(2020, 3, 2), to: day(2020, 3, 6) }, '2 t/m 6 maart 2020', '2–6 March 2020'],
    [{ kind: 'range', from: day(2020, 1, 1), to: day(2020, 3, 31) }, '1 januari t/m 31 maart 2020', '1 January – 31 March 2020'],
    [{ kind: 'range', from: day(2019, 12, 16), to: day(2020, 1, 3) }, '16 december 2019 t/m 3 januari 2020', '16 December 2019 – 3 January 2020'],
    [{ kind: 'range', from: month(2020, 3), to: month(2020, 5) }, 'maart t/m mei 2020', 'March – May 2020'],
    [{ kind: 'before', date: day(2020, 3, 1), inclusive: false }, 'vóór 1 maart 2020', 'before 1 March 2020'],
    [{ kind: 'before', date: day(2020, 3, 1), inclusive: true }, 'uiterlijk 1 maart 2020', 'no later than 1 March 2020'],
    [{ kind: 'after', date: { kind: 'year', year: 2016 }, inclusive: true }, 'vanaf 2016', 'from 2016'],
    [{ kind: 'after', date: month(2020, 6), inclusive: false }, 'na juni 2020', 'after June 2020'],
  ];

  it.each(cases)('shows %j as "%s" and "%s"', (date, nl, en) => {
    expect(formatFuzzyDate(date, 'nl')).toBe(nl);
    expect(formatFuzzyDate(date, 'en')).toBe(en);
  });

  it('names the precision', () => {
    expect(precisionOf({ kind: 'range', from: day(2020, 3, 2), to: month(2020, 5) })).toBe('month');
    expect(precisionOf({ kind: 'approximate', date: { kind: 'part', part: 'mid', year: 2020 } })).toBe('part-of-year');
    expect(precisionOf({ kind: 'datetime', year: 2019, month: 5, day: 9, hour: 16, minute: 40 })).toBe('minute');
  });
});
