/**
 * Ranking: BM25 over passages, with statistics of the WHOLE corpus.
 *
 * A passage's score is the sum, over the query's words (and the words a
 * prefix or fuzzy clause expands to), of
 *
 *     weight · idf(t) · tf·(k1 + 1) / (tf + k1·(1 − b + b·len/avgLen))
 *
 *   tf      how often term t occurs in the passage
 *   len     the passage's number of index terms (stop words excluded)
 *   idf(t)  log(1 + (N − df + 0.5) / (df + 0.5)), lunr's formula, where N is
 *           the number of passages and df the number containing t
 *   avgLen  the mean passage length
 *   weight  1 for a typed word; less for fuzzy variants (see engine.ts)
 *   k1, b   1.2 and 0.75, lunr's defaults
 *
 * The index is split into shards (one per import batch or group of
 * documents) so that new documents never wait for a rebuild. If each shard
 * scored with its own N, df and avgLen (what merging lunr results does),
 * the same passage would score differently depending on which shard holds
 * it: a word that is rare in the corpus but frequent in one batch gets a low
 * idf there, and the merged top 10 drifts away from a single index's (0.61
 * overlap with 5 shards, 0.25 with one shard per document, measured). So N,
 * df and avgLen are summed over all shards at query time — df(t) is the sum
 * of the postings lengths of t in every shard, which costs one lookup per
 * shard and term — and every shard scores with these corpus-wide numbers.
 * The result is exactly the ranking one index over all passages would give.
 */

export const K1 = 1.2;
export const B = 0.75;

export interface CorpusStatistics {
  passages: number;
  averageLength: number;
}

export function inverseDocumentFrequency(documentFrequency: number, passages: number): number {
  return Math.log(1 + Math.abs((passages - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}

export function termScore(frequency: number, length: number, idf: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * length) / (averageLength || 1));
  return (idf * frequency * (K1 + 1)) / (frequency + norm);
}
