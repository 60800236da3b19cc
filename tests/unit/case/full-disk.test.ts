import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/case/case-store';
import { setWriteFaults } from '../../../electron/core/fs/atomic';
import { CaseService } from '../../../electron/core/service/case-service';
import { tempDir } from '../helpers';
import { Notes, closeAll, fixtures, newStore, source, track } from './case-helpers';

afterEach(async () => {
  setWriteFaults({});
  await closeAll();
});

const fail = (code: string) => () => {
  throw Object.assign(new Error(code), { code });
};
const note = (...notes: string[]) => ({ version: 1 as const, notes });
const action = (summary: string) => ({ type: 'memo.add', summary });

describe('a full disk or read-only folder (injected write errors)', () => {
  it.each([
    ['replacing the file', 'beforeRename'],
    ['appending to the audit log', 'beforeAppend'],
  ] as const)('fails a save with io.diskFull while %s, keeps what was saved, and saves again once there is room', async (_label, hook) => {
    const store = await newStore();
    await store.writeData('notes.json', note('bewaard'), action('saved'));
    setWriteFaults({ [hook]: fail('ENOSPC') });
    await expect(store.writeData('notes.json', note('bewaard', 'verloren'), action('lost'))).rejects.toMatchObject({ code: 'io.diskFull' });
    setWriteFaults({});
    expect(await store.readData('notes.json', Notes, note())).toEqual(note('bewaard'));
    expect((await store.auditEntries()).map((entry) => entry.summary)).toEqual(['Case "Zaak" created', 'saved']);
    expect((await store.verify({ full: true })).problems).toEqual([]);
    await store.writeData('notes.json', note('bewaard', 'later'), action('later'));
    expect(await store.readData('notes.json', Notes, note())).toEqual(note('bewaard', 'later'));
    expect((await store.auditVerify()).valid).toBe(true);
  });

  it('fails an import on a read-only disk with io.readOnly and leaves the case as it was', async () => {
    const service = new CaseService({ casesDir: await tempDir('spoor-ro-') });
    track({ close: () => service.dispose() });
    await service.createCase('Zaak');
    setWriteFaults({ beforeRename: fail('EROFS') });
    const report = await service.importFiles([source(fixtures.notesTxt)]);
    expect(report.results[0]).toMatchObject({ status: 'failed', error: { code: 'io.readOnly' } });
    setWriteFaults({});
    expect(service.listDocuments()).toEqual([]);
    expect((await service.verify(true)).problems).toEqual([]);
    expect((await service.importFiles([source(fixtures.notesTxt)])).results[0]?.status).toBe('imported');
  });
});

/** A real, tiny filesystem: tmpfs mounted for the test (needs root, as in CI). */
async function mountTmpfs(dir: string, sizeKb: number): Promise<boolean> {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mountPoint = path.join(os.tmpdir(), `spoor-tmpfs-${process.pid}`);
let mounted = false;

beforeAll(async () => {
  await fs.mkdir(mountPoint, { recursive: true });
  mounted = process.getuid?.() === 0 && (await mountTmpfs(mountPoint, 1024));
  if (!mounted) console.warn('[full-disk] cannot mount a tmpfs here (needs root): the real-disk tests are skipped; the injected-error tests above still run');
});

afterAll(async () => {
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  await fs.rm(mountPoint, { recursive: true, force: true });
});

describe('a real full disk and a real read-only mount (tmpfs)', () => {
  it('fails clearly when the disk fills, damages nothing saved, and works again once space is freed', async (context) => {
    if (!mounted) context.skip();
    const store = track(await CaseStore.create(path.join(mountPoint, 'Vol'), 'Vol'));
    await store.writeData('notes.json', note('bewaard'), action('saved'));
    const filler = path.join(mountPoint, 'filler.bin');
    // Fill the disk up to a few kilobytes.
    const { bavail, bsize } = await fs.statfs(mountPoint);
    await fs.writeFile(filler, Buffer.alloc(Math.max(0, (bavail - 2) * bsize)));
    const big = note('bewaard', 'x'.repeat(64 * 1024));
    await expect(store.writeData('notes.json', big, action('too big'))).rejects.toMatchObject({ code: 'io.diskFull' });
    expect(await store.readData('notes.json', Notes, note())).toEqual(note('bewaard'));
    expect((await store.verify({ full: true })).problems).toEqual([]);
    expect((await fs.readdir(store.root)).filter((name) => name.startsWith('.tmp-'))).toEqual([]);

    await fs.rm(filler);
    await store.writeData('notes.json', big, action('after freeing space'));
    expect(await store.readData('notes.json', Notes, note())).toEqual(big);
    expect((await store.auditEntries()).map((entry) => entry.summary).slice(-2)).toEqual(['saved', 'after freeing space']);
    await store.close();
    const reopened = track(await CaseStore.open(store.root));
    expect(reopened.opening.problems).toEqual([]);
  });

  it('opens a case on a read-only mount read-only, and a save says the folder is read-only', async (context) => {
    if (!mounted) context.skip();
    const store = await CaseStore.create(path.join(mountPoint, 'Alleen'), 'Alleen');
    await store.writeData('notes.json', note('bewaard'), action('saved'));
    await store.close();
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const opened = track(await CaseStore.open(store.root));
      expect(opened.summary().readOnly).toBe(true);
      expect(await opened.readData('notes.json', Notes, note())).toEqual(note('bewaard'));
      await expect(opened.writeData('notes.json', note('nee'), action('refused'))).rejects.toMatchObject({ code: 'io.readOnly' });
      await opened.close();
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});
