/**
 * HTML as plain text, for HTML files and for the HTML bodies of e-mails:
 * read with a real parser, never rendered, nothing in it run or fetched.
 */
import { convert as htmlToText } from 'html-to-text';
import { MAX_HTML_DEPTH, flattenHtml, nestingDepth } from './html-depth';

/**
 * HTML to text with a real parser (htmlparser2): scripts, styles and images
 * dropped, links as their text only. HTML nested deeper than any real page is
 * flattened first (html-depth.ts), so it costs neither minutes nor the stack.
 */
export function htmlBodyToText(html: string): string {
  return htmlToText(nestingDepth(html) > MAX_HTML_DEPTH ? flattenHtml(html) : html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'head', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

/** The page's title, as text. */
export function htmlTitle(html: string): string | undefined {
  // Only the title text is taken, as text; the markup is never interpreted beyond that.
  const match = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(html);
  const title = match?.[1] ? htmlToText(match[1], { wordwrap: false }).trim() : '';
  return title || undefined;
}
