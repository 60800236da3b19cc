import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { FORMAT_TEXT } from '../../../fixtures/formats';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { makeZip } from '../../../fixtures/zip-writer';
import { tempDir } from '../helpers';
import { openService, source } from './service';

const { formats } = fixturePaths();

async function allText(service: Awaited<ReturnType<typeof openService>>, id: string): Promise<string> {
  return (await service.getAllPages(id)).map((page) => page.text).join('\n');
}

describe('importing e-mail', () => {
  it('reads an .eml: headers become metadata, the body text, attachments their own documents linked to the mail', async () => {
    const service = await openService();
    const report = await service.importFiles([source(formats.mailEml)]);
    expect(report.results.map((r) => [r.status, r.file])).toEqual([
      ['imported', 'mail-met-bijlagen.eml'],
      ['imported', 'mail-met-bijlagen.eml › rapport.pdf'],
      ['imported', 'mail-met-bijlagen.eml › overzicht.txt'],
    ]);
    const [mail, pdf, txt] = service.listDocuments().map((doc) => service.getDocument(doc.id));
    expect(mail).toMatchObject({
      kind: 'email',
      title: 'Planning hersteloperatie – reactie Uitvoering',
      metadata: {
        documentType: 'e-mail',
        sender: 'Jansen, P. (DGT) <p.jansen@minfin.example>',
        recipients: ['Secretariaat DG <secretariaat@minfin.example>', 'De Vries, A. <a.devries@minfin.example>'],
        cc: ['5.1.2e@minfin.example'],
        subject: 'Planning hersteloperatie – reactie Uitvoering',
        date: '2019-05-09T14:40:00.000Z',
      },
    });
    const text = await allText(service, mail!.id);
    expect(text).toContain(FORMAT_TEXT.mailBody);
    expect(text).toContain('Van: Jansen, P. (DGT)');
    expect(pdf).toMatchObject({ kind: 'pdf', parent: { relation: 'attachment', parentId: mail!.id, name: 'rapport.pdf' } });
    expect((await service.getPage(pdf!.id, 2)).page.text).toContain(SAMPLE_SENTENCE_PAGE_2);
    expect(txt).toMatchObject({ kind: 'text', parent: { relation: 'attachment', parentId: mail!.id } });
    expect(await allText(service, txt!.id)).toContain(FORMAT_TEXT.attachmentText);
    expect(pdf!.provenance[0]).toMatchObject({ originalName: 'rapport.pdf', originalPath: `${formats.mailEml} › rapport.pdf` });
  });

  it('reduces an HTML-only body to text: no script, style, image or frame survives', async () => {
    const service = await openService();
    await service.importFiles([source(formats.htmlMailEml)]);
    const text = await allText(service, service.listDocuments()[0]!.id);
    expect(text).toContain(FORMAT_TEXT.htmlBody);
    expect(text).not.toMatch(/evil\.example|fetch\(|color:red|<(script|style|img|iframe|html|body|p|h1)\b/i);
  });

  it('refuses old Office and Outlook files with a clear error', async () => {
    const service = await openService();
    const doc = path.join(await tempDir(), 'oud.doc');
    await fs.writeFile(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const [result] = (await service.importFiles([source(doc)])).results;
    expect(result).toMatchObject({ status: 'failed', error: { code: 'import.unsupportedType' } });
    expect(result?.status === 'failed' && result.error.message).toMatch(/\.msg/);
  });

  it('splits an .mbox into its messages, each its own e-mail linked to the mailbox', async () => {
    const service = await openService();
    const report = await service.importFiles([source(formats.mbox)]);
    expect(report.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const [box, ...messages] = service.listDocuments().map((doc) => service.getDocument(doc.id));
    expect(box?.kind).toBe('mailbox');
    expect(messages.map((m) => [m.kind, m.metadata?.subject, m.parent?.relation])).toEqual([
      ['email', 'Eerste bericht', 'member'],
      ['email', 'Tweede bericht', 'member'],
      ['email', 'Derde bericht', 'member'],
    ]);
    expect(await allText(service, messages[1]!.id)).toContain('\nFrom nu af aan anders.');
    expect(messages[2]?.grounds).toEqual({ '5.1.2e': 1 });
  });
});

describe('importing office files, HTML and CSV', () => {
  it('reads .docx, .html and .csv as text, counting refusal grounds', async () => {
    const service = await openService();
    const report = await service.importFiles([source(formats.docx), source(formats.html), source(formats.csv)]);
    expect(report.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    const byKind = (kind: string) => service.getDocument(service.listDocuments().find((doc) => doc.kind === kind)!.id);
    const [docx, html, csv] = [byKind('docx'), byKind('html'), byKind('csv')];
    expect(docx).toMatchObject({ kind: 'docx', grounds: { '5.1.2e': 1 } });
    expect(await allText(service, docx!.id)).toContain(FORMAT_TEXT.docx);
    expect(html).toMatchObject({ kind: 'html', title: FORMAT_TEXT.html, grounds: { '5.1.2e': 1 } });
    const htmlText = await allText(service, html!.id);
    expect(htmlText).toContain('5 december 2019');
    expect(htmlText).not.toMatch(/evil\.example|document\.cookie|alert\(|background/);
    expect(csv?.kind).toBe('csv');
    expect(await allText(service, csv!.id)).toContain(FORMAT_TEXT.csvCell);
  });

  it('goes by content: an e-mail named .txt is an e-mail, HTML named .txt is HTML', async () => {
    const service = await openService();
    const dir = await tempDir();
    const mail = path.join(dir, 'bericht.txt');
    const page = path.join(dir, 'pagina.txt');
    await fs.copyFile(formats.htmlMailEml, mail);
    await fs.copyFile(formats.html, page);
    await service.importFiles([source(mail), source(page)]);
    const kinds = Object.fromEntries(service.listDocuments().map((d) => [d.title, d.kind]));
    expect(kinds).toEqual({ 'Verslag MT': 'email', [FORMAT_TEXT.html]: 'html' });
  });
});

describe('importing zip archives', () => {
  it('imports every member, nested zips too, skipping clutter; a bad member is one failed line', async () => {
    const service = await openService();
    const report = await service.importFiles([source(formats.archive)]);
    expect(report.results.map((r) => [r.status, r.file])).toEqual([
      ['imported', 'archief.zip'],
      ['imported', 'archief.zip › stukken/rapport.pdf'],
      ['imported', 'archief.zip › stukken/nota.docx'],
      ['imported', 'archief.zip › stukken/leesmij.txt'],
      ['imported', 'archief.zip › stukken/binnen.zip'],
      ['imported', 'archief.zip › stukken/binnen.zip › notitie.md'],
      ['failed', 'archief.zip › stukken/kapot.pdf'],
    ]);
    const docs = service.listDocuments().map((d) => service.getDocument(d.id));
    const archive = docs[0]!;
    expect(archive.kind).toBe('archive');
    expect(await allText(service, archive.id)).toContain('stukken/rapport.pdf');
    expect(docs[1]).toMatchObject({ kind: 'pdf', parent: { relation: 'member', parentId: archive.id, path: 'stukken/rapport.pdf' } });
    expect(docs[5]).toMatchObject({ kind: 'markdown', parent: { relation: 'member', parentId: docs[4]!.id, path: 'notitie.md' } });
  });

  it('refuses path traversal, zip bombs and deep nesting with clear errors, storing nothing of them', async () => {
    const service = await openService();
    const report = await service.importFiles([source(formats.traversalZip), source(formats.bombZip), source(formats.deepZip)]);
    expect(report.results[0]).toMatchObject({ status: 'failed', error: { code: 'import.unsafePath', details: { entry: '../../buiten.txt' } } });
    expect(report.results[1]).toMatchObject({ status: 'failed', error: { code: 'import.limitExceeded' } });
    const deep = report.results.filter((r) => r.file.startsWith('diep-genest.zip'));
    expect(deep.at(-1)).toMatchObject({ status: 'failed', error: { code: 'import.tooDeep' } });
    expect(service.listDocuments().some((d) => d.title === 'pad-buiten-archief' || d.title === 'zip-bom')).toBe(false);
  });

  it('refuses an archive with more entries or bytes than allowed', async () => {
    const service = await openService();
    const dir = await tempDir();
    const many = path.join(dir, 'veel.zip');
    await fs.writeFile(many, makeZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))));
    const report = await service.importFiles([source(many)]);
    expect(report.results[0]).toMatchObject({ status: 'failed', error: { code: 'import.limitExceeded', details: { limit: '10000 entries' } } });
  });
});
