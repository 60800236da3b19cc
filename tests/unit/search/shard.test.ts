import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../shared/search/engine';
import { parseQuery } from '../../../shared/search/query';
import { buildShard, type PassageInput, type ShardData } from '../../../shared/search/shard';
import { generatePassages } from '../../bench/search/corpus';
import { benchQueries } from '../../bench/search/queries';
import { referenceIndex } from '../../bench/search/reference-index';

function indexOf(shard: ShardData) {
  return {
    vocabulary: shard.vocabulary,
    offsets: [...shard.offsets],
    postingPassage: [...shard.postingPassage],
    postingFrequency: [...shard.postingFrequency],
    passageLength: [...shard.passageLength],
    totalLength: shard.totalLength,
  };
}

const passage = (text: string, p = 0): PassageInput => ({ documentId: `d${Math.floor(p / 3)}`, page: 1 + (p % 3), start: 0, end: text.length, text, ocr: false, grounds: [] });

describe('shards built with lunr.Builder', () => {
  it('hold the terms, postings, frequencies and lengths of the Dutch analyzer', () => {
    const texts = [
      'De Belastingdienst ontving signalen; het signaal werd niet gemeld. Signalen!',
      'Weigeringsgrond 5.1.2e en 10.2.e in kenmerk 2021-1906 (2019), één geïnformeerde minister.',
      'constructor toString __proto__ hasOwnProperty valueOf _index text',
      'de het een van en',
      '',
    ];
    const passages = texts.map(passage);
    const shard = buildShard('s', passages);
    expect(indexOf(shard)).toEqual(referenceIndex(passages));
    // Spot checks of what lunr's pipeline made of the words.
    expect(shard.vocabulary).toEqual(expect.arrayContaining(['5.1.2e', '10.2.e', '2021-1906', '2019', 'signal', 'belastingdienst', 'geinformeerd', 'constructor', 'proto', 'tostring', 'valueof']));
    expect(shard.vocabulary).not.toContain('een');
    expect([...shard.passageLength]).toEqual([6, 8, 7, 0, 0]);
  });

  it('give the same index as before on the benchmark corpus, so every ranking stays the same', () => {
    const passages = generatePassages(3000);
    const shard = buildShard('s', passages);
    const reference = referenceIndex(passages);
    expect(indexOf(shard)).toEqual(reference);

    const before: ShardData = {
      ...shard,
      vocabulary: reference.vocabulary,
      offsets: Uint32Array.from(reference.offsets),
      postingPassage: Uint32Array.from(reference.postingPassage),
      postingFrequency: Uint16Array.from(reference.postingFrequency),
      passageLength: Uint32Array.from(reference.passageLength),
      totalLength: reference.totalLength,
    };
    const documents = new Map([...new Set(passages.map((p) => p.documentId))].map((id, order) => [id, { id, order, title: id, kind: 'pdf', recipients: [] }]));
    const withLunr = new SearchEngine([shard], documents);
    const withoutLunr = new SearchEngine([before], documents);
    const ranking = (engine: SearchEngine, query: string) => {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error(query);
      const result = engine.search(parsed.query);
      if (!result.ok) throw new Error(query);
      return result.groups.flatMap((group) => group.hits.map((hit) => `${group.documentId}:${hit.passage}:${hit.score}`));
    };
    for (const { query } of benchQueries(passages, 8)) expect(ranking(withLunr, query), query).toEqual(ranking(withoutLunr, query));
  });

  it('agree with the analyzer on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.lorem({ maxCount: 30 })), { maxLength: 8 }), (texts) => {
        const passages = texts.map(passage);
        expect(indexOf(buildShard('s', passages))).toEqual(referenceIndex(passages));
      }),
      { numRuns: 150 },
    );
  });
});
