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

export function assessTextLayer(text: string): TextLayerVerdict {
  const visible = text.replace(/\s+/gu, '');
  if (visible.length < MIN_VISIBLE) return 'missing';
  let suspicious = 0;
  let letters = 0;
  for (const char of visible) {
    const code = char.codePointAt(0)!;
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || code < 0x20 || (code >= 0x7f && code < 0xa0)) suspicious += 1;
    else if (/\p{L}/u.test(char)) letters += 1;
  }
  if (suspicious / visible.length > 0.1) return 'junk';
  if (letters / visible.length < 0.35) {
    // Tables of figures are legitimately letter-poor; junk is letter-poor and digit-poor too.
    const digits = (visible.match(/\d/gu) ?? []).length;
    if ((letters + digits) / visible.length < 0.5) return 'junk';
  }
  const tokens = text.split(/[\s.,;:!?()[\]"“”]+/u).filter((token) => token.length > 0);
  const wordLike = tokens.filter((token) => token.length >= 2 && WORD.test(token) && (VOWEL.test(token) || token.length <= 3));
  const lettered = tokens.filter((token) => /\p{L}/u.test(token));
  if (lettered.length >= 8 && wordLike.length / lettered.length < 0.3) return 'junk';
  return 'usable';
}
