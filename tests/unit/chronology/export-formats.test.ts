import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportChronology } from '../../../electron/core/chronology/export';
import { CSV_COLUMNS, csvCell } from '../../../shared/export/csv';
import { timelineDates } from '../../../shared/export/timelinejs';
import { SIGNAL, storyCase } from './helpers';

/** The text of a WordprocessingML part, runs joined per paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''));
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('.docx report', () => {
  it('has real footnotes with quote, page and hash, referenced from the event titles in order, and the figure as an image', async () => {
    const { area, service } = await storyCase();
    const file = await exportChronology(area, 'docx', { language: 'nl', codeSections: ['SV2'] });
    expect(file.fileName).toMatch(/\.docx$/);
    const zip = unzipSync(file.content as Uint8Array);
    const footnotes = paragraphs(strFromU8(zip['word/footnotes.xml']!)).map(unescape);
    const memo = service.requireStore().listDocuments().find((doc) => doc.title === 'nota')!;
    expect(footnotes).toContain(`“${SIGNAL}” — nota, p. 1. SHA-256 ${memo.sha256.slice(0, 12)}.`);
    const documentXml = strFromU8(zip['word/document.xml']!);
    const references = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(references).toEqual([1, 2, 3, 4]);
    // Footnote 1 is cited on the first event's title.
    const body = paragraphs(documentXml).map(unescape);
    expect(body).toContain('Ombudsman meldt onterechte fraudelabels');
    expect(body).toContain('Niet onderbouwd: deze gebeurtenis citeert geen passage die in de bronnen terug te vinden is.');
    // The sources with their full hashes, and the code section.
    for (const doc of service.requireStore().listDocuments()) expect(body).toContain(doc.sha256);
    expect(body).toContain('SV2 Alleen intern');
    // The figure: an SVG with a PNG for older Word.
    const media = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    const png = zip[media.find((name) => name.endsWith('.png'))!]!;
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  });
});

describe('CSV of events and citations', () => {
  it('has one row per citation, an empty citation for an unsupported event, and guards against formulas', async () => {
    const { area } = await storyCase();
    const csv = (await exportChronology(area, 'csv', { language: 'nl' })).content as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // Two citations for the signal, one each for the meeting and the answer, one empty row for the event without source.
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain(',5 december 2019,2019-12-05T00:00:00,2019-12-05T23:59:59,day,Ombudsman meldt onterechte fraudelabels,signaal,concept,true,');
    expect(lines[1]).toContain(`,1,nota,,1,${SIGNAL},`);
    expect(lines[5]).toMatch(/,2021,2021-01-01T00:00:00,2021-12-31T23:59:59,year,Zonder bron,overig,concept,false(,){13}$/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('TimelineJS', () => {
  it('writes slides with spans for fuzzy dates, the date as written, and escaped text', async () => {
    const { area } = await storyCase();
    const json = JSON.parse((await exportChronology(area, 'timelinejs', { language: 'nl' })).content as string);
    expect(json.scale).toBe('human');
    expect(json.events).toHaveLength(4);
    expect(json.events[0]).toMatchObject({ start_date: { year: '2019', month: '12', day: '5', display_date: '5 december 2019' }, display_date: '5 december 2019', group: 'signaal', autolink: false });
    expect(json.events[0].end_date).toBeUndefined();
    expect(json.events[0].text.text).toContain(`<li>“${SIGNAL}” — nota, p. 1. SHA-256`);
    // Spring 2020 is March to May: a span, displayed as written.
    expect(json.events[1]).toMatchObject({ start_date: { year: '2020', month: '3', day: '1' }, end_date: { year: '2020', month: '5', day: '31' }, display_date: 'voorjaar 2020' });
    expect(timelineDates({ kind: 'quarter', year: 2021, quarter: 3 })).toEqual({ start: { year: '2021', month: '7', day: '1' }, end: { year: '2021', month: '9', day: '30' } });
    expect(timelineDates({ kind: 'before', date: { kind: 'day', year: 2020, month: 3, day: 1 }, inclusive: false })).toEqual({ start: { year: '2020', month: '2', day: '29' } });
  });
});
