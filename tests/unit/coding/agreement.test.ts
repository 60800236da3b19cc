import { describe, expect, it } from 'vitest';
import { computeAgreement, figures } from '../../../shared/coding/agreement';
import type { Passage } from '../../../shared/model/coding';

const SHA = 'a'.repeat(64);
let counter = 0;
function passage(documentId: string, page: number, start: number, end: number, codes: Array<[string, string]>): Passage {
  counter += 1;
  return {
    id: `passage-${String(counter).padStart(4, '0')}`,
    documentId,
    sha256: SHA,
    anchor: { page, start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    codes: codes.map(([codeId, analyst]) => ({ codeId, analyst, at: '2025-01-01T00:00:00.000Z' })),
    analyst: codes[0]?.[1] ?? 'A',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe("Cohen's kappa and percentage agreement on characters", () => {
  it('matches a hand-computed 2×2 table', () => {
    // N = 100; A coded 40, B coded 40, 20 in common: po = 0.6, pe = 0.4·0.4 + 0.6·0.6 = 0.52, κ = 0.08 / 0.48.
    const result = figures({ both: 20, aOnly: 20, bOnly: 20, neither: 40 });
    expect(result.percent).toBeCloseTo(60, 10);
    expect(result.kappa).toBeCloseTo(1 / 6, 10);
    expect(result.overlapPercent).toBeCloseTo(100 / 3, 10);
  });

  it('is 1 for identical coding, 0 when one analyst codes and the other does not, undefined when nobody codes', () => {
    expect(figures({ both: 20, aOnly: 0, bOnly: 0, neither: 80 }).kappa).toBe(1);
    expect(figures({ both: 0, aOnly: 10, bOnly: 0, neither: 90 }).kappa).toBe(0);
    expect(figures({ both: 0, aOnly: 0, bOnly: 0, neither: 100 })).toMatchObject({ kappa: null, percent: 100, overlapPercent: null });
    expect(figures({ both: 0, aOnly: 0, bOnly: 0, neither: 0 })).toMatchObject({ kappa: null, percent: null });
  });

  it('computes per code and pooled over codes on the documents both analysts coded', () => {
    const passages = [
      passage('doc000000001', 1, 0, 40, [['BO1', 'Anna']]),
      passage('doc000000001', 1, 20, 60, [['BO1', 'Bram']]),
      // Same range, same code, both analysts: on one passage (as after a merge "both").
      passage('doc000000001', 2, 10, 30, [['SV1', 'Anna'], ['SV1', 'Bram']]),
      // Only Anna worked on the second document: it is left out of the comparison.
      passage('doc000000002', 1, 0, 50, [['BO1', 'Anna']]),
    ];
    const lengths = new Map([
      ['doc000000001', [50, 50]],
      ['doc000000002', [500]],
    ]);
    const result = computeAgreement(passages, 'Anna', 'Bram', lengths);
    expect(result.documents).toEqual(['doc000000001']);
    expect(result.characters).toBe(100);
    const bo1 = result.perCode.find((row) => row.codeId === 'BO1');
    expect(bo1).toMatchObject({ both: 20, aOnly: 20, bOnly: 20, neither: 40 });
    expect(bo1?.kappa).toBeCloseTo(1 / 6, 10);
    expect(result.perCode.find((row) => row.codeId === 'SV1')).toMatchObject({ both: 20, aOnly: 0, bOnly: 0, neither: 80, kappa: 1, percent: 100 });
    // Pooled: both 40, A only 20, B only 20, neither 120 of 200: po 0.8, pe 0.3·0.3 + 0.7·0.7 = 0.58.
    expect(result.overall).toMatchObject({ both: 40, aOnly: 20, bOnly: 20, neither: 120, total: 200 });
    expect(result.overall.kappa).toBeCloseTo(0.22 / 0.42, 10);
    // One disagreement: the BO1 stretch 0–60 on page 1, each analyst's part given.
    expect(result.disagreements).toEqual([
      expect.objectContaining({ codeId: 'BO1', documentId: 'doc000000001', page: 1, start: 0, end: 60, aRanges: [[0, 40]], bRanges: [[20, 60]] }),
    ]);
  });

  it('unions an analyst’s overlapping passages before counting', () => {
    const passages = [
      passage('d00000000001', 1, 0, 30, [['X', 'A']]),
      passage('d00000000001', 1, 10, 40, [['X', 'A']]),
      passage('d00000000001', 1, 0, 40, [['X', 'B']]),
    ];
    const result = computeAgreement(passages, 'A', 'B', new Map([['d00000000001', [100]]]));
    expect(result.perCode[0]).toMatchObject({ both: 40, aOnly: 0, bOnly: 0, kappa: 1 });
    expect(result.disagreements).toEqual([]);
  });
});
