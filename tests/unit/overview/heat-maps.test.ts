import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook/default';
import type { PageText } from '../../../shared/model/document';
import { codesPerDocument, groundHits, groundsPerDocument } from '../../../shared/overview/heat-maps';
import { passage, record } from './helpers';

describe('codes per document', () => {
  const codebook = defaultCodebook();
  const [first, second] = codebook.codes.filter((code) => code.codable);

  it('is empty without passages', () => {
    expect(codesPerDocument([], codebook, [record('a')])).toEqual({ codes: [], rows: [] });
  });

  it('counts passages per code per document, a code applied by two analysts once, documents in date order', () => {
    const late = record('late', { date: '2021-01-01' });
    const early = record('early', { date: '2020-01-01' });
    const undated = record('undated');
    const result = codesPerDocument(
      [
        passage(late.id, [[first!.id, 'A'], [first!.id, 'B']]),
        passage(late.id, [[first!.id, 'A'], [second!.id, 'A']]),
        passage(early.id, [[second!.id, 'A']]),
        passage(undated.id, [[second!.id, 'B']]),
      ],
      codebook,
      [late, undated, early],
    );
    expect(result.codes.map((code) => code.id)).toEqual([first!.id, second!.id]);
    expect(result.rows).toEqual([
      { documentId: early.id, title: 'early', counts: { [second!.id]: 1 } },
      { documentId: late.id, title: 'late', counts: { [first!.id]: 2, [second!.id]: 1 } },
      { documentId: undated.id, title: 'undated', counts: { [second!.id]: 1 } },
    ]);
  });

  it('keeps passages on a split bundle as a row of their own', () => {
    const bundle = record('bundle');
    const part = record('part', { parent: { relation: 'part', parentId: bundle.id, number: '1', firstPage: 1, lastPage: 1 } });
    const result = codesPerDocument([passage(bundle.id, [[first!.id, 'A']]), passage(part.id, [[first!.id, 'A']])], codebook, [bundle, part]);
    expect(result.rows.map((row) => row.title).sort()).toEqual(['bundle', 'part']);
  });
});

describe('grounds per document', () => {
  it('counts grounds of parts, not of the bundle that holds them, grounds in the order of the law', () => {
    const bundle = record('bundle', { grounds: { '5.1.2e': 5, '10.2g': 1 } });
    const one = record('part 1', { date: '2019-02-01', grounds: { '5.1.2e': 3 }, parent: { relation: 'part', parentId: bundle.id, number: '1', firstPage: 1, lastPage: 1 } });
    const two = record('part 2', { date: '2019-01-01', grounds: { '5.1.2e': 2, '10.2g': 1 }, parent: { relation: 'part', parentId: bundle.id, number: '2', firstPage: 2, lastPage: 2 } });
    const letter = record('besluit', { grounds: { '5.2': 1, '5.1.1c': 1 } });
    const plain = record('plain');
    const result = groundsPerDocument([bundle, one, two, letter, plain]);
    expect(result.grounds).toEqual(['5.1.1c', '5.1.2e', '5.2', '10.2g']);
    expect(result.rows.map((row) => [row.title, row.counts])).toEqual([
      ['part 2', { '5.1.2e': 2, '10.2g': 1 }],
      ['part 1', { '5.1.2e': 3 }],
      ['besluit', { '5.2': 1, '5.1.1c': 1 }],
    ]);
  });

  it('is empty when no document has grounds', () => {
    expect(groundsPerDocument([record('a')])).toEqual({ grounds: [], rows: [] });
  });
});

describe('ground hits', () => {
  it('finds every marker of one ground on the pages that have it, and no other ground', () => {
    const text = 'Naam: 5.1.2e, telefoon 5.1.2e. Advies weggelakt (5.1.2i).';
    const pages: PageText[] = [
      { page: 1, text: 'Geen gronden hier.', source: 'plain' },
      { page: 2, text, source: 'plain', grounds: { '5.1.2e': 2, '5.1.2i': 1 } },
      { page: 3, text: 'Alleen 5.1.2i hier.', source: 'plain', grounds: { '5.1.2i': 1 } },
    ];
    const hits = groundHits(pages, '5.1.2e');
    expect(hits.map((hit) => [hit.page, text.slice(hit.start, hit.end)])).toEqual([
      [2, '5.1.2e'],
      [2, '5.1.2e'],
    ]);
    expect(groundHits(pages, '5.1.2i').map((hit) => hit.page)).toEqual([2, 3]);
    expect(groundHits(pages, '10.2g')).toEqual([]);
  });
});
