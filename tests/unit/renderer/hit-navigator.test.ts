import { describe, expect, it } from 'vitest';
import { hitHighlights, hitList } from '../../../renderer/components/HitNavigator';

const mark = (start: number, end: number) => ({ start, end, kind: 'search' });

describe('hits in the reader', () => {
  const target = { documentId: 'd', page: 2, hits: [{ page: 3, highlights: [mark(40, 45), mark(5, 9)] }, { page: 2, highlights: [mark(10, 12)] }] };

  it('lists every hit in reading order, page by page', () => {
    expect(hitList(target.hits)).toEqual([
      { page: 2, start: 10, end: 12 },
      { page: 3, start: 5, end: 9 },
      { page: 3, start: 40, end: 45 },
    ]);
    expect(hitList(undefined)).toEqual([]);
  });

  it('marks the current hit on its own page only', () => {
    const current = { page: 3, start: 40, end: 45 };
    expect(hitHighlights(target, 3, current)).toEqual([mark(40, 45), mark(5, 9), { start: 40, end: 45, kind: 'current' }]);
    expect(hitHighlights(target, 2, current)).toEqual([mark(10, 12)]);
    expect(hitHighlights(target, 4, current)).toEqual([]);
    // A target without hits (a citation) keeps its own highlights on its page.
    expect(hitHighlights({ documentId: 'd', page: 2, highlights: [mark(1, 2)] }, 2, undefined)).toEqual([mark(1, 2)]);
    expect(hitHighlights({ documentId: 'd', page: 2, highlights: [mark(1, 2)] }, 3, undefined)).toBeUndefined();
  });
});
