/**
 * A shard of the search index: the passages of a group of documents (one
 * import batch, cut into pieces of at most SHARD_MAX_PASSAGES), with a
 * compact inverted index over their Dutch terms.
 *
 * Why not lunr.Index itself: measured here (see README, "Search
 * performance"), lunr's object-per-posting index takes ~1 GB of heap and
 * 4–8 s to load at 100,000 passages, and `lunr.Index` cannot add documents.
 * The terms come from lunr's Dutch pipeline (see analyzer.ts); the postings
 * are kept in typed arrays that load in a fraction of a second, and every
 * query is scored with corpus-wide statistics (see scoring.ts).
 */
import { termOf, tokenize } from './analyzer';

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
  const postings = new Map<string, number[]>();
  let postingCount = 0;
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
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const token of tokenize(passage.text)) {
      const term = termOf(token.surface);
      if (term === null) continue;
      length += 1;
      frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    shard.passageLength[ordinal] = length;
    shard.totalLength += length;
    for (const [term, frequency] of frequencies) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(ordinal, frequency);
      postingCount += 1;
    }
  });
  shard.vocabulary = [...postings.keys()].sort();
  shard.offsets = new Uint32Array(shard.vocabulary.length + 1);
  shard.postingPassage = new Uint32Array(postingCount);
  shard.postingFrequency = new Uint16Array(postingCount);
  let at = 0;
  shard.vocabulary.forEach((term, index) => {
    shard.offsets[index] = at;
    const list = postings.get(term) as number[];
    for (let i = 0; i < list.length; i += 2) {
      shard.postingPassage[at] = list[i] as number;
      shard.postingFrequency[at] = Math.min(65_535, list[i + 1] as number);
      at += 1;
    }
  });
  shard.offsets[shard.vocabulary.length] = at;
  return shard;
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
