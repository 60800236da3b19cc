/**
 * HTML nested absurdly deep is an attack, not a page: the HTML parser's time
 * grows with the square of the depth (100,000 levels took it 8 s) and the
 * converter walks the tree recursively (100,000 levels overflow its stack).
 * Such HTML is read as flat text instead: markup dropped, every word kept.
 * Everything here runs in time linear in the length of the HTML, whatever it
 * holds (no pattern can scan past the next `<`).
 */

/** No real page or e-mail nests this deep (mailparser draws the line at the same place). */
export const MAX_HTML_DEPTH = 1000;

/** Elements that never enclose anything, or that HTML closes by itself often enough that they cannot be counted on to close. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option']);

/** Removes comments; an unclosed one runs to the end. */
function withoutComments(html: string): string {
  let out = '';
  let at = 0;
  for (let start = html.indexOf('<!--'); start >= 0; start = html.indexOf('<!--', at)) {
    out += html.slice(at, start);
    const end = html.indexOf('-->', start + 4);
    at = end < 0 ? html.length : end + 3;
  }
  return out + html.slice(at);
}

/** How deep the elements of `html` nest, in one pass over its tags (an estimate: HTML's repair rules are not applied). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of withoutComments(html).matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g)) {
    if (NOT_NESTING.has((name ?? '').toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Cuts out the elements named (script, style, …) with their content; an unclosed one runs to the end. */
function withoutElements(html: string, names: readonly string[]): string {
  const lower = html.toLowerCase();
  const open = new RegExp(`<(${names.join('|')})\\b`, 'g');
  let out = '';
  let at = 0;
  for (let match = open.exec(lower); match; match = open.exec(lower)) {
    out += html.slice(at, match.index);
    const close = lower.indexOf(`</${match[1]}`, match.index);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

const BLOCK = /<\/?(?:p|div|br|li|tr|h[1-6]|table|section|article|blockquote|pre|ul|ol|dl|dt|dd|header|footer|main|nav|aside|hr)\b[^<>]*>/gi;

/** HTML without nesting: a line break where a block begins or ends, no other element, so any converter reads it flat. */
export function flattenHtml(html: string): string {
  return withoutElements(withoutComments(html), ['script', 'style', 'head', 'title', 'template', 'noscript'])
    .replace(BLOCK, '<br>')
    .replace(/<(?!br>)[a-zA-Z/!?][^<>]*>/g, '')
    // Cutting a tag out can join what was around it into a new one (`<<a>script>`): every `<` left is text.
    .replace(/<(?!br>)/g, '&lt;')
    // A hundred thousand nested blocks are not a hundred thousand empty lines.
    .replace(/(?:<br>\s*){3,}/g, '<br><br>');
}
