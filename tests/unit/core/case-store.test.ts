import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolderFor } from '../../../electron/core/case/case-options';
import { CaseStore } from '../../../electron/core/case/case-store';
import { CASE_FORMAT_VERSION } from '../../../shared/model/case';
import { documentIdFor, type DocumentRecord } from '../../../shared/model/document';
import { tempDir } from '../helpers';

describe('CaseStore', () => {
  it('creates Name.spoor with a versioned case.json and opens it again', async () => {
    const dir = await tempDir();
    const created = await CaseStore.create(path.join(dir, 'Toeslagen'), 'Toeslagen');
    expect(created.root).toBe(path.join(dir, 'Toeslagen.spoor'));
    const manifest = JSON.parse(await fs.readFile(path.join(created.root, 'case.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'spoor-case', version: CASE_FORMAT_VERSION, name: 'Toeslagen' });

    await created.close();
    const reopened = await CaseStore.open(created.root);
    expect(reopened.summary()).toEqual(created.summary());
  });

  it('does not overwrite an existing case', async () => {
    const dir = await tempDir();
    await CaseStore.create(path.join(dir, 'Zaak'), 'Zaak');
    await expect(CaseStore.create(path.join(dir, 'Zaak.spoor'), 'Zaak')).rejects.toMatchObject({ code: 'case.exists' });
  });

  it('refuses a folder that is not a case', async () => {
    await expect(CaseStore.open(await tempDir())).rejects.toMatchObject({ code: 'case.notFound' });
  });

  it('refuses a case written by a newer Spoor, naming its format', async () => {
    const store = await CaseStore.create(path.join(await tempDir(), 'Nieuw'), 'Nieuw');
    await store.close();
    const file = path.join(store.root, 'case.json');
    const manifest = JSON.parse(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, JSON.stringify({ ...manifest, version: CASE_FORMAT_VERSION + 1 }));
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ code: 'case.newerVersion', details: { version: CASE_FORMAT_VERSION + 1 } });
  });

  it('reports a truncated documents.json by name instead of opening an empty case', async () => {
    const store = await CaseStore.create(path.join(await tempDir(), 'Kapot'), 'Kapot');
    await store.close();
    await fs.writeFile(path.join(store.root, 'documents.json'), '{"version": 1, "documents": [');
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ code: 'case.corrupt', details: { file: 'documents.json' } });
  });

  it('maps a folder with or without the .spoor suffix to the same case folder', () => {
    expect(caseFolderFor('/x/Zaak')).toBe('/x/Zaak.spoor');
    expect(caseFolderFor('/x/Zaak.spoor')).toBe('/x/Zaak.spoor');
  });

  it('adds an original given twice at once only once, recording the second as another origin', async () => {
    const store = await CaseStore.create(path.join(await tempDir(), 'Dubbel'), 'Dubbel');
    const file = path.join(await tempDir(), 'notitie.txt');
    await fs.writeFile(file, 'Dezelfde notitie.\n');
    const sha256 = createHash('sha256').update(await fs.readFile(file)).digest('hex');
    const recordFrom = (originalPath: string): DocumentRecord => ({
      id: documentIdFor(sha256),
      sha256,
      title: 'notitie',
      kind: 'text',
      mediaType: 'text/plain',
      size: 18,
      pageCount: 1,
      provenance: [{ originalName: path.basename(originalPath), originalPath, importedAt: new Date().toISOString(), importer: 'test' }],
    });
    const text = { version: 1 as const, sha256, pages: [{ page: 1, text: 'Dezelfde notitie.', source: 'plain' as const }] };
    // Both were checked against the case before either was stored, as two files of one batch are.
    const [first, second] = await Promise.all([store.addDocument(recordFrom('/a/notitie.txt'), file, text), store.addDocument(recordFrom('/b/kopie.txt'), file, text)]);
    expect([first.added, second.added]).toEqual([true, false]);
    expect(store.listDocuments()).toHaveLength(1);
    expect(store.listDocuments()[0]?.provenance.map((p) => p.originalPath)).toEqual(['/a/notitie.txt', '/b/kopie.txt']);
    expect((await store.auditEntries()).map((entry) => entry.type)).toEqual(['case.create', 'documents.import', 'documents.update']);
    await store.close();
  });
});
