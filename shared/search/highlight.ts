/**
 * Phrase verification, exact-form checks and highlights, all against a
 * passage's own text. The index holds terms, not positions: a phrase query
 * finds passages containing all its words, then this module checks that the
 * words stand together and in order, and marks where.
 */
import { termOf } from './analyzer';
import { tokenize, type Token } from './text';

export type Range = [start: number, end: number];

/** Every place where `words` (folded) occur as consecutive tokens. */
export function findPhrase(tokens: readonly Token[], words: readonly string[]): Range[] {
  const found: Range[] = [];
  if (words.length === 0) return found;
  outer: for (let i = 0; i + words.length <= tokens.length; i += 1) {
    for (let j = 0; j < words.length; j += 1) {
      if ((tokens[i + j] as Token).surface !== words[j]) continue outer;
    }
    found.push([(tokens[i] as Token).start, (tokens[i + words.length - 1] as Token).end]);
  }
  return found;
}

export function containsPhrase(text: string, words: readonly string[]): boolean {
  return findPhrase(tokenize(text), words).length > 0;
}

/** What to mark in a passage: the terms the query matched, exact forms, prefixes (in exact mode) and phrases. */
export interface HighlightSpec {
  terms: ReadonlySet<string>;
  surfaces: ReadonlySet<string>;
  surfacePrefixes: readonly string[];
  phrases: readonly (readonly string[])[];
}

/** Ranges to mark in `text`, sorted and without overlaps. */
export function highlightRanges(text: string, spec: HighlightSpec): Range[] {
  const tokens = tokenize(text);
  const ranges: Range[] = [];
  for (const token of tokens) {
    const term = spec.terms.size > 0 ? termOf(token.surface) : null;
    if ((term !== null && spec.terms.has(term)) || spec.surfaces.has(token.surface) || spec.surfacePrefixes.some((prefix) => token.surface.startsWith(prefix))) {
      ranges.push([token.start, token.end]);
    }
  }
  for (const phrase of spec.phrases) ranges.push(...findPhrase(tokens, phrase));
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Offset of `text` in the passage text. */
  offset: number;
  highlights: Range[];
  /** Whether text was left out before / after the snippet. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export const SNIPPET_WORDS = 45;

/** The stretch of a passage with the most marks, about SNIPPET_WORDS words long, cut at word boundaries. */
export function makeSnippet(text: string, ranges: readonly Range[], words = SNIPPET_WORDS): Snippet {
  const tokens = tokenize(text);
  if (tokens.length <= words) {
    return { text, offset: 0, highlights: ranges.map(([s, e]) => [s, e]), clippedStart: false, clippedEnd: false };
  }
  // Slide a window of `words` tokens; keep the one covering most marks (earliest on ties).
  const marked = tokens.map((token) => (ranges.some(([s, e]) => token.start < e && token.end > s) ? 1 : 0));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    count += marked[i] as number;
    if (i >= words) count -= marked[i - words] as number;
    const first = Math.max(0, i - words + 1);
    if (i >= words - 1 && count > bestCount) {
      bestCount = count;
      best = first;
    }
  }
  // Start a few words before the first mark in the window, for context.
  const firstMark = marked.indexOf(1, best);
  if (firstMark >= 0) best = Math.max(0, Math.min(best, firstMark - 5));
  const last = Math.min(tokens.length - 1, best + words - 1);
  const start = best === 0 ? 0 : (tokens[best] as Token).start;
  const end = last === tokens.length - 1 ? text.length : (tokens[last] as Token).end;
  return {
    text: text.slice(start, end),
    offset: start,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start]),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
