import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEMP_PREFIX, readJsonFile, setWriteFaults, writeJsonAtomic } from '../../../electron/core/fs/atomic';
import { SpoorError } from '../../../shared/errors';
import { tempDir } from '../helpers';

const Doc = z.strictObject({ version: z.literal(1), items: z.array(z.string()) });

afterEach(() => setWriteFaults({}));

describe('writeJsonAtomic', () => {
  it('round-trips a value', async () => {
    const file = path.join(await tempDir(), 'data.json');
    await writeJsonAtomic(file, { version: 1, items: ['a'] });
    await expect(readJsonFile(file, Doc)).resolves.toEqual({ version: 1, items: ['a'] });
  });

  it('leaves the old file readable when the write is interrupted before the rename', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeJsonAtomic(file, { version: 1, items: ['saved'] });
    setWriteFaults({
      beforeRename: () => {
        throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
      },
    });
    await expect(writeJsonAtomic(file, { version: 1, items: ['lost'] })).rejects.toMatchObject({ code: 'io.failed' });
    setWriteFaults({});
    await expect(readJsonFile(file, Doc)).resolves.toEqual({ version: 1, items: ['saved'] });
    expect((await fs.readdir(dir)).filter((name) => name.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('reports a full disk as such and keeps the old content', async () => {
    const file = path.join(await tempDir(), 'data.json');
    await writeJsonAtomic(file, { version: 1, items: ['saved'] });
    setWriteFaults({
      beforeRename: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    const error = await writeJsonAtomic(file, { version: 1, items: ['new'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpoorError);
    expect((error as SpoorError).code).toBe('io.diskFull');
    setWriteFaults({});
    await expect(readJsonFile(file, Doc)).resolves.toEqual({ version: 1, items: ['saved'] });
  });
});

describe('readJsonFile', () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['missing', undefined, /missing/],
    ['truncated', '{"version": 1, "items": ["a"', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['wrong schema', '{"version": 2, "items": []}', /does not match its schema/],
  ];

  it.each(cases)('names the file when it is %s', async (_label, content, reason) => {
    const file = path.join(await tempDir(), 'documents.json');
    if (content !== undefined) await fs.writeFile(file, content);
    const error = (await readJsonFile(file, Doc).catch((caught: unknown) => caught)) as SpoorError;
    expect(error.code).toBe('case.corrupt');
    expect(error.details['file']).toBe('documents.json');
    expect(error.message).toMatch(reason);
  });
});
