import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnchor, reanchor } from '../../../shared/coding/anchor';

const PAGE = [
  'Van: directeur Uitvoering',
  'De uitvoering gaf aan dat de nieuwe werkwijze niet haalbaar is binnen de gestelde termijn.',
  'Het ministerie besloot toch door te gaan, met extra budget voor de uitvoering.',
].join('\n');

function anchorOf(text: string, quote: string, page = 1) {
  const start = text.indexOf(quote);
  return createAnchor(text, page, start, start + quote.length);
}

describe('anchoring a passage', () => {
  it('keeps position, exact quote and up to 64 characters of context, trimming white space at the edges', () => {
    const quote = 'binnen de gestelde termijn.';
    const start = PAGE.indexOf(quote);
    const anchor = createAnchor(PAGE, 1, start - 1, start + quote.length + 1);
    expect(anchor).toMatchObject({ page: 1, start, end: start + quote.length, exact: quote });
    expect(start).toBeGreaterThan(64);
    expect(anchor.prefix).toBe(PAGE.slice(start - 64, start));
    expect(anchor.suffix).toBe(PAGE.slice(start + quote.length, start + quote.length + 64));
  });

  it.each([
    [-1, 5],
    [5, 5],
    [10, 4],
    [0, 10_000],
    [0.5, 3],
  ])('refuses the range %s–%s with a clear error', (start, end) => {
    expect(() => createAnchor(PAGE, 1, start, end)).toThrow(expect.objectContaining({ code: 'coding.invalidRange' }));
  });
});

describe('re-anchoring after the text changed', () => {
  const quote = 'de nieuwe werkwijze niet haalbaar is';

  it('finds an unchanged passage where it was', () => {
    expect(reanchor(anchorOf(PAGE, quote), [PAGE])).toMatchObject({ status: 'found', moved: false, quoteChanged: false });
  });

  it('follows the quote when text is inserted before it (found, moved)', () => {
    const changed = `KOPJE TOEGEVOEGD\n${PAGE}`;
    const result = reanchor(anchorOf(PAGE, quote), [changed]);
    expect(result).toMatchObject({ status: 'found', moved: true, quoteChanged: false, start: changed.indexOf(quote) });
  });

  it('follows the quote to another page when pagination changed', () => {
    const result = reanchor(anchorOf(PAGE, quote), ['Nieuw voorblad.', PAGE]);
    expect(result).toMatchObject({ status: 'found', page: 2, start: PAGE.indexOf(quote) });
  });

  it('finds the quote when a re-extraction changed line breaks and spacing', () => {
    const original = anchorOf(PAGE, 'niet haalbaar is binnen de gestelde termijn.\nHet ministerie besloot');
    const rerun = PAGE.replace('termijn.\nHet', 'termijn.  Het').replace('haalbaar is', 'haalbaar\nis');
    const result = reanchor(original, [rerun]);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.quoteChanged).toBe(true);
    expect(rerun.slice(result.start, result.end)).toBe('niet haalbaar\nis binnen de gestelde termijn.  Het ministerie besloot');
  });

  it('finds the quote despite a few OCR errors', () => {
    const original = anchorOf(PAGE, 'Het ministerie besloot toch door te gaan, met extra budget');
    const ocr = PAGE.replace('ministerie besloot', 'rninisterie bes1oot');
    const result = reanchor(original, [ocr]);
    expect(result).toMatchObject({ status: 'found', quoteChanged: true });
    if (result.status === 'found') expect(ocr.slice(result.start, result.end)).toContain('rninisterie bes1oot toch door te gaan, met extra budget');
  });

  it('says ambiguous when the quote now appears twice in the same surroundings', () => {
    const original = anchorOf(PAGE, 'extra budget');
    const doubled = `${PAGE}\n${PAGE}`.replace(/extra budget/g, 'extra budget');
    const changed = doubled.replace('Van: directeur Uitvoering', 'Van: directeur');
    const result = reanchor(original, [changed]);
    expect(result).toMatchObject({ status: 'ambiguous' });
    if (result.status === 'ambiguous') expect(result.candidates).toHaveLength(2);
  });

  it('picks the occurrence whose surroundings match when the quote is repeated elsewhere', () => {
    const original = anchorOf(PAGE, 'de uitvoering');
    const changed = `Inleiding: de uitvoering is complex.\n${PAGE}`;
    const result = reanchor(original, [changed]);
    expect(result).toMatchObject({ status: 'found', start: changed.lastIndexOf('de uitvoering') });
  });

  it('does not take a stored range that runs past the end of the page for a match (found by fast-check)', () => {
    const anchor = { page: 1, start: 7, end: 9, exact: ' ', prefix: '', suffix: '' };
    const result = reanchor(anchor, ['        ']);
    expect(result.status).not.toBe('found');
  });

  it('says lost when the passage is gone', () => {
    const original = anchorOf(PAGE, quote);
    expect(reanchor(original, [PAGE.replace(quote, 'iets heel anders, herschreven')])).toEqual({ status: 'lost' });
    expect(reanchor(original, [])).toEqual({ status: 'lost' });
  });
});

describe('anchoring properties', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀', 'x', '.'), maxLength: 200 });

  it('never crashes, whatever the anchor and the pages', () => {
    fc.assert(
      fc.property(
        fc.record({ page: fc.integer({ min: 1, max: 5 }), start: fc.nat(300), end: fc.nat(300), exact: fc.string({ minLength: 1, maxLength: 80 }), prefix: fc.string({ maxLength: 64 }), suffix: fc.string({ maxLength: 64 }) }),
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 4 }),
        (anchor, pages) => {
          const result = reanchor(anchor, pages);
          expect(['found', 'ambiguous', 'lost']).toContain(result.status);
          if (result.status === 'found') {
            expect(result.start).toBeGreaterThanOrEqual(0);
            expect(result.end).toBeLessThanOrEqual((pages[result.page - 1] ?? '').length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('re-anchors an unchanged text to the very same place', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(), fc.nat(), (pages, pageSeed, a, b) => {
        const page = (pageSeed % pages.length) + 1;
        const content = pages[page - 1] as string;
        fc.pre(content.trim().length > 0);
        const start = a % content.length;
        const end = start + 1 + (b % (content.length - start));
        fc.pre(content.slice(start, end).trim().length > 0);
        const anchor = createAnchor(content, page, start, end);
        expect(reanchor(anchor, pages)).toEqual({ status: 'found', page, start: anchor.start, end: anchor.end, moved: false, quoteChanged: false });
      }),
      { numRuns: 500 },
    );
  });
});
