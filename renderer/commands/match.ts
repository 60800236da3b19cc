/** Lower case without accents, so `coderen` finds `Coderen` and `een` finds `één`. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * How well a typed query matches a title, lower is better, or undefined when
 * it does not: the title starts with it (0), a word starts with it (1), it
 * occurs in the title (2), or its letters occur in order (3 and up, worse
 * the more the letters are spread out).
 */
export function matchScore(title: string, query: string): number | undefined {
  const wanted = fold(query.trim());
  if (wanted === '') return 0;
  const text = fold(title);
  const at = text.indexOf(wanted);
  if (at === 0) return 0;
  if (at > 0) return /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') ? 2 : 1;
  let from = 0;
  let gaps = 0;
  for (const char of wanted.replace(/\s+/g, '')) {
    const found = text.indexOf(char, from);
    if (found < 0) return undefined;
    if (found > from) gaps += 1;
    from = found + 1;
  }
  return 3 + gaps / wanted.length;
}

/** The items whose title matches, best first; equal matches keep their order. */
export function rankByTitle<T>(items: readonly T[], title: (item: T) => string, query: string): T[] {
  return items
    .map((item, index) => ({ item, index, score: matchScore(title(item), query) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== undefined)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.item);
}
