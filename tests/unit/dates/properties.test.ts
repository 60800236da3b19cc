import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../shared/chronology/fuzzy-date/civil';
import { FuzzyDate, precisionOf } from '../../../shared/chronology/fuzzy-date';
import { extractDates, parseDateExpression, type DateMention } from '../../../shared/text/dates';
import { extractDatesWithoutWindows } from '../../../shared/text/dates/extract';

/** Pieces of Dutch date writing, numbers and traps, to build texts dense with almost-dates. */
const FRAGMENTS = [
  '5', '05', '12', '29', '31', '2019', '2020', '2021', '1906', '-', '–', '/', '.', ',', ':', 't/m', 'tot', 'tot en met', 'en', 'van', 'tussen',
  'mei', 'Mei', 'december', 'dec.', 'februari', 'Jan', 'jl.', 'a.s.', 'dezer', 'Q3', 'Q5', 'week', 'medio', 'begin', 'eind', 'half', 'voorjaar',
  'winter', 'vergaderjaar', 'Kamerstukken II', '2020–2021', '2020/21', 'om', '14.40', '16:40', '16:40:12', 'uur', 'u.', 'PM', 'UTC', 'Z', 'T',
  'donderdag', 'zo', 'ma', 'ca.', 'circa', 'rond', 'vóór', 'uiterlijk', 'sinds', 'vanaf', 'na', 'gisteren', 'morgen', 'vandaag', 'de', 'het',
  'in', 'kwartaal', 'derde', 'helft', 'eerste', 'halfjaar', 'jaar', 'vorig', 'dit', 'deze', 'maand', 'geleden', 'vijf', '€', 'artikel', 'nr.',
  'gevallen', '\n', '(', ')', 'é', '’', "'", 'd.d.', 'per', 'verdaagd', 'H1', '2021-Q2', '12e', 'afgelopen', 'zomer', 'op',
];
const MONTH_WORDS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'mrt.', 'okt'];
/** Whole date phrases, so that generated texts hold many real dates among the almost-dates. */
const phrase = fc
  .record({
    day: fc.integer({ min: 0, max: 32 }),
    month: fc.integer({ min: 0, max: 13 }),
    monthWord: fc.constantFrom(...MONTH_WORDS),
    year: fc.integer({ min: 1990, max: 2030 }),
    form: fc.integer({ min: 0, max: 11 }),
  })
  .map(({ day, month, monthWord, year, form }) =>
    [
      `${day} ${monthWord} ${year}`,
      `${day} ${monthWord}`,
      `${monthWord} ${year}`,
      `${day}-${month}-${year}`,
      `medio ${year}`,
      `Q${month % 5} ${year}`,
      `week ${day + month}`,
      `voorjaar van ${year}`,
      `${day} t/m ${day + 3} ${monthWord}`,
      `in ${year}`,
      `donderdag ${day} ${monthWord} ${year} 16:40`,
      `vergaderjaar ${year}–${year + 1}`,
    ][form] as string,
  );
const datey = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 3, arbitrary: phrase }, fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .chain((parts) => fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n', ', '), { minLength: parts.length, maxLength: parts.length }).map((glue) => parts.map((part, i) => `${glue[i]}${part}`).join('')));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), datey);
const referenceDate = fc.option(fc.constantFrom('2019-05-09', '2020-01-10', '2020-06-15', '2021-12-31', '2024-02-29'), { nil: undefined });

function wellFormed(text: string, mentions: DateMention[]): void {
  let previousEnd = 0;
  for (const mention of mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    if (mention.value !== null) {
      expect(FuzzyDate.safeParse(mention.value).success).toBe(true);
      expect(precisionOf(mention.value)).toBe(mention.precision);
      expect(mention.source).not.toBe('unresolved');
    } else expect(mention.source).toBe('unresolved');
    previousEnd = mention.end;
  }
}

describe('the date extractor on any input', () => {
  it('never throws, and every span lies within the text, in order, without overlap', () => {
    fc.assert(
      fc.property(anyText, referenceDate, (text, ref) => {
        wellFormed(text, extractDates(text, ref === undefined ? {} : { referenceDate: ref }));
      }),
      { numRuns: Number(process.env.SPOOR_PROPERTY_RUNS ?? 400) },
    );
  });

  it("re-reads each date's own text as the same value (dates that borrowed from their list excepted)", () => {
    fc.assert(
      fc.property(datey, referenceDate, (text, ref) => {
        const options = ref === undefined ? {} : { referenceDate: ref };
        for (const mention of extractDates(text, options)) {
          if (mention.source === 'written') expect(parseDateExpression(mention.text), mention.text).toEqual(mention.value);
          if (mention.source === 'reference') expect(parseDateExpression(mention.text, options), mention.text).toEqual(mention.value);
        }
      }),
      { numRuns: Number(process.env.SPOOR_PROPERTY_RUNS ?? 400) },
    );
  });

  it('finds the same dates reading only around likely dates as reading every token', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(datey, fc.string({ maxLength: 150 })), { maxLength: 6 }), referenceDate, (pieces, ref) => {
        const text = pieces.join(' lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore '.repeat(2));
        const options = ref === undefined ? {} : { referenceDate: ref };
        expect(extractDates(text, options)).toEqual(extractDatesWithoutWindows(text, options));
      }),
      { numRuns: Number(process.env.SPOOR_PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('the date extractor on generated dates', () => {
  const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const ABBREVIATIONS = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
  const aDay = fc
    .record({ year: fc.integer({ min: 1900, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => ({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const writings = (d: { year: number; month: number; day: number }) => [
    `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`,
    `${d.day} ${ABBREVIATIONS[d.month - 1]} ${d.year}`,
    `${pad(d.day)}-${pad(d.month)}-${d.year}`,
    `${d.day}-${d.month}-${d.year}`,
    `${d.day}/${d.month}/${d.year}`,
    `${pad(d.day)}.${pad(d.month)}.${d.year}`,
    `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  ];

  it('finds a day written in any usual form inside a sentence', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 0, max: 6 }), fc.constantFrom('Op ', 'Bij brief van ', 'd.d. ', '(', 'Datum: '), (d, form, before) => {
        const written = writings(d)[form] as string;
        const text = `${before}${written} heeft de minister besloten.`;
        const found = extractDates(text);
        expect(found.map((m) => [m.text, m.value])).toEqual([[written, { kind: 'day', ...d }]]);
      }),
    );
  });

  it('finds every date of a list sharing one year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 6 }), (year, offsets) => {
        const days = [...offsets].sort((a, b) => a - b).map((offset) => {
          const date = new Date(Date.UTC(2001, 0, 1 + offset));
          return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        });
        const items = days.map((d, i) => `${d.day} ${MONTH_NAMES[d.month - 1]}${i === days.length - 1 ? ` ${year}` : ''}`);
        const list = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
        const found = extractDates(`Bij e-mails van ${list} bent u geïnformeerd.`);
        expect(found.map((m) => m.value)).toEqual(days.map((d) => ({ kind: 'day', year, month: d.month, day: d.day })));
      }),
    );
  });
});
