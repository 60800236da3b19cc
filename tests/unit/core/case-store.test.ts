import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore, caseFolderFor } from '../../../electron/core/case/case-store';
import { CASE_FORMAT_VERSION } from '../../../shared/model/case';
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
});
