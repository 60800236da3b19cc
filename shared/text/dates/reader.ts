import type { Token } from './tokens';

const tightness = new WeakMap<readonly string[], boolean>();

/** A sequence with punctuation in it ("t/m", "a.s.") is one written unit. */
function isTight(sequence: readonly string[]): boolean {
  let tight = tightness.get(sequence);
  if (tight === undefined) {
    tight = sequence.some((part) => !/\p{L}/u.test(part));
    tightness.set(sequence, tight);
  }
  return tight;
}

/**
 * Read access to the token list with the small questions the grammar asks:
 * is this a word from a set, a number of so many digits, written against
 * the previous token? Indices past the end answer "no".
 */
export class Reader {
  constructor(readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  isWord(i: number, word?: string): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'word' && (word === undefined || token.lower === word);
  }

  isPunct(i: number, chars?: string): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.kind === 'punct' && (chars === undefined || chars.includes(token.text));
  }

  /** A run of digits: of any length, of exactly minDigits, or between minDigits and maxDigits. */
  isNum(i: number, minDigits?: number, maxDigits = minDigits): boolean {
    const token = this.tokens[i];
    if (token === undefined || token.kind !== 'num') return false;
    return minDigits === undefined || (token.text.length >= minDigits && token.text.length <= (maxDigits ?? minDigits));
  }

  value(i: number): number {
    return this.tokens[i]?.value ?? Number.NaN;
  }

  /** Written directly against the previous token, without whitespace. */
  attached(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && !token.spaced && i > 0;
  }

  /**
   * Matches a sequence of lower-case tokens from i; returns the index after
   * it, or -1. Sequences with punctuation ("t/m", "a.s.") must be written
   * without spaces inside.
   */
  match(i: number, sequence: readonly string[]): number {
    if (this.tokens[i]?.lower !== sequence[0]) return -1;
    const tight = sequence.length > 1 && isTight(sequence);
    for (let k = 1; k < sequence.length; k += 1) {
      const token = this.tokens[i + k];
      if (!token || token.lower !== sequence[k]) return -1;
      if (k > 0 && tight && token.spaced) return -1;
    }
    return i + sequence.length;
  }

  /** The first of the sequences that matches at i, with the index after it. */
  matchAny<T extends { words: readonly string[] }>(i: number, options: readonly T[]): { option: T; next: number } | undefined {
    for (const option of options) {
      const next = this.match(i, option.words);
      if (next >= 0) return { option, next };
    }
    return undefined;
  }

  /** Like matchAny for plain word sequences. */
  matchSequence(i: number, sequences: ReadonlyArray<readonly string[]>): number {
    for (const sequence of sequences) {
      const next = this.match(i, sequence);
      if (next >= 0) return next;
    }
    return -1;
  }
}
