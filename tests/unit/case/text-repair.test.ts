import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { fixturePaths } from '../../../fixtures/generate';
import { codingCase } from '../coding/helpers';
import { spoorWithEnv } from '../cli/spoor';
import { tempDir } from '../helpers';

const MEMO = [
  'Gespreksnotitie',
  '',
  'De directie wist van het signaal van de ombudsman. Het signaal is destijds niet doorgegeven aan de minister.',
  'Afspraak: de directie komt erop terug.',
].join('\n');

const range = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { start, end: start + quote.length };
};

describe('repairing extracted text from the verified original', () => {
  it('re-reads missing and damaged text, records it in the audit log, and the case verifies again', async () => {
    const { service, call, importText } = await codingCase();
    const memo = await importText('notitie.txt', MEMO);
    const [pdfResult] = (await service.importFiles([{ path: fixturePaths().samplePdf, name: 'rapport.pdf', origin: 'rapport.pdf' }])).results;
    const pdf = pdfResult?.status === 'imported' ? pdfResult.documentId : '';
    const passage = await call('coding:apply', { documentId: memo, page: 1, ...range(MEMO, 'signaal van de ombudsman'), codeIds: ['SV1'] });
    const pdfPage2 = (await call('documents:page', { id: pdf, page: 2 })).page.text;
    const event = await call('chronology:addEvent', {
      date: { kind: 'year', year: 2019 },
      title: 'Signaal niet doorgegeven',
      type: 'signal',
      citations: [{ passageId: passage.id }, { documentId: pdf, page: 2, start: 0, end: 40 }],
    });

    const store = service.requireStore();
    const textOf = (id: string) => store.layout.text(service.getDocument(id).sha256);
    const before = { memo: await fs.readFile(textOf(memo), 'utf8'), pdf: await fs.readFile(textOf(pdf), 'utf8') };
    await fs.rm(textOf(pdf));
    await fs.writeFile(textOf(memo), before.memo.slice(0, 50));
    expect((await call('case:verify', { full: true })).problems.map((p) => [p.kind, p.reason, p.document])).toEqual([
      ['textCorrupt', 'damaged', 'notitie'],
      ['textMissing', 'missing', 'rapport'],
    ]);

    // The chronology still opens: citations on a text that cannot be read stay as they are until it is repaired.
    expect((await call('chronology:get', {})).events).toHaveLength(1);

    const repair = await call('case:repairText', {});
    expect(repair.repaired.map((doc) => [doc.documentId, doc.pageCount, doc.previousPageCount])).toEqual([
      [memo, 1, 1],
      [pdf, 3, 3],
    ]);
    expect(repair.failed).toEqual([]);
    // The text came back as the importer made it: every anchor holds, none moved.
    expect(repair).toMatchObject({ anchorsChecked: 3, anchors: [] });
    expect(await fs.readFile(textOf(memo), 'utf8')).toBe(before.memo);
    expect(await fs.readFile(textOf(pdf), 'utf8')).toBe(before.pdf);
    expect((await call('documents:page', { id: pdf, page: 2 })).page.text).toBe(pdfPage2);
    expect((await call('case:verify', { full: true })).problems).toEqual([]);
    const repairs = (await service.auditEntries()).filter((entry) => entry.type === 'text.repair');
    expect(repairs.map((entry) => entry.details?.['document'])).toEqual([memo, pdf]);
    expect(repairs[0]?.files).toHaveProperty(`text/${service.getDocument(memo).sha256}.json`);
    expect((await call('chronology:get', {})).events.find((e) => e.id === event.id)?.citations.every((c) => (c.anchorCheck?.status ?? 'found') === 'found')).toBe(true);
  });

  it('re-anchors passages and citations on text that differs from before, and reports what moved or was lost', async () => {
    const { service, call, importText, rewriteText } = await codingCase();
    const memo = await importText('notitie.txt', MEMO);
    // The text as an older importer had read it: a heading more, and one sentence worded differently.
    const older = `KOPJE\n${MEMO.replace('Afspraak: de directie komt erop terug.', 'Afspraak: men komt erop terug.')}`;
    await rewriteText(memo, [older]);
    const moved = await call('coding:apply', { documentId: memo, page: 1, ...range(older, 'niet doorgegeven aan de minister'), codeIds: ['SV1'] });
    const lost = await call('coding:apply', { documentId: memo, page: 1, ...range(older, 'men komt erop terug'), codeIds: ['SV6'] });
    await call('chronology:addEvent', { date: { kind: 'year', year: 2020 }, title: 'Afspraak', type: 'meeting', citations: [{ documentId: memo, page: 1, ...range(older, 'men komt erop terug') }] });

    // The text file no longer matches what was recorded at import: a repair reads it again from the original.
    expect((await call('case:verify', { full: true })).problems.map((p) => [p.kind, p.reason])).toEqual([['textCorrupt', 'textChanged']]);
    const repair = await call('case:repairText', {});
    expect(repair.repaired).toHaveLength(1);
    expect(repair.anchorsChecked).toBe(3);
    const byId = new Map(repair.anchors.map((anchor) => [anchor.id, anchor]));
    expect(byId.get(moved.id)).toMatchObject({ kind: 'passage', status: 'moved', page: 1, newPage: 1, quote: 'niet doorgegeven aan de minister' });
    expect(byId.get(lost.id)).toMatchObject({ kind: 'passage', status: 'lost', quote: 'men komt erop terug' });
    expect(repair.anchors.filter((anchor) => anchor.kind === 'citation')).toEqual([
      expect.objectContaining({ kind: 'citation', status: 'lost', event: 'Afspraak', quote: 'men komt erop terug', documentId: memo }),
    ]);

    // A lost anchor stays where it was, marked; the moved one keeps where it was before.
    const { passages } = await call('coding:page', { documentId: memo, page: 1 });
    const stored = new Map(passages.map((p) => [p.id, p]));
    expect(stored.get(moved.id)?.anchor).toMatchObject({ start: MEMO.indexOf('niet doorgegeven aan de minister') });
    expect(stored.get(moved.id)?.anchorCheck).toMatchObject({ status: 'found', previous: { start: moved.anchor.start } });
    expect(stored.get(lost.id)).toMatchObject({ anchor: lost.anchor, anchorCheck: { status: 'lost' } });
    expect((await call('case:verify', { full: true })).problems).toEqual([]);
    expect((await service.auditEntries()).map((entry) => entry.type)).toEqual(expect.arrayContaining(['text.repair', 'coding.reanchor', 'chronology.reanchor']));
  });

  it('does not read a changed original: its text stays reported, the others are repaired', async () => {
    const { service, call, importText } = await codingCase();
    const a = await importText('a.txt', 'Eerste notitie over het signaal.');
    const b = await importText('b.txt', 'Tweede notitie over de hersteloperatie.');
    const store = service.requireStore();
    for (const id of [a, b]) await fs.rm(store.layout.text(service.getDocument(id).sha256));
    const recordA = service.getDocument(a);
    await fs.writeFile(store.layout.original(recordA.sha256, recordA.kind), 'Vervalste notitie.');

    const repair = await call('case:repairText', {});
    expect(repair.repaired.map((doc) => doc.documentId)).toEqual([b]);
    expect(repair.failed).toEqual([{ documentId: a, title: 'a', error: expect.objectContaining({ code: 'repair.originalUnverified', details: expect.objectContaining({ document: 'a' }) }) }]);
    expect((await call('case:verify', { full: true })).problems.map((p) => [p.kind, p.document])).toEqual([
      ['originalChanged', 'a'],
      ['textMissing', 'a'],
    ]);
  });

  it('repairs a Woo bundle once for all its parts, and refuses in a case opened read-only', async () => {
    const dir = await tempDir();
    const service = new CaseService({ casesDir: dir });
    try {
      const root = (await service.createCase('Woo')).path;
      const bundle = path.join(fixturePaths().wooDir, 'documenten-bundel.pdf');
      await service.importFiles([{ path: bundle, name: 'bundel.pdf', origin: bundle }], { ocr: false });
      const parts = service.listDocuments().filter((doc) => service.getDocument(doc.id).parent?.relation === 'part');
      expect(parts.length).toBeGreaterThan(5);
      const part = parts[3]!;
      const partText = await service.getAllPages(part.id);
      await fs.rm(service.requireStore().layout.text(service.getDocument(part.id).sha256));

      const repair = await service.repairTexts(undefined, { ocr: false });
      expect(repair.repaired).toHaveLength(1);
      expect(repair.repaired[0]?.pageCount).toBe(200);
      expect(await service.getAllPages(part.id)).toEqual(partText);
      expect((await service.verify(true)).problems).toEqual([]);

      await service.closeCase();
      await service.openCase(root, { readOnly: true });
      await expect(service.repairTexts([part.id])).rejects.toMatchObject({ code: 'io.readOnly' });
    } finally {
      await service.dispose();
    }
  }, 120_000);

  it('spoor verify --repair re-extracts, re-verifies and exits 0', async () => {
    const dir = await tempDir();
    const casePath = path.join(dir, 'Zaak.spoor');
    await spoorWithEnv({}, 'case', 'create', casePath);
    await spoorWithEnv({}, 'import', casePath, fixturePaths().notesTxt);
    const [textFile] = await fs.readdir(path.join(casePath, 'text'));
    await fs.rm(path.join(casePath, 'text', textFile!));
    expect((await spoorWithEnv({}, 'verify', casePath)).code).toBe(1);

    const repaired = await spoorWithEnv({}, 'verify', casePath, '--repair', '--json');
    expect(repaired.code).toBe(0);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ problems: [], repair: { repaired: [{ title: 'gespreksnotitie', pageCount: 1 }], failed: [], anchors: [] } });
    expect((await spoorWithEnv({}, 'verify', casePath)).stdout).toContain('OK');
  });
});
