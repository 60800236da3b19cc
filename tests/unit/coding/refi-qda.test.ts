import fs from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { defaultCodebook } from '../../../shared/codebook/default';
import { addCode, mergeCodes, moveCode } from '../../../shared/codebook/operations';
import { importCodes } from '../../../shared/export/refi-qda/codes';
import { readQdc, writeQdc } from '../../../shared/export/refi-qda/qdc';
import { readQdpx } from '../../../shared/export/refi-qda/qdpx';
import type { Code, Codebook, Passage } from '../../../shared/model/coding';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { fixturePaths } from '../../../fixtures/generate';
import { CodingArea } from '../../../electron/core/coding/coding-area';
import { qdpxAsBundle } from '../../../electron/core/coding/refi';
import { CORPUS_SKIP_REASON, corpusDir, hasCorpus, projectRoot } from '../helpers';
import { codingCase } from './helpers';

const schemaDir = path.join(projectRoot, 'tests/resources/refi-qda');

async function validate(xml: string, schema: 'Project.xsd' | 'Codebook.xsd'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'written.xml', contents: xml }], schema: [{ fileName: schema, contents: await fs.readFile(path.join(schemaDir, schema), 'utf8') }] });
  return result.errors.map((error) => error.rawMessage);
}

/** What a round trip must keep of a code (not when or by whom it was made in this case). */
function essence(code: Code) {
  const { createdAt: _createdAt, createdBy: _createdBy, ...rest } = code;
  return rest;
}

function editedCodebook(): Codebook {
  const context = { analyst: 'Anna', now: '2025-03-01T10:00:00.000Z' };
  let codebook = defaultCodebook();
  codebook = addCode(codebook, { guid: '11111111-2222-4333-8444-555555555555', label: { nl: 'Eigen & <bijzonder>', en: 'Own | "special"' }, parentId: 'B', definition: { nl: 'Regel 1\nRegel 2 met \\ teken', en: 'Line' }, indicators: { nl: ['een | twee', 'drie'], en: [] }, shortcut: 'shift+9' }, context).codebook;
  codebook = moveCode(codebook, 'K1', 'SV3', 0);
  codebook = mergeCodes(codebook, [], 'SV8', 'SV2', context).codebook;
  return codebook;
}

describe('the vendored REFI-QDA schemas', () => {
  it('reject what breaks them (so a pass means something)', async () => {
    expect(await validate('<Project xmlns="urn:QDA-XML:project:1.0"/>', 'Project.xsd')).not.toEqual([]);
    expect(await validate('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="nope" name="x" isCodable="true"/></Codes></CodeBook>', 'Codebook.xsd')).not.toEqual([]);
  });
});

describe('REFI-QDA codebook (.qdc)', () => {
  it('writes a codebook that validates against Codebook.xsd', async () => {
    expect(await validate(writeQdc(editedCodebook(), 'Spoor test'), 'Codebook.xsd')).toEqual([]);
  });

  it('reads back the same codebook: both languages, definitions, indicators, nesting, colours, shortcuts, retirement', () => {
    const original = editedCodebook();
    const imported = importCodes({ version: 1, codes: [] }, readQdc(writeQdc(original, 'Spoor test')), { analyst: 'x', now: '2025-01-01T00:00:00.000Z' });
    // The reader lists codes depth-first; compare as sets keyed by id.
    const byId = (codes: Code[]) => Object.fromEntries(codes.map((code) => [code.id, essence(code)]));
    expect(byId(imported.codebook.codes)).toEqual(byId(original.codes));
  });

  it('reads a codebook written by another program, and adds only codes the case lacks', async () => {
    const foreign = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other QDA 1.0"><Codes>
  <Code guid="{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}" name="Thema" isCodable="false" color="#abc">
    <Description>Een thema zonder Spoor-regels.</Description>
    <Code guid="aaaaaaaa-bbbb-4ccc-8ddd-ffffffffffff" name="Subthema" isCodable="true"/>
  </Code>
  <Code guid="0c5545df-6fe2-41b6-b254-4d7f69ae3558" name="Bestaat al (BO1)" isCodable="true"/>
</Codes></CodeBook>`;
    expect(await validate(foreign, 'Codebook.xsd')).toEqual([]);
    const { call } = await codingCase();
    const result = await call('codebook:importQdc', { content: foreign });
    expect(result.added).toEqual(['K1', 'K2']);
    expect(result.alreadyPresent).toEqual(['BO1']);
    const theme = result.codebook.codes.find((code) => code.id === 'K1');
    expect(theme).toMatchObject({ label: { nl: 'Thema', en: 'Thema' }, codable: false, color: '#aabbcc', guid: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', definition: { nl: 'Een thema zonder Spoor-regels.' } });
    expect(result.codebook.codes.find((code) => code.id === 'K2')?.parentId).toBe('K1');
    await expect(call('codebook:importQdc', { content: '<Project/>' })).rejects.toMatchObject({ code: 'refiqda.invalid' });
    await expect(call('codebook:importQdc', { content: '<CodeBook><Codes><Code name="x"' })).rejects.toMatchObject({ code: 'refiqda.invalid' });
  });
});

describe('REFI-QDA project (.qdpx)', () => {
  it('exports sources, codebook, coded segments and memos that validate, and imports back the same', async () => {
    const { call, importText, service, settings, dir } = await codingCase('Export', 'Anna');
    const fixtures = fixturePaths();
    const report = await service.importFiles([{ path: fixtures.samplePdf, name: 'rapport.pdf', origin: fixtures.samplePdf }]);
    const pdfId = report.results[0]?.status === 'imported' ? report.results[0].documentId : '';
    // Characters outside the BMP count as one position in REFI-QDA and two in JavaScript.
    const text = 'Notitie 😀 van de directie.\nHet signaal 🚩 bleef intern.';
    const textId = await importText('notitie.txt', text);
    const page2 = (await call('documents:page', { id: pdfId, page: 2 })).page.text;
    const start = page2.indexOf(SAMPLE_SENTENCE_PAGE_2);
    const onPdf = await call('coding:apply', { documentId: pdfId, page: 2, start, end: start + SAMPLE_SENTENCE_PAGE_2.length, codeIds: ['BO1', 'SV1'] });
    const onText = await call('coding:apply', { documentId: textId, page: 1, start: text.indexOf('Het'), end: text.length, codeIds: ['SV2'] });
    await settings.update({ analystName: 'Bram' });
    await call('coding:apply', { documentId: textId, page: 1, start: text.indexOf('Het'), end: text.length, codeIds: ['SV3'] });
    await call('memos:add', { target: { kind: 'passage', passageId: onPdf.id }, text: 'Memo op passage' });
    await call('memos:add', { target: { kind: 'code', codeId: 'SV2' }, text: 'Memo op code' });
    await call('memos:add', { target: { kind: 'document', documentId: textId }, text: 'Memo op document' });
    await call('memos:add', { target: { kind: 'case' }, text: 'Memo op zaak' });

    const written = await call('coding:exportQdpx', {});
    expect(written).toMatchObject({ sources: 2, segments: 2, skipped: 0 });
    expect(written.path.startsWith(path.join(service.requireStore().root, 'exports'))).toBe(true);
    const bytes = new Uint8Array(await fs.readFile(written.path));
    const files = unzipSync(bytes);
    const qde = strFromU8(files['project.qde'] as Uint8Array);
    expect(await validate(qde, 'Project.xsd')).toEqual([]);
    expect(Object.keys(files).filter((name) => name.startsWith('sources/')).length).toBe(3);
    const original = await fs.readFile(fixtures.samplePdf);
    expect(Object.values(files).some((file) => Buffer.from(file).equals(original))).toBe(true);

    // Positions in the file count code points: the text segment starts after one emoji.
    const read = readQdpx(bytes);
    const textSource = read.sources.find((source) => source.kind === 'text');
    expect(textSource?.pages).toEqual([text]);
    expect(qde).toContain(`startPosition="${[...text.slice(0, text.indexOf('Het'))].length}"`);

    // Back into a case holding the same documents.
    const area = new CodingArea(service, settings);
    const { bundle, unplaced } = await qdpxAsBundle(area, bytes);
    expect(unplaced).toBe(0);
    const shape = (passages: readonly Passage[]) =>
      passages
        .map((p) => ({ documentId: p.documentId, anchor: { page: p.anchor.page, start: p.anchor.start, end: p.anchor.end, exact: p.anchor.exact }, codes: p.codes.map((c) => `${c.codeId}/${c.analyst}`).sort() }))
        .sort((a, b) => a.documentId.localeCompare(b.documentId));
    const current = await call('coding:retrieve', {});
    expect(shape(bundle.passages)).toEqual(shape(current.items.map((item) => item.passage)));
    expect(shape(bundle.passages).find((p) => p.documentId === textId)?.codes).toEqual(['SV2/Anna', 'SV3/Bram']);
    const codebook = await call('codebook:get', {});
    const byId = (codes: readonly Code[]) => Object.fromEntries(codes.map((code) => [code.id, essence(code)]));
    expect(byId(bundle.codebook.codes)).toEqual(byId(codebook.codes));
    expect(bundle.memos.map((memo) => `${memo.target.kind}:${memo.text}`).sort()).toEqual(['case:Memo op zaak', 'code:Memo op code', 'document:Memo op document', 'passage:Memo op passage']);
    expect(bundle.memos.find((memo) => memo.target.kind === 'code')?.target).toEqual({ kind: 'code', codeId: 'SV2' });
    expect(onText.anchor.exact).toBe('Het signaal 🚩 bleef intern.');

    // Merging that project into a fresh case with the same files goes through the same preview.
    const other = await codingCase('Ander', 'Cas');
    await other.service.importFiles([{ path: fixtures.samplePdf, name: 'rapport.pdf', origin: fixtures.samplePdf }]);
    await other.importText('notitie.txt', text);
    const file = path.join(dir, 'project.qdpx');
    await fs.writeFile(file, bytes);
    const ref = other.grants.add({ path: file, name: 'project.qdpx', origin: file }, bytes.length);
    const preview = await other.call('coding:mergePreview', { file: ref.id });
    expect(preview).toMatchObject({ matchedDocuments: 2, newPassages: 2, newMemos: 4, conflicts: [] });
    // Where there is no upload (Electron), the UI sends the project as base64.
    const viaBase64 = await other.call('coding:mergePreview', { base64: Buffer.from(bytes).toString('base64') });
    expect(viaBase64).toMatchObject({ matchedDocuments: 2, newPassages: 2, newMemos: 4 });
    await expect(other.call('coding:mergePreview', { base64: 'not base64!' })).rejects.toMatchObject({ code: 'contract.invalidInput' });
  });

  it('says clearly when a file is not a REFI-QDA project', async () => {
    expect(() => readQdpx(new TextEncoder().encode('PK not really a zip'))).toThrow(expect.objectContaining({ code: 'refiqda.invalid' }));
    expect(() => readQdpx(new Uint8Array([1, 2, 3]))).toThrow(expect.objectContaining({ code: 'refiqda.invalid' }));
  });
});

describe('REFI-QDA on real public documents', () => {
  if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
  it.skipIf(!hasCorpus)('exports coding on real Woo and parliamentary PDFs as a valid project and reads back the same segments', async () => {
    const { call, service, settings } = await codingCase('Corpus', 'Anna');
    const names = ['woo-besluit-landsadvocaat-stikstof.pdf', 'ah-tk-20202021-3235.pdf', 'vn-1441.pdf'];
    await service.importFiles(names.map((name) => ({ path: path.join(corpusDir, 'pdf', name), name, origin: name })));
    for (const doc of service.listDocuments()) {
      for (let page = 1; page <= doc.pageCount; page += 1) {
        const text = (await call('documents:page', { id: doc.id, page })).page.text;
        const start = text.search(/\S/);
        if (start < 0 || text.length - start < 30) continue;
        await call('coding:apply', { documentId: doc.id, page, start, end: start + 30, codeIds: [page % 2 ? 'SV3' : 'BO2'] });
      }
    }
    const written = await call('coding:exportQdpx', {});
    expect(written.segments).toBeGreaterThan(10);
    const bytes = new Uint8Array(await fs.readFile(written.path));
    expect(await validate(strFromU8(unzipSync(bytes)['project.qde'] as Uint8Array), 'Project.xsd')).toEqual([]);
    const { bundle, unplaced } = await qdpxAsBundle(new CodingArea(service, settings), bytes);
    expect(unplaced).toBe(0);
    const key = (p: Passage) => `${p.documentId}|${p.anchor.page}|${p.anchor.start}|${p.anchor.end}|${p.codes.map((c) => c.codeId).join()}`;
    const current = (await call('coding:retrieve', { limit: 5000 })).items.map((item) => item.passage);
    expect(bundle.passages.map(key).sort()).toEqual(current.map(key).sort());
  });
});
