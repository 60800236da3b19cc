/**
 * Worker thread: builds index shards from the extracted text of documents
 * (segmenting, analysing and inverting: the costly part of indexing) and
 * writes them under the case's index folder. The thread that answers
 * queries only has to load the finished files.
 */
import path from 'node:path';
import { ExtractedText } from '../../../shared/model/document';
import { passagesOfDocument } from '../../../shared/search/passages';
import { SHARD_MAX_PASSAGES, buildShard, type PassageInput } from '../../../shared/search/shard';
import { CaseLayout } from '../case/layout';
import { readJsonFile, writeFileAtomic } from '../fs/atomic';
import { targetPages, type IndexTarget } from '../search/index-targets';
import { encodeShard } from '../search/shard-file';

export interface ShardBuildTask {
  caseRoot: string;
  indexDir: string;
  documents: IndexTarget[];
  /** New shard ids are `<prefix>-<n>`. */
  shardPrefix: string;
  maxPassages?: number;
}

export interface BuiltShard {
  id: string;
  file: string;
  documents: string[];
  passages: number;
  totalLength: number;
}

export interface ShardBuildResult {
  shards: BuiltShard[];
  failed: Array<{ documentId: string; message: string }>;
}

export default async function buildShards(task: ShardBuildTask): Promise<ShardBuildResult> {
  const layout = new CaseLayout(task.caseRoot);
  const max = task.maxPassages ?? SHARD_MAX_PASSAGES;
  const result: ShardBuildResult = { shards: [], failed: [] };
  let batch: PassageInput[] = [];
  let batchDocuments: string[] = [];

  async function flush(): Promise<void> {
    if (batchDocuments.length === 0) return;
    const id = `${task.shardPrefix}-${result.shards.length + 1}`;
    const shard = buildShard(id, batch);
    const file = `${id}.spx`;
    await writeFileAtomic(path.join(task.indexDir, file), encodeShard(shard));
    result.shards.push({ id, file, documents: batchDocuments, passages: batch.length, totalLength: shard.totalLength });
    batch = [];
    batchDocuments = [];
  }

  for (const doc of task.documents) {
    let passages: PassageInput[];
    try {
      const text = await readJsonFile(layout.text(doc.sha256), ExtractedText, `text/${doc.sha256}.json`);
      passages = passagesOfDocument(doc.id, targetPages(doc, text.pages));
    } catch (error) {
      result.failed.push({ documentId: doc.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    // A document stays in one shard; a shard is cut before it would grow past the maximum.
    if (batch.length > 0 && batch.length + passages.length > max) await flush();
    for (const passage of passages) batch.push(passage);
    batchDocuments.push(doc.id);
  }
  await flush();
  return result;
}
