import search from 'approx-string-match';
import { SpoorError } from '../errors';
import type { Anchor } from '../model/coding';

/** How much text before and after a passage is kept: enough to tell repeated quotes apart and to show context. */
export const CONTEXT_LENGTH = 64;

/** Narrows a range so that it neither starts nor ends with white space (a selection often drags some along). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

/** The anchor of `[start, end)` on a page: position, exact quote, and the text around it. */
export function createAnchor(text: string, page: number, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new SpoorError('coding.invalidRange', `Range ${start}–${end} is not inside page ${page} (${text.length} characters)`, {
      start,
      end,
      page,
      length: text.length,
    });
  }
  const trimmed = trimRange(text, start, end);
  if (trimmed.start >= trimmed.end) {
    throw new SpoorError('coding.invalidRange', `Range ${start}–${end} on page ${page} holds only white space`, { start, end, page, length: text.length });
  }
  return {
    page,
    start: trimmed.start,
    end: trimmed.end,
    exact: text.slice(trimmed.start, trimmed.end),
    prefix: text.slice(Math.max(0, trimmed.start - CONTEXT_LENGTH), trimmed.start),
    suffix: text.slice(trimmed.end, trimmed.end + CONTEXT_LENGTH),
  };
}

export interface Place {
  page: number;
  start: number;
  end: number;
}

export type AnchorResult =
  | (Place & { status: 'found'; moved: boolean; quoteChanged: boolean })
  | { status: 'ambiguous'; candidates: Place[] }
  | { status: 'lost' };

/** White space collapsed to one space, with a map from each normalised index back to the original. */
interface Normalised {
  text: string;
  toOriginal: number[];
}

function normalise(text: string): Normalised {
  let out = '';
  const toOriginal: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        toOriginal.push(i);
      }
      inSpace = true;
    } else {
      out += ch;
      toOriginal.push(i);
      inSpace = false;
    }
  }
  toOriginal.push(text.length);
  return { text: out, toOriginal };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charAt(a.length - 1 - n) === b.charAt(b.length - 1 - n)) n += 1;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) n += 1;
  return n;
}

/** How well the text around a candidate matches the stored prefix and suffix: 0 (not at all) to 2 (both fully). */
function contextScore(anchor: Anchor, pageText: string, start: number, end: number): number {
  const prefix = collapse(anchor.prefix);
  const suffix = collapse(anchor.suffix);
  const before = collapse(pageText.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start));
  const after = collapse(pageText.slice(end, end + CONTEXT_LENGTH * 2));
  const prefixScore = prefix.length === 0 ? (before.trim() === '' ? 1 : 0) : commonSuffix(before, prefix) / prefix.length;
  const suffixScore = suffix.length === 0 ? (after.trim() === '' ? 1 : 0) : commonPrefix(after, suffix) / suffix.length;
  return prefixScore + suffixScore;
}

const TIE = 0.05;
/** Fuzzy matching allows one error per this many characters of the quote (none for quotes shorter than this). */
const CHARS_PER_ERROR = 10;
const MAX_ERRORS = 64;

function exactCandidates(pages: readonly string[], exact: string): Place[] {
  const found: Place[] = [];
  pages.forEach((text, index) => {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push({ page: index + 1, start: at, end: at + exact.length });
  });
  return found;
}

function normalisedCandidates(pages: readonly string[], exact: string): Place[] {
  const wanted = collapse(exact).trim();
  if (wanted === '') return [];
  const found: Place[] = [];
  pages.forEach((text, index) => {
    const normal = normalise(text);
    for (let at = normal.text.indexOf(wanted); at !== -1; at = normal.text.indexOf(wanted, at + 1)) {
      const start = normal.toOriginal[at] as number;
      const end = (normal.toOriginal[at + wanted.length - 1] as number) + 1;
      found.push({ page: index + 1, start, end });
    }
  });
  return found;
}

/** Approximate matches on the anchor's own page and its neighbours (re-extraction rarely moves text further). */
function fuzzyCandidates(pages: readonly string[], anchor: Anchor): Place[] {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(anchor.exact.length / CHARS_PER_ERROR));
  if (maxErrors === 0) return [];
  const found: Array<Place & { errors: number }> = [];
  for (const page of [anchor.page, anchor.page - 1, anchor.page + 1]) {
    const text = pages[page - 1];
    if (text === undefined) continue;
    for (const match of search(text, anchor.exact, maxErrors)) found.push({ page, start: match.start, end: match.end, errors: match.errors });
  }
  if (found.length === 0) return [];
  const fewest = Math.min(...found.map((match) => match.errors));
  // Myers' algorithm reports overlapping ends of one match; keep one per overlapping run.
  const best = found.filter((match) => match.errors === fewest).sort((a, b) => a.page - b.page || a.start - b.start);
  const distinct: Place[] = [];
  for (const match of best) {
    const last = distinct[distinct.length - 1];
    if (last && last.page === match.page && match.start < last.end) continue;
    distinct.push({ page: match.page, start: match.start, end: match.end });
  }
  return distinct;
}

function choose(anchor: Anchor, pages: readonly string[], candidates: Place[]): AnchorResult | undefined {
  if (candidates.length === 0) return undefined;
  const scored = candidates.map((place) => ({ place, score: contextScore(anchor, pages[place.page - 1] ?? '', place.start, place.end) }));
  const best = Math.max(...scored.map((entry) => entry.score));
  const top = scored.filter((entry) => entry.score >= best - TIE);
  if (top.length > 1) return { status: 'ambiguous', candidates: top.map((entry) => entry.place) };
  const place = (top[0] as (typeof top)[number]).place;
  const quote = (pages[place.page - 1] ?? '').slice(place.start, place.end);
  return {
    status: 'found',
    ...place,
    moved: place.page !== anchor.page || place.start !== anchor.start || place.end !== anchor.end,
    quoteChanged: quote !== anchor.exact,
  };
}

/**
 * Finds a passage again in a document's (possibly re-extracted) pages.
 * In order: the stored position, if it still holds the quote; the quote
 * verbatim anywhere; the quote with white space normalised; the quote with
 * a few character errors near its old page. Several equally good places
 * give `ambiguous`, none gives `lost`: the passage never moves silently to a
 * guess.
 */
export function reanchor(anchor: Anchor, pages: readonly string[]): AnchorResult {
  if (anchorHolds(anchor, pages)) {
    return { status: 'found', page: anchor.page, start: anchor.start, end: anchor.end, moved: false, quoteChanged: false };
  }
  return (
    choose(anchor, pages, exactCandidates(pages, anchor.exact)) ??
    choose(anchor, pages, normalisedCandidates(pages, anchor.exact)) ??
    choose(anchor, pages, fuzzyCandidates(pages, anchor)) ?? { status: 'lost' }
  );
}

/** True when the anchor still reads its quote at its position (the cheap check before re-anchoring). */
export function anchorHolds(anchor: Anchor, pages: readonly string[]): boolean {
  const text = pages[anchor.page - 1];
  // slice() quietly shortens a range past the end: a stored range must fit the page and hold exactly the quote.
  return text !== undefined && anchor.end <= text.length && anchor.end - anchor.start === anchor.exact.length && text.slice(anchor.start, anchor.end) === anchor.exact;
}
