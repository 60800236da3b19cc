/**
 * Decides per PDF page whether its text layer can be used or the page must be
 * read by OCR. A scan has no text layer at all; a bad conversion leaves one
 * that is junk: glyphs mapped to private-use or control characters, replacement
 * characters, or letter soup without words.
 */
export type TextLayerVerdict = 'usable' | 'missing' | 'junk';

/** Fewer visible characters than this on a page means there is no text layer worth the name. */
const MIN_VISIBLE = 12;
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;

const SUSPICIOUS = /[\uFFFD\uE000-\uF8FF\u0000-\u001F\u007F-\u009F]/gu;
const LETTER = /\p{L}/gu;
const DIGIT = /\d/g;
/** Enough tokens to judge a page by; a page's first few hundred words say whether it is language. */
const SAMPLE_TOKENS = 300;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function assessTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/gu, '');
  if (visible.length < MIN_VISIBLE) return 'missing';
  if (count(visible, SUSPICIOUS) / visible.length > 0.1) return 'junk';
  const letters = count(visible, LETTER);
  // Tables of figures are legitimately letter-poor; junk is letter-poor and digit-poor too.
  if (letters / visible.length < 0.35 && (letters + count(visible, DIGIT)) / visible.length < 0.5) return 'junk';
  const tokens = text.split(/[\s.,;:!?()[\]"“”]+/u, SAMPLE_TOKENS).filter((token) => token.length > 0);
  const lettered = tokens.filter((token) => /\p{L}/u.test(token));
  const wordLike = lettered.filter((token) => token.length >= 2 && WORD.test(token) && (VOWEL.test(token) || token.length <= 3));
  if (lettered.length >= 8 && wordLike.length / lettered.length < 0.3) return 'junk';
  return 'usable';
}
