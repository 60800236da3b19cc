/**
 * Words and folding, without the stemmer: shared by the analyzer, the query
 * parser (which also runs in the UI) and phrase verification.
 */

export interface Token {
  /** Lower-cased, diacritics removed: what exact-form and phrase matching compare. */
  surface: string;
  start: number;
  end: number;
}

/**
 * A word: letters and digits; dots and hyphens stay inside a word when they
 * follow a digit (`5.1.2e`, `10.2.e`, `2021-1906`), so grounds and file
 * numbers are one token, while `secretaris-generaal` gives two words.
 */
const WORD = /[\p{L}\p{N}]+(?:(?<=\p{N})[.\-/][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Splits text into words with their character ranges in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ surface: fold(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

