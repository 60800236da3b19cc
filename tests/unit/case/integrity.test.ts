import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { CASE_FORMAT_VERSION } from '../../../shared/model/case';
import { tempDir } from '../helpers';
import { closeAll, fixtures, serviceWithDocuments, source, track } from './case-helpers';

afterEach(closeAll);

async function closedCaseWithDocuments() {
  const service = await serviceWithDocuments();
  const store = service.requireStore();
  const docs = store.listDocuments().map((doc) => ({ ...doc, original: store.layout.original(doc.sha256, doc.kind), text: store.layout.text(doc.sha256) }));
  const root = store.root;
  await store.backup('manual');
  await service.closeCase();
  return { root, docs };
}

async function reopen(root: string, options = {}) {
  const service = new CaseService({ casesDir: path.dirname(root) });
  track({ close: () => service.dispose() });
  await service.openCase(root, options);
  return service;
}

describe('the integrity check', () => {
  it('hashes every original and finds nothing wrong in an untouched case', async () => {
    const { root } = await closedCaseWithDocuments();
    const report = await (await reopen(root)).verify(true);
    expect(report).toMatchObject({ full: true, documents: 2, originalsVerified: 2, problems: [], audit: { valid: true } });
  });

  it('names an original changed in place (same size) and one deleted, by document', async () => {
    const { root, docs } = await closedCaseWithDocuments();
    const [txt, md] = docs;
    const bytes = await fs.readFile(txt!.original);
    bytes[0] = bytes[0]! ^ 1;
    await fs.writeFile(txt!.original, bytes);
    await fs.rm(md!.original);
    const service = await reopen(root);
    const quick = await service.verify(false);
    expect(quick.problems).toEqual([{ kind: 'originalMissing', file: expect.stringContaining(md!.sha256), document: md!.title, detail: 'missing', reason: 'missing', params: {} }]);
    const full = await service.verify(true);
    expect(full.problems).toEqual([
      {
        kind: 'originalChanged',
        file: expect.stringContaining(txt!.sha256),
        document: txt!.title,
        detail: expect.stringMatching(/^SHA-256 is now [0-9a-f]{64}$/),
        reason: 'hashChanged',
        params: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      { kind: 'originalMissing', file: expect.stringContaining(md!.sha256), document: md!.title, detail: 'missing', reason: 'missing', params: {} },
    ]);
    expect(full.originalsVerified).toBe(0);
  });

  it('names missing and damaged extracted text', async () => {
    const { root, docs } = await closedCaseWithDocuments();
    await fs.rm(docs[0]!.text);
    await fs.writeFile(docs[1]!.text, '{"version": 1, "sha256": "');
    const report = await (await reopen(root)).verify(true);
    expect(report.problems.map((problem) => [problem.kind, problem.document])).toEqual([
      ['textMissing', docs[0]!.title],
      ['textCorrupt', docs[1]!.title],
    ]);
  });
});

describe('corrupted case files', () => {
  it('reports a truncated documents.json by name and offers the newest backup; restoring it opens the case with its documents', async () => {
    const { root } = await closedCaseWithDocuments();
    const documentsFile = path.join(root, 'documents.json');
    const good = await fs.readFile(documentsFile, 'utf8');
    await fs.writeFile(documentsFile, good.slice(0, good.length / 2));
    const error = await reopen(root).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'case.corrupt', details: { file: 'documents.json', backup: expect.any(String), backupTime: expect.any(String) } });
    const backupId = String((error as { details: Record<string, string> }).details['backup']);

    const service = new CaseService({ casesDir: path.dirname(root) });
    track({ close: () => service.dispose() });
    const { result, summary } = await service.restoreBackup(root, backupId);
    expect(result.restored).toContain('documents.json');
    expect(summary.documentCount).toBe(2);
    const report = await service.verify(true);
    expect(report.problems).toEqual([]);
    const entries = await service.auditEntries();
    expect(entries.at(-1)).toMatchObject({ type: 'case.restore', details: { backup: backupId } });
    // The damaged file is kept in the 'before-restore' backup.
    const before = (await service.listBackups()).find((backup) => backup.reason === 'before-restore');
    expect(before?.files).toContain('documents.json');
  });

  it.each([
    ['documents.json of a wrong schema version', 'documents.json', '{"version": 2, "documents": []}', /does not match its schema/],
    ['an empty case.json', 'case.json', '', /not valid JSON/],
  ])('refuses %s, naming it', async (_label, file, content, reason) => {
    const { root } = await closedCaseWithDocuments();
    await fs.writeFile(path.join(root, file), content);
    const error = (await reopen(root).catch((caught: unknown) => caught)) as { code: string; message: string; details: Record<string, string> };
    expect(error.code).toBe('case.corrupt');
    expect(error.details['file']).toBe(file);
    expect(error.message).toMatch(reason);
  });

  it('refuses a case.json of a newer format rather than guessing', async () => {
    const { root } = await closedCaseWithDocuments();
    const manifest = JSON.parse(await fs.readFile(path.join(root, 'case.json'), 'utf8'));
    await fs.writeFile(path.join(root, 'case.json'), JSON.stringify({ ...manifest, version: CASE_FORMAT_VERSION + 5 }));
    await expect(reopen(root)).rejects.toMatchObject({ code: 'case.newerVersion' });
  });

  it('refuses a case whose audit log was deleted, and restores the log from a backup, saying what is lost', async () => {
    const { root } = await closedCaseWithDocuments();
    await fs.rm(path.join(root, 'audit.jsonl'));
    const error = (await reopen(root).catch((caught: unknown) => caught)) as { code: string; details: Record<string, string> };
    expect(error).toMatchObject({ code: 'case.corrupt', details: { file: 'audit.jsonl', reason: 'missing' } });
    const service = new CaseService({ casesDir: path.dirname(root) });
    track({ close: () => service.dispose() });
    const { result } = await service.restoreBackup(root, error.details['backup']!);
    expect(result.auditReplaced).toBe(true);
    const last = (await service.auditEntries()).at(-1);
    expect(last?.summary).toMatch(/The audit log was missing and was replaced by the backup's copy: entries made after the backup are not in it/);
    expect((await service.auditVerify()).valid).toBe(true);
  });

  it('keeps a damaged audit log beside the restored one', async () => {
    const { root } = await closedCaseWithDocuments();
    const auditFile = path.join(root, 'audit.jsonl');
    const lines = (await fs.readFile(auditFile, 'utf8')).split('\n');
    await fs.writeFile(auditFile, lines.map((line, i) => (i === 1 ? line.replace('Imported', 'Ingevoerd') : line)).join('\n'));
    const service = await reopen(root);
    expect((await service.verify(false)).problems.some((problem) => problem.kind === 'auditBroken')).toBe(true);
    const [backup] = await service.listBackups();
    const { result } = await service.restoreBackup(root, backup!.id);
    expect(result.auditReplaced).toBe(true);
    expect((await fs.readdir(root)).some((name) => /^audit\.damaged-.*\.jsonl$/.test(name))).toBe(true);
    expect((await service.verify(true)).problems).toEqual([]);
  });

  it('refuses to restore a damaged backup', async () => {
    const { root } = await closedCaseWithDocuments();
    const service = await reopen(root);
    const [backup] = await service.listBackups();
    await fs.writeFile(path.join(root, 'backups', backup!.id, 'documents.json'), '{}');
    await expect(service.restoreBackup(root, backup!.id)).rejects.toMatchObject({ code: 'backup.damaged', details: { file: 'documents.json' } });
    await expect(service.restoreBackup(root, '2024-01-01T00-00-00-000Z-abcdef')).rejects.toMatchObject({ code: 'backup.notFound' });
  });
});

describe('automatic backups', () => {
  it('backs up the data files (never originals) on opening a changed case and on closing, keeping the newest ten', async () => {
    const service = new CaseService({ casesDir: await tempDir(), backupIntervalMs: 0 });
    track({ close: () => service.dispose() });
    await service.createCase('Zaak');
    const store = service.requireStore();
    for (let i = 0; i < 14; i += 1) await store.writeData('notes.json', { version: 1, notes: [String(i)] }, { type: 'memo.add', summary: `memo ${i}` });
    await service.importFiles([source(fixtures.notesTxt)]);
    await store.flush();
    const backups = await service.listBackups();
    expect(backups).toHaveLength(10);
    expect(backups[0]?.files.sort()).toEqual(['audit.jsonl', 'case.json', 'documents.json', 'notes.json']);
    const folders = await fs.readdir(path.join(store.root, 'backups'), { recursive: true });
    expect(folders.some((name) => name.includes('originals') || name.includes('text'))).toBe(false);
    expect(backups[0]?.auditHead).toBe(store.auditHead().headHash);
  });

  it('lists the backups of a case that cannot be opened', async () => {
    const { root } = await closedCaseWithDocuments();
    await fs.writeFile(path.join(root, 'case.json'), '{');
    const service = new CaseService({ casesDir: path.dirname(root) });
    track({ close: () => service.dispose() });
    expect((await service.listBackups(root)).length).toBeGreaterThan(0);
  });
});

describe('stopping the integrity check', () => {
  it('stops between two documents with verify.cancelled, and the next check runs to the end', async () => {
    const seen: number[] = [];
    let stopAtFirst = true;
    const service: CaseService = new CaseService({
      casesDir: await tempDir(),
      analyst: () => 'A. Analist',
      onVerifyProgress: ({ done }) => {
        seen.push(done);
        // Stopped as the first document is done: the second is never checked.
        if (stopAtFirst && done === 1) expect(service.cancelVerify()).toBe(true);
      },
    });
    track({ close: () => service.dispose() });
    await service.createCase('Zaak');
    await service.importFiles([source(fixtures.notesTxt), source(fixtures.notesMd)]);

    await expect(service.verify(true)).rejects.toMatchObject({ code: 'verify.cancelled', details: { done: 1, total: 2 } });
    expect(seen).toEqual([1]);
    expect(service.cancelVerify()).toBe(false);

    seen.length = 0;
    stopAtFirst = false;
    expect(await service.verify(true)).toMatchObject({ documents: 2, originalsVerified: 2, problems: [] });
    expect(seen).toEqual([1, 2]);
  });
});
