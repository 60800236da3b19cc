import fc from 'fast-check';
import { daysInMonth, isoWeeksInYear } from '../../../shared/chronology/fuzzy-date/civil';
import { simpleSpan, type FuzzyDate, type SimpleDate } from '../../../shared/chronology/fuzzy-date';

/** Any valid simple date between 1900 and 2100, for property tests. */
export const arbitrarySimpleDate: fc.Arbitrary<SimpleDate> = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
    .map((d) => ({ kind: 'datetime' as const, ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) })),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => ({ kind: 'day' as const, ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) })),
  fc.record({ year: fc.integer({ min: 1900, max: 2100 }), week: fc.integer({ min: 1, max: 53 }) }).map((d) => ({ kind: 'week' as const, year: d.year, week: Math.min(d.week, isoWeeksInYear(d.year)) })),
  fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('part' as const), part: fc.constantFrom('begin' as const, 'mid' as const, 'end' as const), year: fc.integer({ min: 1900, max: 2100 }), month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }) }).map((d) => (d.month === undefined ? { kind: d.kind, part: d.part, year: d.year } : d)),
  fc.record({ kind: fc.constant('half' as const), year: fc.integer({ min: 1900, max: 2100 }), half: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant('quarter' as const), year: fc.integer({ min: 1900, max: 2100 }), quarter: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('season' as const), year: fc.integer({ min: 1900, max: 2100 }), season: fc.constantFrom('spring' as const, 'summer' as const, 'autumn' as const, 'winter' as const) }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1900, max: 2100 }) }),
  fc.record({ kind: fc.constant('parliamentaryYear' as const), year: fc.integer({ min: 1900, max: 2100 }) }),
);

/** Any valid fuzzy date, compound ones included (a range's end never before its start). */
export const arbitraryFuzzyDate: fc.Arbitrary<FuzzyDate> = fc.oneof(
  { weight: 4, arbitrary: arbitrarySimpleDate },
  fc.tuple(arbitrarySimpleDate, arbitrarySimpleDate).map(([a, b]) => {
    const [from, to] = simpleSpan(a).earliest <= simpleSpan(b).earliest ? [a, b] : [b, a];
    return { kind: 'range' as const, from, to };
  }),
  fc.record({ kind: fc.constantFrom('before' as const, 'after' as const), date: arbitrarySimpleDate, inclusive: fc.boolean() }),
  fc.record({ kind: fc.constant('approximate' as const), date: arbitrarySimpleDate }),
);
