import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CaseOpenOptions } from '../../../electron/core/case/case-options';
import { CaseStore } from '../../../electron/core/case/case-store';
import { CaseService } from '../../../electron/core/service/case-service';
import { fixturePaths } from '../../../fixtures/generate';
import { tempDir } from '../helpers';

export const Notes = z.strictObject({ version: z.literal(1), notes: z.array(z.string()) });
export const fixtures = fixturePaths();
export const source = (file: string) => ({ path: file, name: path.basename(file), origin: file });

const opened: Array<{ close(): Promise<void> }> = [];

/** Stores and services opened by a test, closed by `closeAll` (their locks released). */
export function track<T extends { close(): Promise<void> }>(item: T): T {
  opened.push(item);
  return item;
}

export async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((item) => item.close().catch(() => undefined)));
}

export async function newStore(name = 'Zaak', options: CaseOpenOptions = {}): Promise<CaseStore> {
  return track(await CaseStore.create(path.join(await tempDir(), name), name, { analyst: () => 'A. Analist', ...options }));
}

export async function openStore(root: string, options: CaseOpenOptions = {}): Promise<CaseStore> {
  return track(await CaseStore.open(root, { analyst: () => 'A. Analist', ...options }));
}

/** A service with a case holding the generated text note and Markdown file (no PDF worker needed). */
export async function serviceWithDocuments(): Promise<CaseService> {
  const service = new CaseService({ casesDir: await tempDir(), analyst: () => 'A. Analist' });
  track({ close: () => service.dispose() });
  await service.createCase('Zaak');
  await service.importFiles([source(fixtures.notesTxt), source(fixtures.notesMd)]);
  return service;
}

export async function readLines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
}
