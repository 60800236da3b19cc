import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../../shared/chronology/events/filter';
import type { FuzzyDate, SimpleDate } from '../../../shared/chronology/fuzzy-date';
import type { ChronologyEvent } from '../../../shared/model/chronology';
import { eventMonth, eventsOverTime } from '../../../shared/overview/events';
import { monthDays } from '../../../shared/overview/months';
import { event } from './helpers';

const day = (year: number, month: number, d: number): SimpleDate => ({ kind: 'day', year, month, day: d });

describe('events over time', () => {
  it('is empty without events', () => {
    expect(eventsOverTime([])).toEqual({ months: [], total: 0 });
  });

  it.each<[string, FuzzyDate, string, boolean]>([
    ['a day', day(2020, 3, 5), '2020-03', false],
    ['a time', { kind: 'datetime', year: 2020, month: 3, day: 31, hour: 23, minute: 59 }, '2020-03', false],
    ['a month', { kind: 'month', year: 2020, month: 3 }, '2020-03', false],
    ['medio a month', { kind: 'part', part: 'mid', year: 2020, month: 3 }, '2020-03', false],
    ['a year: in its first month, uncertain', { kind: 'year', year: 2020 }, '2020-01', true],
    ['a quarter', { kind: 'quarter', year: 2020, quarter: 2 }, '2020-04', true],
    ['winter 2018 starts in December 2017', { kind: 'season', year: 2018, season: 'winter' }, '2017-12', true],
    ['a week across two months', { kind: 'week', year: 2020, week: 1 }, '2019-12', true],
    ['a range', { kind: 'range', from: day(2020, 1, 10), to: day(2020, 2, 3) }, '2020-01', true],
    ['a range within one month', { kind: 'range', from: day(2020, 1, 10), to: day(2020, 1, 13) }, '2020-01', false],
    ['"ca. december": the month named, uncertain', { kind: 'approximate', date: { kind: 'month', year: 2019, month: 12 } }, '2019-12', true],
    ['"vóór 1 maart": the day before, uncertain', { kind: 'before', date: day(2020, 3, 1), inclusive: false }, '2020-02', true],
    ['"vanaf 1 maart": its start, uncertain', { kind: 'after', date: day(2020, 3, 1), inclusive: true }, '2020-03', true],
  ])('places %s', (_label, date, month, uncertain) => {
    expect(eventMonth(event(date))).toEqual({ month, uncertain });
  });

  it('counts every event once, months between filled, uncertain ones said', () => {
    const result = eventsOverTime([event(day(2019, 12, 1)), event({ kind: 'year', year: 2020 }), event(day(2020, 1, 15)), event(day(2020, 3, 2))]);
    expect(result.total).toBe(4);
    expect(result.months).toEqual([
      { month: '2019-12', count: 1, uncertain: 0 },
      { month: '2020-01', count: 2, uncertain: 1 },
      { month: '2020-02', count: 0, uncertain: 0 },
      { month: '2020-03', count: 1, uncertain: 0 },
    ]);
    expect(result.months.reduce((sum, month) => sum + month.count, 0)).toBe(result.total);
  });

  it('puts every event in a month whose chronology filter shows it', () => {
    const dates: FuzzyDate[] = [
      { kind: 'year', year: 2020 },
      { kind: 'approximate', date: { kind: 'month', year: 2019, month: 12 } },
      { kind: 'before', date: day(2020, 3, 1), inclusive: false },
      { kind: 'after', date: day(2020, 3, 1), inclusive: false },
      { kind: 'week', year: 2020, week: 1 },
      { kind: 'parliamentaryYear', year: 2020 },
    ];
    for (const date of dates) {
      const chronologyEvent = { id: 'event-0001', date, actorIds: [], codeIds: [], type: 'other', status: 'draft' } as unknown as ChronologyEvent;
      const { month } = eventMonth(chronologyEvent);
      expect(filterEvents([chronologyEvent], [], monthDays(month)), JSON.stringify(date)).toHaveLength(1);
    }
  });
});
