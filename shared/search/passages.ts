/**
 * Passage segmentation: the unit of retrieval. A passage is paragraph-sized
 * (about 50–200 words), never crosses a page, and knows its character range
 * in the page text, so a hit can be shown and highlighted in place.
 *
 * Paragraphs are taken from blank lines where the text has them; PDF text
 * often has none, so long blocks are cut at sentence ends (or, failing that,
 * line ends, or word gaps) near the target size, and short blocks are joined
 * with their neighbours.
 */
import type { PageText } from '../model/document';
import type { PassageInput } from './shard';

export const PASSAGE_MIN_WORDS = 50;
export const PASSAGE_TARGET_WORDS = 120;
export const PASSAGE_MAX_WORDS = 200;

export interface PassageRange {
  start: number;
  end: number;
  words: number;
}

const WORD = /\S+/g;
const BLOCK_BREAK = /\n[ \t\f\r]*\n\s*/g;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Blocks of text separated by blank lines, as trimmed ranges. */
function blocks(text: string): PassageRange[] {
  const result: PassageRange[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start += 1;
    while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
    if (end > start) result.push({ start, end, words: countWords(text.slice(start, end)) });
  };
  for (const match of text.matchAll(BLOCK_BREAK)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return result;
}

interface Cut {
  /** Offset just after the cut point (the next piece starts here, after whitespace). */
  at: number;
  /** Words before the cut, counted from the block start. */
  words: number;
  strength: number;
}

/** Where a long block may be cut: after every word, stronger after a line end or a sentence end. */
function cutPoints(text: string, block: PassageRange): Cut[] {
  const cuts: Cut[] = [];
  let words = 0;
  const slice = text.slice(block.start, block.end);
  for (const match of slice.matchAll(WORD)) {
    words += 1;
    const end = match.index + match[0].length;
    const gap = /^\s+/.exec(slice.slice(end))?.[0] ?? '';
    if (gap === '') continue;
    const sentence = /[.!?:;]["')\]]?$/.test(match[0]);
    const strength = sentence ? 2 : gap.includes('\n') ? 1 : 0;
    cuts.push({ at: block.start + end + gap.length, words, strength });
  }
  return cuts;
}

/** Splits a block longer than the maximum into pieces near the target size, at the strongest nearby cut. */
function splitLong(text: string, block: PassageRange): PassageRange[] {
  const pieces: PassageRange[] = [];
  const cuts = cutPoints(text, block);
  let start = block.start;
  let wordsBefore = 0;
  while (block.words - wordsBefore > PASSAGE_MAX_WORDS) {
    const candidates = cuts.filter((cut) => cut.words - wordsBefore >= PASSAGE_MIN_WORDS && cut.words - wordsBefore <= PASSAGE_MAX_WORDS && block.words - cut.words >= PASSAGE_MIN_WORDS / 2);
    if (candidates.length === 0) break;
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    pieces.push(trimmed(text, start, best.at, best.words - wordsBefore));
    start = best.at;
    wordsBefore = best.words;
  }
  pieces.push(trimmed(text, start, block.end, block.words - wordsBefore));
  return pieces;

  function score(cut: Cut): number {
    // Prefer sentence ends, then line ends, close to the target length.
    return cut.strength * 40 - Math.abs(cut.words - wordsBefore - PASSAGE_TARGET_WORDS);
  }
}

function trimmed(text: string, start: number, end: number, words: number): PassageRange {
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  return { start, end, words };
}

/** Cuts one page's text into passages. A page with text always yields at least one passage. */
export function segmentPage(text: string): PassageRange[] {
  const pieces = blocks(text).flatMap((block) => (block.words > PASSAGE_MAX_WORDS ? splitLong(text, block) : [block]));
  const passages: PassageRange[] = [];
  for (const piece of pieces) {
    const last = passages[passages.length - 1];
    if (last && (last.words < PASSAGE_MIN_WORDS || piece.words < PASSAGE_MIN_WORDS / 2) && last.words + piece.words <= PASSAGE_MAX_WORDS) {
      passages[passages.length - 1] = { start: last.start, end: piece.end, words: last.words + piece.words };
    } else {
      passages.push({ ...piece });
    }
  }
  // A short tail joins the passage before it when that stays within bounds.
  const tail = passages[passages.length - 1];
  const before = passages[passages.length - 2];
  if (tail && before && tail.words < PASSAGE_MIN_WORDS && before.words + tail.words <= PASSAGE_MAX_WORDS) {
    passages.splice(-2, 2, { start: before.start, end: tail.end, words: before.words + tail.words });
  }
  return passages;
}

/** The passages of one document, page by page, with what the index keeps about each page. */
export function passagesOfDocument(documentId: string, pages: readonly PageText[]): PassageInput[] {
  const passages: PassageInput[] = [];
  for (const page of pages) {
    const grounds = Object.entries(page.grounds ?? {})
      .filter(([, count]) => count > 0)
      .map(([ground]) => ground);
    for (const range of segmentPage(page.text)) {
      passages.push({ documentId, page: page.page, start: range.start, end: range.end, text: page.text.slice(range.start, range.end), ocr: page.source === 'ocr', grounds });
    }
  }
  return passages;
}
