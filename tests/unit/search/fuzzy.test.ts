import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, boundedEditDistance } from '../../../shared/search/fuzzy';
import { buildShard } from '../../../shared/search/shard';

/** Textbook optimal string alignment distance, unbounded: the reference. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((d[i - 1]?.[j] as number) + 1, (d[i]?.[j - 1] as number) + 1, (d[i - 1]?.[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (d[i - 2]?.[j - 2] as number) + 1);
      (d[i] as number[])[j] = value;
    }
  }
  return d[a.length]?.[b.length] as number;
}

describe('fuzzy matching', () => {
  it.each([
    ['toeslag', 'toeslag', 0],
    ['toeslag', 'tuisleg', Infinity],
    ['toeslag', 'toesalg', 1],
    ['toeslag', 'toelsag', 1],
    ['toeslag', 'toeslagen', 2],
    ['toeslag', 'oeslag', 1],
    ['toeslag', 'teoslga', 2],
    ['signal', 'sgnaal', 2],
    ['', 'ab', 2],
  ])('%s ~ %s = %s (within 2)', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 2)).toBe(expected);
  });

  it('bounds the distance exactly like the unbounded reference', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c', 'd') }), fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c', 'd') }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const reference = osa(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(reference <= max ? reference : Infinity);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds in the merged vocabulary of all shards what a scan of every term would', () => {
    const texts = ['toeslag toeslagen toezicht', 'toeslg signaal signalen', 'stikstof stikstoffen toeslag 2019-1234', 'tslag taslag toeslaag'];
    const shards = texts.map((text, i) => buildShard(`s${i}`, [{ documentId: `d${i}`, page: 1, start: 0, end: text.length, text, ocr: false, grounds: [] }]));
    const lexicon = new Lexicon(shards);
    const all = [...new Set(shards.flatMap((shard) => shard.vocabulary))];
    for (const word of ['toeslag', 'signal', 'stikstof', '2019-1243', 'xyz']) {
      for (const max of [1, 2]) {
        const scanned = all.flatMap((term) => (osa(term, word) <= max ? [[term, osa(term, word)]] : [])).sort();
        expect(lexicon.near(word, max).sort(), `${word}~${max}`).toEqual(scanned);
      }
    }
  });
});
