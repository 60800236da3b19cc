import { expect, type Page } from '@playwright/test';

/** Selects a sentence in the plain-text view, whatever marks split its text nodes, as a drag would. */
export async function selectInTextView(page: Page, sentence: string): Promise<void> {
  await page.getByTestId('page-text').evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const full = nodes.map((node) => node.data).join('');
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`not on the page: ${wanted}`);
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset beyond the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, sentence);
  await expect(page.getByRole('status').filter({ hasText: 'Selectie:' })).toContainText(sentence);
}
