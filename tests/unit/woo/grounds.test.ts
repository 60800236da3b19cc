import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUND_CODES, compareGroundCodes, countGrounds, detectGrounds, parseGroundList, sumGroundCounts } from '../../../shared/woo/grounds';

const codes = (text: string) => detectGrounds(text).map((match) => match.code);

describe('refusal grounds', () => {
  it.each([
    ['5.1.2e', ['5.1.2e']],
    ['5.1.2.e', ['5.1.2e']],
    ['5.1.2 e', ['5.1.2e']],
    ['5.1.2 sub e', ['5.1.2e']],
    ['5.1.2, onder e', ['5.1.2e']],
    ['5.1.2(e)', ['5.1.2e']],
    ['5.1.2E', ['5.1.2e']],
    ['10.2.e', ['10.2e']],
    ['10.2e', ['10.2e']],
    ['art. 10.2.e', ['10.2e']],
    ['artikel 10, tweede lid, aanhef en onder e Wob', ['10.2e']],
    ['artikel 10, tweede lid, aanhef en onder e, van de Wob', ['10.2e']],
    ['artikel 5.1, tweede lid, onder e, van de Woo', ['5.1.2e']],
    ['artikel 5.1, eerste lid, aanhef en onder c, Woo', ['5.1.1c']],
    ['art. 5.1 lid 2 sub i Woo', ['5.1.2i']],
    ['artikel 5.1, vierde lid', ['5.1.4']],
    ['artikel 5.2, eerste lid, Woo', ['5.2.1']],
    ['artikel 11, eerste lid, Wob', ['11.1']],
    ['artikel 10, 7e lid, onder a', ['10.7a']],
    ['5.1.4', ['5.1.4']],
    ['5.1.5', ['5.1.5']],
    ['5.2.1', ['5.2.1']],
    ['10.1c', ['10.1c']],
    ['10.7b', ['10.7b']],
    ['5.1.2i, 5.2.1', ['5.1.2i', '5.2.1']],
    ['5.1.2 sub e en i', ['5.1.2e', '5.1.2i']],
    ['5.1.1 c, d', ['5.1.1c', '5.1.1d']],
    ['5.1.2 sub e, sub i', ['5.1.2e', '5.1.2i']],
    ['5.1.2e of i', ['5.1.2e', '5.1.2i']],
    ['10.2.e 11.1', ['10.2e', '11.1']],
    ['5.1.2e / 5.2', ['5.1.2e', '5.2']],
    ['art. 11.1 Wob', ['11.1']],
    ['ingevolge artikel 5.2 Woo', ['5.2']],
    ['buiten verzoek', ['buiten-verzoek']],
    ['Buiten reikwijdte', ['buiten-verzoek']],
  ])('reads %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    'zie paragraaf 5.2 van het rapport',
    'hoofdstuk 11.1',
    'een bedrag van 10.2 miljoen',
    '15.1.2e',
    '5.1.23',
    '5.1.2 en verder',
    '5.1.2j',
    '10.1f',
    '5.1.2.3',
    'versie 5.1.4.2',
    'artikel 10, achtste lid',
  ])('ignores %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('gives positions that cover the marker', () => {
    const text = 'Overleg met 5.1.2e over de brief (10.2.g).';
    const matches = detectGrounds(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['5.1.2e', '10.2.g']);
  });

  it('counts per text and sums counts', () => {
    const page = 'Van: 5.1.2e\nAan: 5.1.2e\nDe 5.1.2i informatie. 5.1.2e';
    expect(countGrounds(page)).toEqual({ '5.1.2e': 3, '5.1.2i': 1 });
    expect(sumGroundCounts([{ '5.1.2e': 3 }, undefined, { '5.1.2e': 1, '10.2e': 2 }])).toEqual({ '5.1.2e': 4, '10.2e': 2 });
  });

  it('reads an inventory grounds cell, where 11.1 and 5.2 need no context', () => {
    expect(parseGroundList('5.1.1c; 5.1.2e;')).toEqual(['5.1.1c', '5.1.2e']);
    expect(parseGroundList('11.1')).toEqual(['11.1']);
    expect(parseGroundList('5.2, 5.1.2e, 5.1.2e')).toEqual(['5.1.2e', '5.2']);
  });

  it('orders codes as the law does', () => {
    expect(['11.1', '5.1.2e', '10.2a', '5.1.1c'].sort(compareGroundCodes)).toEqual(['5.1.1c', '5.1.2e', '10.2a', '11.1']);
  });

  it('never crashes and only yields known codes inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean(), (text, listOnly) => {
        for (const match of detectGrounds(text, { listOnly })) {
          expect(GROUND_CODES).toContain(match.code);
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.end).toBeGreaterThan(match.start);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds each code written in any of its forms amid arbitrary text', () => {
    const form = fc.constantFrom(
      (p: string, l: string) => `${p}${l}`,
      (p: string, l: string) => `${p}.${l}`,
      (p: string, l: string) => `${p} ${l}`,
      (p: string, l: string) => `${p} sub ${l}`,
    );
    const paragraph = fc.constantFrom(['5.1.1', 'abcde'], ['5.1.2', 'abcdefghi'], ['10.1', 'abcd'], ['10.2', 'abcdefg'], ['10.7', 'ab']);
    const filler = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\d.a-z()]/gi, ' '));
    fc.assert(
      fc.property(paragraph, fc.nat(), form, filler, filler, ([p, letters], i, write, before, after) => {
        const letter = letters[i % letters.length]!;
        expect(codes(`${before} ${write(p, letter)} ${after}`)).toEqual([`${p}${letter}`]);
      }),
      { numRuns: 300 },
    );
  });
});
