import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The team's folder of real public documents, beside the checkout (absent on some machines). */
export const corpusDir = path.resolve(projectRoot, '../shared/corpus');
export const hasCorpus = fs.existsSync(corpusDir);
export const CORPUS_SKIP_REASON = `../shared/corpus is absent at ${corpusDir}: tests on real documents are skipped`;

const created: string[] = [];

/** A fresh temporary directory, removed after the test. */
export async function tempDir(prefix = 'spoor-test-'): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => fsp.rm(dir, { recursive: true, force: true })));
});

export function corpusFiles(subdir: string): string[] {
  const dir = path.join(corpusDir, subdir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name)) : [];
}
