import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/case/case-store';
import { LOCK_FILE } from '../../../electron/core/case/lock';
import { projectRoot, tempDir } from '../helpers';
import { Notes, closeAll, newStore, openStore } from './case-helpers';

afterEach(closeAll);

const note = (text: string) => ({ version: 1 as const, notes: [text] });
const action = { type: 'test.note', summary: 'note' };

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

describe('the case lock', () => {
  it('refuses a second opening while the first holds the case, naming the holder', async () => {
    const store = await newStore();
    const error = await CaseStore.open(store.root).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'case.locked', details: { pid: process.pid, host: os.hostname(), stale: 'no', path: store.root } });
  });

  it('lets a take-over win: the old holder can no longer write, so nothing is silently overwritten', async () => {
    const first = await newStore();
    await first.writeData('notes.json', note('first'), action);
    const second = await openStore(first.root, { takeOver: true });
    await second.writeData('notes.json', note('second'), action);
    await expect(first.writeData('notes.json', note('stale window'), action)).rejects.toMatchObject({ code: 'case.lockLost' });
    expect(await second.readData('notes.json', Notes, { version: 1, notes: [] })).toEqual(note('second'));
    expect((await second.auditVerify()).valid).toBe(true);
  });

  it('detects a lock left by a crashed process as stale, and lets it be taken over', async () => {
    const store = await newStore();
    await store.close();
    const lockFile = path.join(store.root, LOCK_FILE);
    const now = new Date().toISOString();
    const crashed = { instance: 'crashed', path: store.root, pid: deadPid(), host: os.hostname(), holder: 'Spoor', since: now, updatedAt: now };
    await fs.writeFile(lockFile, JSON.stringify(crashed));
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ code: 'case.locked', details: { stale: 'yes', pid: crashed.pid } });
    const taken = await openStore(store.root, { takeOver: true });
    await taken.writeData('notes.json', note('after crash'), action);
    expect(JSON.parse(await fs.readFile(lockFile, 'utf8')).pid).toBe(process.pid);
  });

  it('treats a torn lock file and one from a machine silent for long as stale', async () => {
    const store = await newStore();
    await store.close();
    const lockFile = path.join(store.root, LOCK_FILE);
    await fs.writeFile(lockFile, '{"instance": "x", "pi');
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ details: { stale: 'yes' } });
    const old = new Date(Date.now() - 3_600_000).toISOString();
    await fs.writeFile(lockFile, JSON.stringify({ instance: 'y', path: store.root, pid: 1, host: 'andere-laptop', holder: 'Spoor', since: old, updatedAt: old }));
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ details: { stale: 'yes', host: 'andere-laptop' } });
    const fresh = new Date().toISOString();
    await fs.writeFile(lockFile, JSON.stringify({ instance: 'z', path: store.root, pid: 1, host: 'andere-laptop', holder: 'Spoor', since: fresh, updatedAt: fresh }));
    await expect(CaseStore.open(store.root)).rejects.toMatchObject({ details: { stale: 'no' } });
  });

  it('does not let a lock file copied along with the folder lock the copy', async () => {
    const store = await newStore();
    const copy = `${store.root.slice(0, -'.spoor'.length)}-kopie.spoor`;
    await fs.cp(store.root, copy, { recursive: true });
    const opened = await openStore(copy);
    expect(opened.readOnly).toBe(false);
  });

  it('opens read-only beside the holder; writing then fails clearly', async () => {
    const store = await newStore();
    const reader = await openStore(store.root, { readOnly: true });
    expect(reader.summary().readOnly).toBe(true);
    await expect(reader.writeData('notes.json', note('x'), action)).rejects.toMatchObject({ code: 'io.readOnly' });
  });

  it('is released on close', async () => {
    const store = await newStore();
    await store.close();
    await expect(fs.access(path.join(store.root, LOCK_FILE))).rejects.toThrow();
    await openStore(store.root);
  });

  it('keeps a second process out, and after that process is killed lets the case be taken over', async () => {
    const store = await newStore();
    await store.close();
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/case/hold-case.ts', store.root], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('HOLDING') ? resolve() : undefined));
        holder.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      await expect(CaseStore.open(store.root)).rejects.toMatchObject({ code: 'case.locked', details: { pid: holder.pid, stale: 'no', holder: 'hold-case test' } });
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
      await expect(CaseStore.open(store.root)).rejects.toMatchObject({ code: 'case.locked', details: { stale: 'yes' } });
      const taken = await openStore(store.root, { takeOver: true });
      expect(taken.opening.problems).toEqual([]);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('puts nothing in the folder of a case it cannot lock', async () => {
    const root = path.join(await tempDir(), 'Leeg.spoor');
    await expect(CaseStore.open(root)).rejects.toMatchObject({ code: 'case.notFound' });
    await expect(fs.access(root)).rejects.toThrow();
  });
});
