import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialDate, formatDate, parseDateText } from '../../../shared/woo/dates';

describe('inventory and e-mail dates', () => {
  it.each([
    ['2023-11-04', '2023-11-04'],
    ['2020-03-25T00:00:00.000Z', '2020-03-25T00:00:00Z'],
    ['30-03-2016', '2016-03-30'],
    ['30.03.2016', '2016-03-30'],
    ['6/2/2025 12:00 PM UTC', '2025-06-02T12:00:00Z'],
    ['10/9/2022 1:34 PM UTC', '2022-10-09T13:34:00Z'],
    ['10/9/2022 12:05 AM UTC', '2022-10-09T00:05:00Z'],
    ['25/12/2019', '2019-12-25'],
    ['5 december 2019', '2019-12-05'],
    ['donderdag 9 mei 2019 16:40', '2019-05-09T16:40'],
    ['maandag 2 maart 2020 09:15:30', '2020-03-02T09:15:30'],
    ['Thursday, May 9, 2019 4:40 PM', '2019-05-09T16:40'],
    ['9 mei 2019 om 16:40', '2019-05-09T16:40'],
    ['43891', '2020-03-01'],
  ])('reads %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });

  it.each(['', '31-02-2020', '2021-1906', '12-03-02', 'morgen', '13/13/2020', '99:99', '6/2/2025 13:00 PM UTC'])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads Excel serial numbers and spreadsheet dates', () => {
    expect(excelSerialDate(44000)).toBe('2020-06-18');
    expect(excelSerialDate(44000.5)).toBe('2020-06-18T12:00:00Z');
    expect(excelSerialDate(12)).toBeUndefined();
    expect(formatDate(new Date(Date.UTC(2020, 2, 25)))).toBe('2020-03-25');
  });

  it('never crashes and gives only real dates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (text) => {
        const result = parseDateText(text);
        if (result !== undefined) expect(result).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every real day written as DD-MM-YYYY', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(parseDateText(`${pad(d)}-${pad(m)}-${y}`)).toBe(`${y}-${pad(m)}-${pad(d)}`);
      }),
    );
  });
});
