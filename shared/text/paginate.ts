/**
 * Plain-text files have no pages, but citations need stable page numbers and
 * the reader needs pieces of a readable size. A form feed always starts a new
 * page (as in printed text exports); otherwise a page is closed at the last
 * paragraph break, or failing that the last line break, before the limit.
 * The rule is deterministic: the same file always gets the same pages.
 */
export const TEXT_PAGE_LIMIT = 6000;

/** Where to end a page within `window`: just after the last paragraph break, line break or space, in that order of preference. */
function cutPoint(window: string, limit: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at >= limit / 4) return at + separator.length;
  }
  return limit;
}

function splitLongSection(section: string, limit: number): string[] {
  const pages: string[] = [];
  let rest = section;
  while (rest.length > limit) {
    const cut = cutPoint(rest.slice(0, limit), limit);
    pages.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pages.push(rest);
  return pages;
}

export function paginateText(text: string, limit = TEXT_PAGE_LIMIT): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const pages = normalised.split('\f').flatMap((section) => splitLongSection(section, limit));
  return pages.length > 0 ? pages : [''];
}
