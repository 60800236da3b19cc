import { describe, expect, it } from 'vitest';
import { segment } from '../../../renderer/components/PageText';

describe('segment', () => {
  it('returns the whole text when nothing is marked', () => {
    expect(segment(10, [])).toEqual([{ start: 0, end: 10, marks: [] }]);
  });

  it('keeps overlapping highlights distinct piece by piece', () => {
    const a = { start: 2, end: 6, kind: 'code' };
    const b = { start: 4, end: 8, kind: 'search' };
    expect(segment(10, [a, b])).toEqual([
      { start: 0, end: 2, marks: [] },
      { start: 2, end: 4, marks: [a] },
      { start: 4, end: 6, marks: [a, b] },
      { start: 6, end: 8, marks: [b] },
      { start: 8, end: 10, marks: [] },
    ]);
  });

  it('ignores empty and out-of-range highlights', () => {
    expect(segment(5, [{ start: 3, end: 3, kind: 'x' }, { start: 4, end: 9, kind: 'x' }, { start: -1, end: 2, kind: 'x' }])).toEqual([
      { start: 0, end: 5, marks: [] },
    ]);
  });
});
