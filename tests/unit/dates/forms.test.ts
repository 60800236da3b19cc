import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../../shared/chronology/fuzzy-date';
import { SpoorError } from '../../../shared/errors';
import { extractDates, parseDateExpression } from '../../../shared/text/dates';

const read = (text: string, referenceDate?: string) => extractDates(text, referenceDate === undefined ? {} : { referenceDate });
const values = (text: string, referenceDate?: string) => read(text, referenceDate).map((m) => m.value);
const day = (year: number, month: number, d: number): FuzzyDate => ({ kind: 'day', year, month, day: d });

describe('a found date', () => {
  it('carries its span, precision, value and where its parts came from', () => {
    const [mention] = read('Op 5 december 2019 stuurde de directeur een e-mail.');
    expect(mention).toEqual({ start: 3, end: 18, text: '5 december 2019', precision: 'day', value: day(2019, 12, 5), source: 'written', notes: [] });
  });

  it('names the source: written in full, taken from the list, or from the reference date', () => {
    const found = read('Op 12 augustus en 21 november 2025, en op 3 juni.', '2025-12-09');
    expect(found.map((m) => [m.text, m.source])).toEqual([
      ['12 augustus', 'list'],
      ['21 november 2025', 'written'],
      ['3 juni', 'reference'],
    ]);
  });
});

describe('years left out', () => {
  it('are unknown without a reference date, and the date is still reported', () => {
    expect(read('Bij brief d.d. 3 juni is het verzoek aangevuld.')).toEqual([
      { start: 15, end: 21, text: '3 juni', precision: 'day', value: null, source: 'unresolved', notes: [] },
    ]);
    expect(read('begin mei')[0]).toMatchObject({ precision: 'part-of-month', value: null });
    expect(read('Op 29 februari vond het overleg plaats.')).toHaveLength(1);
  });

  it('never reports a day no year has, nor "gisteren" without a reference date', () => {
    expect(read('Op 31 februari en op 30 februari en 31 april.')).toEqual([]);
    expect(read('Gisteren en vorige week en vorig jaar.')).toEqual([]);
  });

  it('take the year that puts the date closest to the reference date', () => {
    expect(values('De brief is gedateerd 5 december.', '2020-01-10')).toEqual([day(2019, 12, 5)]);
    expect(values('Graag uw reactie vóór 15 januari.', '2019-12-20')).toEqual([{ kind: 'before', date: day(2020, 1, 15), inclusive: false }]);
    expect(values('Het overleg is op 3 juni.', '2020-06-15')).toEqual([day(2020, 6, 3)]);
    expect(values('Op 29 februari is vergaderd.', '2021-03-10')).toEqual([day(2020, 2, 29)]);
  });

  it('follow jl. (last), a.s. (next) and dezer (this month)', () => {
    expect(values('uw brief van 3 juni jl.', '2020-06-15')).toEqual([day(2020, 6, 3)]);
    expect(values('uw brief van 20 juni jl.', '2020-06-15')).toEqual([day(2019, 6, 20)]);
    expect(values('op 3 juni a.s.', '2020-06-15')).toEqual([day(2021, 6, 3)]);
    expect(values('in juni jl.', '2020-06-15')).toEqual([{ kind: 'month', year: 2019, month: 6 }]);
    expect(values('uw schrijven van de 12e jl.', '2020-01-20')).toEqual([day(2019, 12, 12)]);
    expect(values('uw schrijven van 5 dezer', '2020-01-20')).toEqual([day(2020, 1, 5)]);
    expect(values('uw brief van 12 mei j.l.', '2020-06-15')).toEqual([day(2020, 5, 12)]);
  });

  it('fit a written weekday where one year fits it', () => {
    expect(values('donderdag 9 mei', '2020-06-15')).toEqual([day(2019, 5, 9)]);
  });

  it('are shared backwards along a list, a year earlier where the list would run backwards', () => {
    expect(values('op 5 december en 14 januari 2020')).toEqual([day(2019, 12, 5), day(2020, 1, 14)]);
    expect(values('van 15 december t/m 10 januari 2020')).toEqual([{ kind: 'range', from: day(2019, 12, 15), to: day(2020, 1, 10) }]);
    expect(values('op 5 juni 2019 en 7 juli')).toEqual([day(2019, 6, 5), day(2019, 7, 7)]);
  });

  it('follow relative words from the reference date', () => {
    const ref = '2019-05-09';
    expect(values('gisteren', ref)).toEqual([day(2019, 5, 8)]);
    expect(values('eergisteren en overmorgen', ref)).toEqual([day(2019, 5, 7), day(2019, 5, 11)]);
    expect(values('vorige week', ref)).toEqual([{ kind: 'week', year: 2019, week: 18 }]);
    expect(values('volgende maand', ref)).toEqual([{ kind: 'month', year: 2019, month: 6 }]);
    expect(values('dit jaar en volgend jaar', ref)).toEqual([{ kind: 'year', year: 2019 }, { kind: 'year', year: 2020 }]);
    expect(values('drie weken geleden', ref)).toEqual([{ kind: 'week', year: 2019, week: 16 }]);
    expect(values('in maart van dit jaar', ref)).toEqual([{ kind: 'month', year: 2019, month: 3 }]);
    expect(values('de morgen van het debat, vandaag de dag', ref)).toEqual([]);
  });
});

describe('weekdays and times', () => {
  it('keeps a full weekday that does not fit, and says so', () => {
    expect(read('vrijdag 9 mei 2019')[0]).toMatchObject({ text: 'vrijdag 9 mei 2019', value: day(2019, 5, 9), notes: ['weekday-mismatch'] });
  });

  it('takes a two-letter weekday only when it fits the date', () => {
    expect(read('zo 5 mei 2019')[0]?.text).toBe('zo 5 mei 2019');
    expect(read('ma 5 mei 2019')[0]?.text).toBe('5 mei 2019');
    expect(read('Graag zo spoedig mogelijk, zo nodig morgen.')).toEqual([]);
  });

  it('reads times in the forms e-mails print them', () => {
    const at = (hour: number, minute: number, second?: number): FuzzyDate => ({ kind: 'datetime', year: 2019, month: 12, day: 5, hour, minute, ...(second === undefined ? {} : { second }) });
    expect(values('5 december 2019 16:40')).toEqual([at(16, 40)]);
    expect(values('5 december 2019 om 14.40 uur')).toEqual([at(14, 40)]);
    expect(values('5 december 2019, 9.30 u.')).toEqual([at(9, 30)]);
    expect(values('5 december 2019 om 14 uur')).toEqual([at(14, 0)]);
    expect(values('2019-12-05T16:40:12')).toEqual([at(16, 40, 12)]);
    expect(values('5-12-2019 16:40:12 CEST')).toEqual([at(16, 40, 12)]);
    expect(values('14.40 uur')).toEqual([]);
    expect(values('op 5 december 2019 12.50 euro')).toEqual([day(2019, 12, 5)]);
  });

  it('flags a time in another zone and a US-ordered date', () => {
    expect(read('2019-12-05T16:40:00Z')[0]).toMatchObject({ value: { kind: 'datetime', hour: 16, minute: 40, second: 0 }, notes: ['other-time-zone'] });
    expect(read('6/2/2025 12:00 PM')[0]).toMatchObject({ value: { kind: 'datetime', year: 2025, month: 6, day: 2, hour: 12 }, notes: ['us-date-order'] });
    expect(read('6/2/2025 1:00 AM')[0]).toMatchObject({ value: { month: 6, day: 2, hour: 1 } });
    expect(read('13/2/2025 1:00 PM')[0]).toMatchObject({ value: { month: 2, day: 13, hour: 13 }, notes: [] });
  });
});

describe('month names', () => {
  it('reads "mei" as a month beside a day or year or after a temporal word, "Mei" alone as a name', () => {
    expect(values('In Mei 2020 en op 5 Mei 2020')).toEqual([
      { kind: 'month', year: 2020, month: 5 },
      day(2020, 5, 5),
    ]);
    expect(values('in mei', '2020-08-01')).toEqual([{ kind: 'month', year: 2020, month: 5 }]);
    expect(values('Mei Li en Li Mei bespraken de mei-circulaire.', '2020-08-01')).toEqual([]);
  });

  it('takes abbreviations with a full stop, in lower case or before a year, not "5 Jan de Vries"', () => {
    expect(values('5 dec. 2019, 5 dec 2019, 5 Dec 2019')).toEqual([day(2019, 12, 5), day(2019, 12, 5), day(2019, 12, 5)]);
    expect(values('Team 5 Jan de Vries', '2020-08-01')).toEqual([]);
    expect(values('dec 2019, mrt. 2020')).toEqual([
      { kind: 'month', year: 2019, month: 12 },
      { kind: 'month', year: 2020, month: 3 },
    ]);
  });
});

describe('traps', () => {
  it.each([
    'zaaknummer 2021-1906',
    'kenmerk 12-03-02',
    'artikel 5.1.2 en artikel 10.2.e',
    'Kamerstukken 35510, 4, p. 24 en Kamerstuk 32 545, nr. 143',
    '€ 2.019,50 en 2019 euro en 2016 gevallen',
    'tel. 070-3456789 of 06-12345678',
    'ECLI:NL:RVS:2021:1906',
    'IENW/BSK-2025/293508 en 2022Z12447',
    'per week 12 meldingen',
    'Het rapport (2021) bevat 12 aanbevelingen.',
    'week 54 en Q5 2021',
    'de tweede helft van de vergadering',
  ])('finds no date in %s', (text) => {
    expect(read(text, '2021-06-01')).toEqual([]);
  });
});

describe('parseDateExpression', () => {
  it('reads one date as an analyst types it', () => {
    expect(parseDateExpression('medio 2020')).toEqual({ kind: 'part', part: 'mid', year: 2020 });
    expect(parseDateExpression(' Q3 2021 ')).toEqual({ kind: 'quarter', year: 2021, quarter: 3 });
    expect(parseDateExpression('2016')).toEqual({ kind: 'year', year: 2016 });
    expect(parseDateExpression('voorjaar 2018')).toEqual({ kind: 'season', year: 2018, season: 'spring' });
    expect(parseDateExpression('ca. 5 december 2019')).toEqual({ kind: 'approximate', date: day(2019, 12, 5) });
    expect(parseDateExpression('mei', { referenceDate: '2020-08-01' })).toEqual({ kind: 'month', year: 2020, month: 5 });
    expect(parseDateExpression('vóór 1 maart 2020')).toEqual({ kind: 'before', date: day(2020, 3, 1), inclusive: false });
  });

  it('returns null for anything but exactly one date', () => {
    expect(parseDateExpression('geen datum')).toBeNull();
    expect(parseDateExpression('5 december 2019 en 6 december 2019')).toBeNull();
    expect(parseDateExpression('op 5 december 2019')).toBeNull();
    expect(parseDateExpression('3 juni')).toBeNull();
  });

  it('refuses a reference date that is no date, with a clear error', () => {
    expect(() => extractDates('3 juni', { referenceDate: '2020-02-30' })).toThrow(SpoorError);
    try {
      extractDates('x', { referenceDate: 'gisteren' });
    } catch (error) {
      expect((error as SpoorError).code).toBe('dates.invalidReferenceDate');
    }
    expect(values('3 juni', '2020-06-15T10:00:00Z')).toEqual([day(2020, 6, 3)]);
  });
});
