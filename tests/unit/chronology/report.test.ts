import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ChronologyArea } from '../../../electron/core/chronology/chronology-area';
import { exportChronology, reportInput } from '../../../electron/core/chronology/export';
import { CodingArea } from '../../../electron/core/coding/coding-area';
import { buildReport } from '../../../shared/export/report/build';
import { ANSWER, chronologyCase, INTERNAL, MEETING, rangeOf, SIGNAL, storyCase } from './helpers';

describe('report', () => {
  it('numbers footnotes in reading order: events by date, citations in order', async () => {
    const { area } = await storyCase();
    const report = buildReport(await reportInput(area));
    // Spring 2020 (March–May) starts before 12 March 2020, so it comes first.
    expect(report.events.map((event) => event.title)).toEqual(['Ombudsman meldt onterechte fraudelabels', 'Overleg directie', 'Antwoord van de staatssecretaris', 'Zonder bron']);
    expect(report.events.map((event) => event.footnotes)).toEqual([[1, 2], [3], [4], []]);
    expect(report.footnotes.map((note) => note.number)).toEqual([1, 2, 3, 4]);
    expect(report.footnotes.map((note) => note.quote)).toEqual([SIGNAL, INTERNAL, MEETING, ANSWER]);
    expect(report.events.map((event) => event.supported)).toEqual([true, true, true, false]);
    // Sources in order of first citation, each with the notes citing it.
    expect(report.sources.map((source) => [source.title, source.citedIn])).toEqual([
      ['nota', [1, 2, 3]],
      ['brief', [4]],
    ]);
  });

  it('quotes exactly the text of the source page, with page and hash in every footnote', async () => {
    const { area, service } = await storyCase();
    const report = buildReport(await reportInput(area));
    const documents = new Map(service.requireStore().listDocuments().map((doc) => [doc.sha256, doc]));
    for (const note of report.footnotes) {
      const record = documents.get(note.sha256)!;
      const { page } = await service.getPage(record.id, note.page);
      expect(page.text).toContain(note.quote);
      expect(note.verified).toBe(true);
      expect(note.text).toContain(`“${note.quote}”`);
      expect(note.text).toContain(`p. ${note.page}`);
      expect(note.text).toContain(`SHA-256 ${note.sha256.slice(0, 12)}`);
    }
  });

  it('flags a quote that no longer stands in the current text instead of printing it as checked', async () => {
    const { area, memo, rewriteText } = await storyCase();
    await rewriteText(memo, ['Tekst na een mislukte OCR-run.']);
    const report = buildReport(await reportInput(area));
    const lost = report.footnotes.filter((note) => !note.verified);
    expect(lost.map((note) => note.number)).toEqual([1, 2, 3]);
    expect(lost[0]!.text).toContain('[Let op: dit citaat staat niet meer op deze plek');
    expect(report.events[0]!.supported).toBe(false);
  });

  it('writes HTML without scripts, with footnote links both ways, the figure and the full hashes', async () => {
    const { area, service } = await storyCase();
    const file = await exportChronology(area, 'html', { language: 'nl', codeSections: ['SV2'] });
    const html = file.content as string;
    expect(file.fileName).toMatch(/^Chronologie-chronologie-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html.match(/<li class="event/g)).toHaveLength(4);
    expect(html.match(/<li class="event unsupported"/g)).toHaveLength(1);
    for (const number of [1, 2, 3, 4]) {
      expect(html).toContain(`<a href="#fn-${number}" id="fnref-${number}">${number}</a>`);
      expect(html).toContain(`<li id="fn-${number}" value="${number}">`);
      expect(html).toContain(`<a href="#fnref-${number}"`);
    }
    for (const doc of service.requireStore().listDocuments()) expect(html).toContain(`<code>${doc.sha256}</code>`);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<section class="code-section"><h3>SV2 Alleen intern</h3>');
    // Sections in reading order.
    const order = ['class="chronology"', 'class="signal-chain"', 'class="code-sections"', 'class="notes"', 'class="sources"'].map((marker) => html.indexOf(marker));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((at) => at > 0)).toBe(true);
  });

  it('prints the audit log’s head as it stood, and records the export with its hash in the log', async () => {
    const { area, service } = await storyCase();
    const head = service.auditHead().headHash;
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    const html = (await exportChronology(area, 'html')).content as string;
    expect(html).toContain(`<p class="audit">Kop van het auditlogboek (SHA-256): <code>${head}</code></p>`);
    const last = (await service.auditEntries()).at(-1);
    expect(last).toMatchObject({ type: 'export.chronology', details: { format: 'html', sha256: createHash('sha256').update(html).digest('hex') } });
    expect(service.auditHead().headHash).not.toBe(head);
  });

  it('escapes document text and titles, and writes English on request', async () => {
    const context = await chronologyCase();
    const text = 'Op 1 mei 2020 schreef de <b>minister</b> "iets" & meer <script>alert(1)</script>.';
    const doc = await context.importText('evil.txt', text);
    await context.call('chronology:addEvent', { date: { kind: 'day', year: 2020, month: 5, day: 1 }, title: '<img src=x onerror=alert(1)>', type: 'letter', citations: [rangeOf(doc, text, text)] });
    const area = new ChronologyArea(new CodingArea(context.service, context.settings));
    const html = (await exportChronology(area, 'html', { language: 'en' })).content as string;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2>Notes</h2>');
    expect(html).toContain('1 May 2020');
  });
});
