/**
 * A shard of the search index: the passages of a group of documents (one
 * import batch, cut into pieces of at most SHARD_MAX_PASSAGES), with a
 * compact inverted index over their Dutch terms.
 *
 * What lunr does: a `lunr.Builder` with Spoor's tokenizer and Dutch pipeline
 * (analyzer.ts) analyses every passage and builds the inverted index — which
 * passages hold each term — with each passage's term frequencies and field
 * length. That is all BM25 needs.
 *
 * What Spoor adds: `builder.build()` is never called. It would compute a
 * field vector per passage and a token set (an automaton over the whole
 * vocabulary), which is where lunr's build time and heap go (~1 GB and 4–8 s
 * to load at 100,000 passages, measured: see ../shared/NOTES.md), and the
 * resulting `lunr.Index` can neither add documents nor score with
 * statistics of other shards. Instead lunr's inverted index is read straight
 * from the builder into typed arrays (sorted vocabulary, postings offsets,
 * passage numbers, frequencies) that a shard file holds as they are and that
 * load in a fraction of a second; the engine scores them with corpus-wide
 * BM25 (scoring.ts) and verifies phrases against the passage text
 * (highlight.ts), which lunr does not do.
 */
import lunr from 'lunr';
import { useDutchAnalysis } from './analyzer';

/** A shard never holds more passages than this, so a rebuild is cheap and a worker's memory bounded. */
export const SHARD_MAX_PASSAGES = 10_000;

/** Text source of a passage's page, as a facet: OCR or a text layer / plain text. */
export const SOURCE_TEXT = 0;
export const SOURCE_OCR = 1;

export interface PassageInput {
  documentId: string;
  page: number;
  start: number;
  end: number;
  text: string;
  ocr: boolean;
  /** Refusal grounds cited on the passage's page (`5.1.2e`, …). */
  grounds: readonly string[];
}

export interface ShardData {
  id: string;
  /** Document ids of this shard; passages refer to them by position. */
  documents: string[];
  passageDocument: Uint32Array;
  passagePage: Uint32Array;
  passageStart: Uint32Array;
  passageEnd: Uint32Array;
  /** Number of index terms (stop words excluded) per passage: the field length of BM25. */
  passageLength: Uint32Array;
  passageSource: Uint8Array;
  /** Index into groundSets, or -1 when the page cites no ground. */
  passageGrounds: Int32Array;
  groundSets: string[][];
  texts: string[];
  /** Sorted index terms; term i's postings are postingPassage/postingFrequency[offsets[i] .. offsets[i+1]). */
  vocabulary: string[];
  offsets: Uint32Array;
  postingPassage: Uint32Array;
  postingFrequency: Uint16Array;
  totalLength: number;
}

export function passageCount(shard: ShardData): number {
  return shard.passageDocument.length;
}

/** Builds a shard from passages (in a worker: this is the costly part of indexing). */
export function buildShard(id: string, passages: readonly PassageInput[]): ShardData {
  const n = passages.length;
  const documents: string[] = [];
  const documentIndex = new Map<string, number>();
  const groundSets: string[][] = [];
  const groundIndex = new Map<string, number>();
  const shard: ShardData = {
    id,
    documents,
    passageDocument: new Uint32Array(n),
    passagePage: new Uint32Array(n),
    passageStart: new Uint32Array(n),
    passageEnd: new Uint32Array(n),
    passageLength: new Uint32Array(n),
    passageSource: new Uint8Array(n),
    passageGrounds: new Int32Array(n),
    groundSets,
    texts: new Array<string>(n),
    vocabulary: [],
    offsets: new Uint32Array(1),
    postingPassage: new Uint32Array(0),
    postingFrequency: new Uint16Array(0),
    totalLength: 0,
  };
  const builder = new lunr.Builder();
  useDutchAnalysis(builder);
  builder.ref('ref');
  builder.field('text');
  passages.forEach((passage, ordinal) => {
    let doc = documentIndex.get(passage.documentId);
    if (doc === undefined) {
      doc = documents.push(passage.documentId) - 1;
      documentIndex.set(passage.documentId, doc);
    }
    shard.passageDocument[ordinal] = doc;
    shard.passagePage[ordinal] = passage.page;
    shard.passageStart[ordinal] = passage.start;
    shard.passageEnd[ordinal] = passage.end;
    shard.passageSource[ordinal] = passage.ocr ? SOURCE_OCR : SOURCE_TEXT;
    shard.texts[ordinal] = passage.text;
    const groundKey = [...passage.grounds].sort().join(' ');
    if (groundKey === '') shard.passageGrounds[ordinal] = -1;
    else {
      let set = groundIndex.get(groundKey);
      if (set === undefined) {
        set = groundSets.push(groundKey.split(' ')) - 1;
        groundIndex.set(groundKey, set);
      }
      shard.passageGrounds[ordinal] = set;
    }
    builder.add({ ref: String(ordinal), text: passage.text });
  });
  readInvertedIndex(builder as unknown as BuilderState, shard);
  return shard;
}

/** What lunr.Builder has gathered once every passage is added (its public fields; not all are in @types/lunr). */
interface BuilderState {
  /** term → field → passage ref → metadata (none: no metadata is whitelisted). */
  invertedIndex: Record<string, { text: Record<string, unknown> }>;
  /** `text/<ref>` → term → frequency. */
  fieldTermFrequencies: Record<string, Record<string, number>>;
  /** `text/<ref>` → number of terms. */
  fieldLengths: Record<string, number>;
}

/** Converts lunr's inverted index into the shard's typed arrays: vocabulary sorted, each term's postings by passage. */
function readInvertedIndex(builder: BuilderState, shard: ShardData): void {
  const n = shard.passageLength.length;
  const frequencies = new Array<Record<string, number>>(n);
  for (let p = 0; p < n; p += 1) {
    const key = `text/${p}`;
    frequencies[p] = builder.fieldTermFrequencies[key] as Record<string, number>;
    shard.passageLength[p] = builder.fieldLengths[key] ?? 0;
    shard.totalLength += shard.passageLength[p] as number;
  }
  shard.vocabulary = Object.keys(builder.invertedIndex).sort();
  const refs = shard.vocabulary.map((term) => Object.keys((builder.invertedIndex[term] as { text: Record<string, unknown> }).text));
  const postingCount = refs.reduce((sum, list) => sum + list.length, 0);
  shard.offsets = new Uint32Array(shard.vocabulary.length + 1);
  shard.postingPassage = new Uint32Array(postingCount);
  shard.postingFrequency = new Uint16Array(postingCount);
  let at = 0;
  shard.vocabulary.forEach((term, index) => {
    shard.offsets[index] = at;
    // Passage refs are integer keys, which JavaScript enumerates in ascending order: postings come out sorted.
    for (const ref of refs[index] as string[]) {
      const p = Number(ref);
      shard.postingPassage[at] = p;
      shard.postingFrequency[at] = Math.min(65_535, (frequencies[p] as Record<string, number>)[term] as number);
      at += 1;
    }
  });
  shard.offsets[shard.vocabulary.length] = at;
}

/** Position of the first vocabulary entry ≥ `term` (binary search over the sorted vocabulary). */
export function lowerBound(vocabulary: readonly string[], term: string): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((vocabulary[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The vocabulary index of a term, or -1. */
export function findTerm(shard: ShardData, term: string): number {
  const at = lowerBound(shard.vocabulary, term);
  return shard.vocabulary[at] === term ? at : -1;
}

export function documentFrequency(shard: ShardData, termIndex: number): number {
  return (shard.offsets[termIndex + 1] as number) - (shard.offsets[termIndex] as number);
}
