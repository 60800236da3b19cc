import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ANALYZER_VERSION } from '../../../shared/search/analyzer';
import { writeJsonAtomic } from '../fs/atomic';

/**
 * `<case>/index/`: the search index, a derived artefact. manifest.json lists
 * the shards and the documents each covers; `<id>.spx` are the shards. Any
 * of it may be deleted: what is missing or unreadable is rebuilt from the
 * case's extracted text.
 */
export const INDEX_DIR = 'index';

export const ShardEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]+$/),
  file: z.string().regex(/^[A-Za-z0-9-]+\.spx$/),
  documents: z.array(z.string()),
  passages: z.number().int().nonnegative(),
  totalLength: z.number().int().nonnegative(),
});
export type ShardEntry = z.infer<typeof ShardEntry>;

export const IndexManifest = z.strictObject({
  version: z.literal(1),
  analyzer: z.number().int(),
  shards: z.array(ShardEntry),
});
export type IndexManifest = z.infer<typeof IndexManifest>;

export function indexDir(caseRoot: string): string {
  return path.join(caseRoot, INDEX_DIR);
}

/** The manifest, or an empty one when it is missing, damaged or from another analyzer (everything is then rebuilt). */
export async function readManifest(dir: string): Promise<IndexManifest> {
  const empty: IndexManifest = { version: 1, analyzer: ANALYZER_VERSION, shards: [] };
  try {
    const parsed = IndexManifest.safeParse(JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')));
    return parsed.success && parsed.data.analyzer === ANALYZER_VERSION ? parsed.data : empty;
  } catch {
    return empty;
  }
}

export async function writeManifest(dir: string, shards: ShardEntry[]): Promise<void> {
  await writeJsonAtomic(path.join(dir, 'manifest.json'), { version: 1, analyzer: ANALYZER_VERSION, shards } satisfies IndexManifest);
}

/** Removes shard files and leftovers that the manifest no longer lists. */
export async function removeUnlisted(dir: string, shards: readonly ShardEntry[]): Promise<void> {
  const keep = new Set(['manifest.json', ...shards.map((shard) => shard.file)]);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => !keep.has(name)).map((name) => fs.rm(path.join(dir, name), { force: true })));
}
