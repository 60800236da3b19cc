import { termOf } from '../../../shared/search/analyzer';
import type { PassageInput } from '../../../shared/search/shard';
import { tokenize } from '../../../shared/search/text';

/**
 * The inverted index of passages counted directly (tokenize, termOf, count):
 * what Spoor's shard builder did before lunr.Builder built the index. The
 * tests check that a lunr-built shard holds exactly this; the benchmark
 * times it beside lunr.Builder.
 */
export function referenceIndex(passages: readonly PassageInput[]) {
  const postings = new Map<string, Array<[number, number]>>();
  const passageLength = passages.map((passage, p) => {
    const counts = new Map<string, number>();
    for (const token of tokenize(passage.text)) {
      const term = termOf(token.surface);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    for (const [term, count] of counts) {
      const list = postings.get(term);
      if (list) list.push([p, count]);
      else postings.set(term, [[p, count]]);
    }
    return [...counts.values()].reduce((sum, count) => sum + count, 0);
  });
  const vocabulary = [...postings.keys()].sort();
  const lists = vocabulary.map((term) => postings.get(term) as Array<[number, number]>);
  const offsets = [0];
  for (const list of lists) offsets.push((offsets.at(-1) as number) + list.length);
  return {
    vocabulary,
    offsets,
    postingPassage: lists.flatMap((list) => list.map(([p]) => p)),
    postingFrequency: lists.flatMap((list) => list.map(([, count]) => count)),
    passageLength,
    totalLength: passageLength.reduce((sum, length) => sum + length, 0),
  };
}
