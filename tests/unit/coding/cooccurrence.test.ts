import { describe, expect, it } from 'vitest';
import { cooccurrence } from '../../../shared/coding/cooccurrence';
import type { Passage } from '../../../shared/model/coding';

function passage(id: string, page: number, start: number, end: number, codes: Array<[string, string]>): Passage {
  return {
    id,
    documentId: 'abcdefabcdef',
    sha256: 'f'.repeat(64),
    anchor: { page, start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    codes: codes.map(([codeId, analyst]) => ({ codeId, analyst, at: '2025-01-01T00:00:00.000Z' })),
    analyst: 'Anna',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('code co-occurrence', () => {
  const passages = [
    passage('p1', 1, 0, 50, [['BO1', 'Anna'], ['SV1', 'Anna']]),
    passage('p2', 1, 40, 80, [['SV3', 'Bram']]),
    passage('p3', 1, 80, 90, [['BO1', 'Bram']]),
    passage('p4', 2, 0, 50, [['SV3', 'Anna']]),
  ];
  const cell = (matrix: ReturnType<typeof cooccurrence>, a: string, b: string) => matrix.cells.find((c) => c.a === a && c.b === b);

  it('counts codes on one passage and on overlapping passages of the same page, with the passages behind each cell', () => {
    const matrix = cooccurrence(passages);
    expect(matrix.codeIds).toEqual(['BO1', 'SV1', 'SV3']);
    expect(cell(matrix, 'BO1', 'SV1')).toEqual({ a: 'BO1', b: 'SV1', count: 1, passageIds: ['p1'] });
    expect(cell(matrix, 'BO1', 'SV3')).toEqual({ a: 'BO1', b: 'SV3', count: 1, passageIds: ['p1', 'p2'] });
    expect(cell(matrix, 'SV1', 'SV3')).toEqual({ a: 'SV1', b: 'SV3', count: 1, passageIds: ['p1', 'p2'] });
    // p2 and p3 only touch (80 is where p2 ends): no overlap; p4 is on another page.
    expect(cell(matrix, 'BO1', 'BO1')).toMatchObject({ count: 2, passageIds: ['p1', 'p3'] });
    expect(cell(matrix, 'SV3', 'SV3')).toMatchObject({ count: 2, passageIds: ['p2', 'p4'] });
  });

  it('can be limited to one analyst', () => {
    const matrix = cooccurrence(passages, { analyst: 'Bram' });
    expect(matrix.codeIds).toEqual(['BO1', 'SV3']);
    expect(cell(matrix, 'BO1', 'SV3')).toBeUndefined();
  });
});
