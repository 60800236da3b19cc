/**
 * The text as a list of tokens with their character offsets: runs of digits,
 * runs of letters, and single other characters. Whitespace separates tokens
 * and is remembered as `spaced` (was there whitespace before this token?),
 * because "05-12-2019" and "05 - 12 - 2019" are not the same thing.
 */
export interface Token {
  kind: 'num' | 'word' | 'punct';
  /** The token as written. */
  text: string;
  /** Lower case and NFC-normalised, for comparing words. */
  lower: string;
  /** Offsets in the text (UTF-16 code units, as JavaScript strings count), end exclusive. */
  start: number;
  end: number;
  /** Whitespace before this token. */
  spaced: boolean;
  /** The value of a run of digits, NaN for other tokens. */
  value: number;
}

const TOKEN = /(\d+)|([\p{L}\p{M}]+)|(\S)/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Tokens of text[from, to); `from` and `to` must not fall inside a token (use whitespace positions). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = from;
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const kind = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'punct';
    const lower = kind === 'word' ? (ASCII.test(raw) ? raw.toLowerCase() : raw.toLowerCase().normalize('NFC')) : raw;
    // A run of 16+ digits is not a date part; keep its value finite but out of every range.
    const value = kind === 'num' ? (raw.length > 15 ? Number.MAX_SAFE_INTEGER : Number(raw)) : Number.NaN;
    tokens.push({ kind, text: raw, lower, start, end: start + raw.length, spaced: start > previousEnd, value });
    previousEnd = start + raw.length;
  }
  return tokens;
}
