import type { FuzzyDate } from './model';
import { sortKey } from './span';

/**
 * The chronological order of fuzzy dates: by sort key start, then sort key
 * end (span.ts explains the key). Returns 0 for dates that tie, which is
 * where the caller's manual order decides (see sortChronologically).
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const left = sortKey(a);
  const right = sortKey(b);
  return left.earliest - right.earliest || left.latest - right.latest;
}

/**
 * Sorts items by their dates, stably. Ties (dates with the same sort key,
 * such as two events both dated "medio 2020") keep the manual order: the
 * rank `manualRank` gives, or else the order the items came in. The same
 * input always gives the same output.
 */
export function sortChronologically<T>(items: readonly T[], dateOf: (item: T) => FuzzyDate, manualRank?: (item: T) => number): T[] {
  const keyed = items.map((item, index) => ({ item, key: sortKey(dateOf(item)), rank: manualRank ? manualRank(item) : index, index }));
  keyed.sort((a, b) => a.key.earliest - b.key.earliest || a.key.latest - b.key.latest || a.rank - b.rank || a.index - b.index);
  return keyed.map((entry) => entry.item);
}
