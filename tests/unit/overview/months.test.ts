import { describe, expect, it } from 'vitest';
import { fillMonths, monthDays, monthOfDate, monthsFromTo } from '../../../shared/overview/months';

describe('months', () => {
  it('runs from one month to another across years', () => {
    expect(monthsFromTo('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(monthsFromTo('2020-05', '2020-05')).toEqual(['2020-05']);
    expect(monthsFromTo('2020-05', '2020-04')).toEqual([]);
  });

  it('fills the months between counted ones with empty entries, in order', () => {
    const filled = fillMonths(new Map([['2021-01', 3], ['2020-11', 1]]), () => 0);
    expect(filled).toEqual([['2020-11', 1], ['2020-12', 0], ['2021-01', 3]]);
    expect(fillMonths(new Map(), () => 0)).toEqual([]);
  });

  it('gives the first and last day of a month, leap years included', () => {
    expect(monthDays('2020-02')).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(monthDays('2021-02')).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(monthDays('2019-12')).toEqual({ from: '2019-12-01', to: '2019-12-31' });
  });

  it.each([
    ['2020-03-15', '2020-03'],
    ['2020-03-31T23:30', '2020-03'],
    // Printed e-mails: local time as written.
    ['2019-04-01T00:10', '2019-04'],
    // E-mail headers in UTC are read in Dutch time: 31 March 22:30 UTC is 1 April 00:30 in Amsterdam (summer time).
    ['2020-03-31T22:30:00.000Z', '2020-04'],
    ['2020-03-31T21:30:00Z', '2020-03'],
    // Winter time: 31 December 23:30 UTC is already 1 January in Amsterdam.
    ['2019-12-31T23:30:00Z', '2020-01'],
    ['2020-01-31T23:30:00+01:00', '2020-01'],
    ['2020-06', '2020-06'],
  ])('puts %s in %s', (date, month) => {
    expect(monthOfDate(date)).toBe(month);
  });

  it.each(['', 'maart 2020', '2020-13-01', '2020', '20-03-2020', '2020-03-01Tnonsense+01:00'])('finds no month in %j', (date) => {
    expect(monthOfDate(date)).toBeUndefined();
  });
});
