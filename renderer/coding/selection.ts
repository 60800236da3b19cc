/**
 * From a browser selection to character offsets in a page's text. Both page
 * views render the page text verbatim, so an offset is counted either from
 * the start of the text view's container, or (PDF text layer) from the
 * `data-offset` of the piece the selection starts or ends in.
 */

export interface TextSelection {
  page: number;
  start: number;
  end: number;
  text: string;
}

/** Offset of a DOM point in a container whose text content is the page text. */
export function offsetInContainer(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection inside `container` as page offsets (text view), or undefined when nothing in it is selected. */
export function textViewSelection(container: HTMLElement, page: number, text: string): TextSelection | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const start = offsetInContainer(container, range.startContainer, range.startOffset);
  const end = offsetInContainer(container, range.endContainer, range.endOffset);
  return clampSelection(page, text, Math.min(start, end), Math.max(start, end));
}

/** The nearest piece of the PDF text layer carrying `data-offset`, at or around a DOM point. */
function pieceAt(node: Node, offset: number, layer: HTMLElement, edge: 'start' | 'end'): { element: HTMLElement; within: number } | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement?.closest<HTMLElement>('[data-offset]');
    return parent && layer.contains(parent) ? { element: parent, within: offset } : undefined;
  }
  // An element boundary: take the first piece at or after it (start), or the last piece ending at or before it (end).
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  const pieces = [...layer.querySelectorAll<HTMLElement>('[data-offset]')];
  if (edge === 'start') {
    const after = pieces.find((piece) => boundary.comparePoint(piece, 0) >= 0);
    return after ? { element: after, within: 0 } : undefined;
  }
  const before = pieces.findLast((piece) => boundary.comparePoint(piece, piece.childNodes.length) <= 0);
  return before ? { element: before, within: before.textContent?.length ?? 0 } : undefined;
}

/** The selection on the PDF text layer as page offsets. */
export function textLayerSelection(layer: HTMLElement, page: number, text: string): TextSelection | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!layer.contains(range.commonAncestorContainer) && !range.intersectsNode(layer)) return undefined;
  const from = pieceAt(range.startContainer, range.startOffset, layer, 'start');
  const to = pieceAt(range.endContainer, range.endOffset, layer, 'end');
  if (!from || !to) return undefined;
  const start = Number(from.element.dataset['offset']) + from.within;
  const end = Number(to.element.dataset['offset']) + to.within;
  return clampSelection(page, text, Math.min(start, end), Math.max(start, end));
}

function clampSelection(page: number, text: string, rawStart: number, rawEnd: number): TextSelection | undefined {
  const start = Math.max(0, Math.min(rawStart, text.length));
  const end = Math.max(0, Math.min(rawEnd, text.length));
  const quote = text.slice(start, end);
  if (quote.trim() === '') return undefined;
  return { page, start, end, text: quote };
}

/** True when a key press belongs to a text field rather than to the reader. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
