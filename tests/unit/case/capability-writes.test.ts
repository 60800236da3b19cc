import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { codingCase } from '../coding/helpers';

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');
const MEMO = 'Gespreksnotitie. De directie wist van het signaal van de ombudsman en gaf het niet door.';

/** What Spoor itself keeps at the top of a case folder besides the areas' data files. */
const CASE_OWN = new Set(['case.json', 'documents.json', 'audit.jsonl', 'spoor.lock']);
const FOLDERS = new Set(['originals', 'text', 'backups', 'exports', 'index']);

describe('what the capabilities write into a case', () => {
  it('every file at the top of the case folder is the case’s own or an audited data file, and the case verifies', async () => {
    const { service, call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO);
    const inventory = path.join(fixturePaths().wooDir, 'inventarislijst.xlsx');
    await service.importFiles([{ path: inventory, name: 'inventarislijst.xlsx', origin: inventory }]);
    const passage = await call('coding:apply', { documentId, page: 1, start: MEMO.indexOf('signaal'), end: MEMO.indexOf('signaal') + 7, codeIds: ['SV1'] });
    await call('memos:add', { target: { kind: 'passage', passageId: passage.id }, text: 'Belangrijk' });
    const actor = await call('chronology:addActor', { name: 'Directie', kind: 'organisation', role: 'uitvoering' });
    await call('chronology:addEvent', { date: { kind: 'year', year: 2019 }, title: 'Signaal', type: 'signal', actorIds: [actor.id], citations: [{ passageId: passage.id }] });
    await call('search:save', { name: 'Signalen', query: 'signaal', exact: false, facets: {} });

    const root = service.requireStore().root;
    const audited = new Set((await service.auditEntries()).flatMap((entry) => Object.keys(entry.files)));
    for (const entry of await fs.readdir(root, { withFileTypes: true })) {
      if (entry.isDirectory()) expect(FOLDERS, `folder ${entry.name}`).toContain(entry.name);
      else if (!CASE_OWN.has(entry.name)) expect(audited, `${entry.name} is written outside the audit log`).toContain(entry.name);
    }
    for (const file of ['codebook.json', 'coding.json', 'memos.json', 'chronology.json', 'searches.json', 'woo.json']) expect(audited).toContain(file);
    expect((await service.verify(true)).problems).toEqual([]);
  });

  it('records every export in the audit log with the SHA-256 of the file that left the case', async () => {
    const { service, call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO);
    await call('coding:apply', { documentId, page: 1, start: 0, end: 16, codeIds: ['SV1'] });

    const qdc = await call('codebook:exportQdc', {});
    const bundle = await call('coding:exportBundle', {});
    const qdpx = await call('coding:exportQdpx', {});
    const report = await call('chronology:export', { format: 'html' });

    const exports = (await service.auditEntries()).filter((entry) => entry.type.startsWith('export.'));
    expect(exports.map((entry) => entry.type)).toEqual(['export.qdc', 'export.coding', 'export.qdpx', 'export.chronology']);
    expect(exports[0]?.details).toEqual({ format: 'qdc', fileName: qdc.fileName, sha256: sha256(qdc.content) });
    expect(exports[1]?.details).toEqual({ format: 'coding', fileName: bundle.fileName, sha256: sha256(bundle.content) });
    expect(exports[2]?.details).toEqual({ format: 'qdpx', fileName: path.basename(qdpx.path), sha256: sha256(await fs.readFile(qdpx.path)) });
    expect(exports[3]?.details).toMatchObject({ format: 'html', fileName: report.fileName, sha256: sha256(report.content) });
    expect((await service.verify(true)).problems).toEqual([]);
  });
});
