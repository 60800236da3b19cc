import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { htmlBodyToText } from '../../../electron/core/workers/html-text';
import { MAX_HTML_DEPTH, flattenHtml, nestingDepth } from '../../../electron/core/workers/html-depth';
import { compactSpreadsheet } from '../../../electron/core/workers/xlsx-compact';

describe('HTML nested too deep is read flat', () => {
  it('measures nesting, not counting elements that enclose nothing or close by themselves', () => {
    expect(nestingDepth('<div><p>een<p>twee<br><img src=x><span>drie</span></div>')).toBe(2);
    expect(nestingDepth(`${'<div>'.repeat(5)}<!-- <div><div><div> -->${'</div>'.repeat(5)}`)).toBe(5);
    expect(nestingDepth('a < b en c > d')).toBe(0);
  });

  it('keeps every word of deep HTML, drops its scripts and styles, and converts normal HTML as before', () => {
    const deep = `<html><head><title>T</title><script>stuur()</script></head><body>${'<div><b>'.repeat(MAX_HTML_DEPTH)}<p>Diepe zin &amp; meer.</p>${'</b></div>'.repeat(MAX_HTML_DEPTH)}<style>p{}</style>Slot.</body></html>`;
    expect(nestingDepth(deep)).toBeGreaterThan(MAX_HTML_DEPTH);
    expect(htmlBodyToText(deep).replace(/\s+/g, ' ').trim()).toBe('Diepe zin & meer. Slot.');
    expect(htmlBodyToText('<p>Een <b>nota</b></p><p>Twee</p>')).toBe('Een nota\n\nTwee');
  });

  it('leaves no tag made of the pieces around one it cut out', () => {
    expect(nestingDepth(flattenHtml('<<a>script>'))).toBe(0);
    expect(nestingDepth(flattenHtml('<<<b>a>div>x'))).toBe(0);
  });

  it('never fails on any input, and leaves no element that could nest', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', 'div', 'p', 'script', ' ', 'a', '=', '"', 'br') }), (html) => {
        const flat = flattenHtml(html);
        expect(nestingDepth(flat)).toBe(0);
        expect(typeof htmlBodyToText(html)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spreadsheets without their empty rows and cells', () => {
  // write-excel-file writes a broken cell for strings named like Object.prototype's members ("valueOf"): not what is tested here.
  const text = fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value.trim() !== '' && !(value in Object.prototype));
  const cell = fc.oneof(fc.constant(null), text.map((value) => ({ value })), fc.integer().map((value) => ({ value })));

  it('read exactly as before, empty rows between the data included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }), async (rows) => {
        const bytes = await writeExcelFile(rows as SheetData).toBuffer();
        const compact = Buffer.from(compactSpreadsheet(new Uint8Array(bytes), 'lijst.xlsx'));
        expect(await readXlsxFile(compact)).toEqual(await readXlsxFile(bytes));
      }),
      { numRuns: 40 },
    );
  });
});
