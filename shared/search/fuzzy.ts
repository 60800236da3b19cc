/**
 * Fuzzy matching (`toeslag~1`): which index terms lie within 1 or 2 edits of
 * a word. An edit is an insertion, a deletion, a substitution or a swap of
 * two neighbouring letters — lunr's own notion of an edit, and the typo a
 * person makes most.
 *
 * The vocabulary of every shard is merged once into a Lexicon, its terms
 * grouped by length: a query compares the word only with the distinct terms
 * whose length is within the distance (a term of length 12 can never be
 * 1 edit from one of length 7), instead of every term of every shard.
 */
import type { ShardData } from './shard';

/** Reused rows of the distance table (the engine runs one query at a time). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance between a and b (Levenshtein plus
 * adjacent swaps), or Infinity once it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  if ((rows[0] as Int32Array).length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [twoBack, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, (twoBack[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return Infinity;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  const distance = previous[b.length] as number;
  return distance <= max ? distance : Infinity;
}

/** The distinct terms of a set of shards, grouped by length, for fuzzy matching; gathered at the first fuzzy query. */
export class Lexicon {
  private byLength: string[][] | undefined;

  constructor(private readonly shards: readonly ShardData[]) {}

  /** Terms within `max` edits of `word`, with their distance. */
  near(word: string, max: number): Array<[term: string, distance: number]> {
    this.byLength ??= this.group();
    const found: Array<[string, number]> = [];
    for (let length = Math.max(0, word.length - max); length <= word.length + max; length += 1) {
      for (const term of this.byLength[length] ?? []) {
        const distance = boundedEditDistance(term, word, max);
        if (distance !== Infinity) found.push([term, distance]);
      }
    }
    return found;
  }

  private group(): string[][] {
    const byLength: string[][] = [];
    const seen = new Set<string>();
    for (const shard of this.shards) {
      for (const term of shard.vocabulary) {
        if (seen.has(term)) continue;
        seen.add(term);
        (byLength[term.length] ??= []).push(term);
      }
    }
    return byLength;
  }
}
