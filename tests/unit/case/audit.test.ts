import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog, canonicalJson, parseLog } from '../../../electron/core/case/audit';
import { type CaseStore } from '../../../electron/core/case/case-store';
import { AuditEntry, GENESIS_HASH } from '../../../shared/model/integrity';
import { tempDir } from '../helpers';
import { closeAll, fixtures, newStore, openStore, readLines, serviceWithDocuments } from './case-helpers';

afterEach(closeAll);

const note = (...notes: string[]) => ({ version: 1 as const, notes });

async function storeWithHistory(): Promise<CaseStore> {
  const store = await newStore();
  await store.writeData('notes.json', note('een'), { type: 'memo.add', summary: 'Memo 1' });
  await store.writeData('notes.json', note('een', 'twee'), { type: 'memo.add', summary: 'Memo 2', details: { memo: 'm2' } });
  await store.writeData('notes.json', note('twee'), { type: 'memo.delete', summary: 'Memo 1 removed' });
  return store;
}

describe('the audit log', () => {
  it('records every change with time, analyst, type and the new file hash, chained to the entry before', async () => {
    const store = await storeWithHistory();
    const entries = (await readLines(store.layout.audit)).map((line) => AuditEntry.parse(JSON.parse(line)));
    expect(entries.map((entry) => entry.type)).toEqual(['case.create', 'memo.add', 'memo.add', 'memo.delete']);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]?.prev).toBe(GENESIS_HASH);
    entries.slice(1).forEach((entry, index) => expect(entry.prev).toBe(entries[index]?.hash));
    expect(entries[2]).toMatchObject({ analyst: 'A. Analist', summary: 'Memo 2', details: { memo: 'm2' } });
    const onDisk = await fs.readFile(path.join(store.root, 'notes.json'));
    const { createHash } = await import('node:crypto');
    expect(entries[3]?.files['notes.json']).toBe(createHash('sha256').update(onDisk).digest('hex'));
    expect(await store.auditVerify()).toMatchObject({ valid: true, entries: 4, headHash: entries[3]?.hash, problems: [] });
  });

  it('records imports and duplicate provenance through addDocument and updateDocument', async () => {
    const service = await serviceWithDocuments();
    const store = service.requireStore();
    await service.importFiles([{ path: fixtures.notesTxt, name: 'kopie.txt', origin: '/elders/kopie.txt' }]);
    const entries = await store.auditEntries();
    expect(entries.map((entry) => entry.type)).toEqual(['case.create', 'documents.import', 'documents.import', 'documents.update']);
    // The two files of the first batch are imported side by side: either may be recorded first.
    const notes = entries.find((entry) => entry.summary.includes('gespreksnotitie.txt'));
    expect(notes?.type).toBe('documents.import');
    expect(Object.keys(notes?.files ?? {})).toEqual([expect.stringMatching(/^text\/[0-9a-f]{64}\.json$/), 'documents.json']);
  });

  const tamperings: Array<[string, (lines: string[]) => string[], RegExp]> = [
    ['an edited summary', (lines) => lines.map((line, i) => (i === 2 ? line.replace('Memo 2', 'Memo 3') : line)), /edited/],
    ['an edited analyst, hash recomputed by hand is not enough', (lines) => lines.map((line, i) => (i === 1 ? line.replace('A. Analist', 'B. Ander') : line)), /line 2/],
    ['a deleted entry', (lines) => lines.filter((_, i) => i !== 1), /removed or inserted/],
    ['two entries swapped', (lines) => [lines[0]!, lines[2]!, lines[1]!, lines[3]!], /removed or inserted/],
    ['a line that is not JSON', (lines) => lines.map((line, i) => (i === 3 ? line.slice(0, 40) : line)), /not valid JSON/],
  ];

  it.each(tamperings)('detects %s', async (_label, tamper, reason) => {
    const store = await storeWithHistory();
    const lines = await readLines(store.layout.audit);
    await fs.writeFile(store.layout.audit, `${tamper(lines).join('\n')}\n`);
    const verification = await store.auditVerify();
    expect(verification.valid).toBe(false);
    expect(verification.problems.map((problem) => `line ${problem.line}: ${problem.reason}`).join('\n')).toMatch(reason);
  });

  it('detects an entry whose hash was recomputed after editing, by the broken link from the next one', async () => {
    const store = await storeWithHistory();
    const lines = await readLines(store.layout.audit);
    const { entryHash } = await import('../../../electron/core/case/audit');
    const edited = { ...AuditEntry.parse(JSON.parse(lines[1]!)), summary: 'iets anders' };
    lines[1] = JSON.stringify({ ...edited, hash: entryHash(edited) });
    await fs.writeFile(store.layout.audit, `${lines.join('\n')}\n`);
    expect((await store.auditVerify()).problems).toEqual([{ line: 3, reason: expect.stringMatching(/does not link/), code: 'auditLink', params: {} }]);
  });

  it('detects entries cut off the end against the newest backup', async () => {
    const store = await storeWithHistory();
    await store.backup('manual');
    const lines = await readLines(store.layout.audit);
    await fs.writeFile(store.layout.audit, `${lines.slice(0, 2).join('\n')}\n`);
    const report = await store.verify({ full: false });
    expect(report.audit.valid).toBe(false);
    expect(report.problems.some((problem) => problem.kind === 'auditBroken' && /backup/.test(problem.detail))).toBe(true);
  });

  it('hashes the canonical form, so key order on disk does not matter but content does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"e":3,"f":2}]},"b":1}');
    const parsed = parseLog('');
    expect(parsed.verification).toMatchObject({ valid: true, entries: 0, headHash: GENESIS_HASH });
  });

  it('cuts off an append torn by a crash when the case is opened, and says so', async () => {
    const store = await storeWithHistory();
    await store.close();
    await fs.appendFile(store.layout.audit, '{"seq":5,"time":"2024-');
    const reopened = await openStore(store.root);
    expect(reopened.opening.recovered).toEqual([{ code: 'tornAuditLine', params: {}, detail: expect.stringMatching(/incomplete last line of the audit log/) }]);
    expect((await reopened.auditVerify()).valid).toBe(true);
    await reopened.writeData('notes.json', note('drie'), { type: 'memo.add', summary: 'Memo 3' });
    expect((await reopened.auditVerify())).toMatchObject({ valid: true, entries: 5 });
  });

  it('records a change whose entry was written but whose file was not (a crash in between) as interrupted', async () => {
    const store = await storeWithHistory();
    await store.close();
    // What a crash right after the append leaves: an entry for content that never reached the file.
    const { log } = await AuditLog.open(store.layout.audit);
    await log.append({ type: 'memo.add', summary: 'Memo 4', files: { 'notes.json': 'f'.repeat(64) } }, 'A. Analist');
    const reopened = await openStore(store.root);
    expect(reopened.opening.recovered).toEqual([
      { code: 'interruptedChange', params: { seq: 5, summary: 'Memo 4' }, detail: expect.stringMatching(/change #5 \(Memo 4\) had been interrupted/) },
    ]);
    expect(reopened.opening.problems).toEqual([]);
    const entries = await reopened.auditEntries();
    expect(entries.at(-1)).toMatchObject({ type: 'recovery.interrupted', details: { seq: 5 } });
    expect((await reopened.verify({ full: true })).problems).toEqual([]);
  });

  it('records an interrupted first write of a data file as interrupted, the file not expected any more', async () => {
    const store = await storeWithHistory();
    await store.close();
    // A crash between the entry and the first write of a file the case did not have yet.
    const { log } = await AuditLog.open(store.layout.audit);
    await log.append({ type: 'woo.inventory', summary: 'Inventory read', files: { 'woo.json': 'e'.repeat(64) } }, 'A. Analist');
    const reopened = await openStore(store.root);
    expect(reopened.opening.recovered).toEqual([
      { code: 'interruptedChange', params: { seq: 5, summary: 'Inventory read' }, detail: expect.stringMatching(/change #5 \(Inventory read\) had been interrupted/) },
    ]);
    expect(reopened.opening.problems).toEqual([]);
    expect((await reopened.verify({ full: true })).problems).toEqual([]);
    // The file can be written as if for the first time, and the case still verifies after reopening.
    await reopened.writeData('woo.json', note('inventaris'), { type: 'woo.inventory', summary: 'Inventory read again' });
    await reopened.close();
    const again = await openStore(store.root);
    expect(again.opening).toMatchObject({ recovered: [], problems: [] });
    expect((await again.verify({ full: true })).problems).toEqual([]);
    expect((await again.auditVerify()).valid).toBe(true);
  });

  it('reports a data file changed outside Spoor by name', async () => {
    const store = await storeWithHistory();
    await store.close();
    await fs.writeFile(path.join(store.root, 'notes.json'), JSON.stringify(note('vervalst')));
    await fs.writeFile(path.join(store.root, 'extra.json'), '{}');
    const reopened = await openStore(store.root);
    expect(reopened.opening.problems).toEqual([
      { kind: 'fileChanged', file: 'notes.json', detail: 'changed outside Spoor after audit entry #4', reason: 'changedAfterEntry', params: { seq: 4 } },
      { kind: 'fileChanged', file: 'extra.json', detail: 'not recorded in the audit log: written outside Spoor', reason: 'notRecorded', params: {} },
    ]);
  });

  it('starts the log when it opens a case of format 1, recording the files as found', async () => {
    const root = path.join(await tempDir(), 'Oud.spoor');
    await fs.mkdir(path.join(root, 'originals'), { recursive: true });
    await fs.mkdir(path.join(root, 'text'));
    await fs.writeFile(path.join(root, 'documents.json'), JSON.stringify({ version: 1, documents: [] }));
    await fs.writeFile(path.join(root, 'codebook.json'), JSON.stringify({ codes: [] }));
    await fs.writeFile(path.join(root, 'case.json'), JSON.stringify({ format: 'spoor-case', version: 1, id: 'x', name: 'Oud', createdAt: '2024-01-01T00:00:00.000Z' }));
    const store = await openStore(root);
    expect(store.manifest.version).toBe(2);
    const [entry] = await store.auditEntries();
    expect(entry).toMatchObject({ seq: 1, type: 'case.migrate' });
    expect(Object.keys(entry!.files).sort()).toEqual(['case.json', 'codebook.json', 'documents.json']);
    expect((await store.verify({ full: true })).problems).toEqual([]);
  });

  it('records an action that changes no file (an export) and exposes the head hash for reports', async () => {
    const store = await newStore();
    const entry = await store.recordAction({ type: 'export.report', summary: 'Rapport geëxporteerd', details: { format: 'html' } });
    expect(store.auditHead()).toEqual({ entries: 2, headHash: entry.hash });
  });
});
