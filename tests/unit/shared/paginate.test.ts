import { describe, expect, it } from 'vitest';
import { paginateText } from '../../../shared/text/paginate';

describe('paginateText', () => {
  it('keeps a short text as one page', () => {
    expect(paginateText('Eén pagina.\n')).toEqual(['Eén pagina.\n']);
  });

  it('starts a new page at every form feed', () => {
    expect(paginateText('een\ftwee\fdrie')).toEqual(['een', 'twee', 'drie']);
  });

  it('normalises Windows and old Mac line endings', () => {
    expect(paginateText('a\r\nb\rc')).toEqual(['a\nb\nc']);
  });

  it('cuts long text at a paragraph break before the limit and loses nothing', () => {
    const paragraph = `${'woord '.repeat(30).trim()}\n\n`;
    const text = paragraph.repeat(20);
    const pages = paginateText(text, 1000);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('')).toBe(text);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(1000);
    for (const page of pages.slice(0, -1)) expect(page.endsWith('\n\n')).toBe(true);
  });

  it('cuts text without any break at the limit', () => {
    const pages = paginateText('x'.repeat(2500), 1000);
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
  });

  it('is deterministic', () => {
    const text = 'Regel\n'.repeat(5000);
    expect(paginateText(text)).toEqual(paginateText(text));
  });
});
