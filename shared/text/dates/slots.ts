import { ANCHORS, COUNTED_NOUNS, NUMBER_LABELS, RELATIVE_YEAR } from './lexicon';
import type { Reader } from './reader';
import type { Anchor } from './written';

/**
 * Small pieces of the grammar shared by several date forms: where a number
 * is really part of a longer code, and the year that may follow a month,
 * season or quarter.
 */

/** The number at i runs on into a longer code or amount: "2019,50", "2.019", "2022Z12447", "2019-0001". */
export function continues(r: Reader, i: number): boolean {
  const next = r.at(i + 1);
  if (!next || next.spaced) return false;
  if (next.kind !== 'punct') return true;
  return '.,:/-_'.includes(next.text) && r.isNum(i + 2) && r.attached(i + 2);
}

/** The number at i is the tail of a longer code: "kst-32545", "IENW/BSK-2025/293508", "1.2019". */
export function startsMidNumber(r: Reader, i: number): boolean {
  if (!r.attached(i)) return false;
  const previous = r.at(i - 1);
  if (!previous) return false;
  if (previous.kind !== 'punct') return true;
  return '-/._+#'.includes(previous.text) && r.attached(i - 1);
}

/** A number that counts or labels something rather than dating it: "in 2016 gevallen", "€ 2019", "nr. 2019". */
export function countsOrLabels(r: Reader, i: number): boolean {
  if (COUNTED_NOUNS.has(r.lower(i + 1)) || r.isPunct(i + 1, '%')) return true;
  if (r.isPunct(i - 1, '€$')) return true;
  const label = r.isPunct(i - 1, '.') ? r.lower(i - 2) : r.lower(i - 1);
  return NUMBER_LABELS.has(label) || label === 'eur' || label === 'euro';
}

/** A four-digit year between min and max at i that is not part of a longer number. */
export function readYear(r: Reader, i: number, min = 1000, max = 2999): number | undefined {
  if (!r.isNum(i, 4)) return undefined;
  const year = r.value(i);
  if (year < min || year > max || continues(r, i) || startsMidNumber(r, i)) return undefined;
  return year;
}

export interface YearSlot {
  year?: number;
  relativeYear?: number;
  anchor?: Anchor;
  /** Index of the slot's last token. */
  last: number;
}

/** "vorig jaar", "dit jaar", "volgend jaar" at i, optionally after "van". */
export function readRelativeYear(r: Reader, i: number): { relativeYear: number; last: number } | undefined {
  const at = r.isWord(i, 'van') ? i + 1 : i;
  const relativeYear = RELATIVE_YEAR.get(r.lower(at));
  if (relativeYear === undefined || !r.isWord(at + 1, 'jaar')) return undefined;
  return { relativeYear, last: at + 1 };
}

export function readAnchor(r: Reader, i: number): { anchor: Anchor; last: number } | undefined {
  const found = r.matchAny(i, ANCHORS);
  return found ? { anchor: found.option.anchor, last: found.next - 1 } : undefined;
}

/**
 * What may follow a month, a part, a quarter, a season or a week to say
 * which year: "2019", "'19", "van 2021", "van dit jaar", "vorig jaar", "jl.", "a.s.".
 */
export function readYearSlot(r: Reader, i: number, options: { allowVan?: boolean; allowAnchor?: boolean } = {}): YearSlot | undefined {
  const at = options.allowVan && r.isWord(i, 'van') && (r.isNum(i + 1, 4) || RELATIVE_YEAR.has(r.lower(i + 1))) ? i + 1 : i;
  const token = r.at(at);
  if (token?.spaced) {
    const year = readYear(r, at);
    if (year !== undefined && !countsOrLabels(r, at)) return { year, last: at };
  }
  if (r.isPunct(at, "'’") && r.isNum(at + 1, 2) && r.attached(at + 1) && !continues(r, at + 1)) return { year: 2000 + r.value(at + 1), last: at + 1 };
  const relative = readRelativeYear(r, at);
  if (relative) return relative;
  if (options.allowAnchor !== false) {
    const anchor = readAnchor(r, i);
    if (anchor) return anchor;
  }
  return undefined;
}

/**
 * Two consecutive years as one stretch, at i: "2020–2021", "2020/21",
 * "2016 t/m 2019". The second must follow the first within 50 years.
 */
export function readYearPair(r: Reader, i: number, connectors: ReadonlyArray<readonly string[]>): { from: number; to: number; last: number; connector: string } | undefined {
  if (!r.isNum(i, 4) || startsMidNumber(r, i)) return undefined;
  const from = r.value(i);
  if (from < 1000 || from > 2999) return undefined;
  for (const connector of connectors) {
    const next = r.match(i + 1, connector);
    if (next < 0) continue;
    const joined = connector.length === 1 && !r.at(i + 1)?.spaced && !r.at(next)?.spaced;
    let to: number | undefined;
    if (r.isNum(next, 4)) to = r.value(next);
    else if (r.isNum(next, 2) && joined) to = from - (from % 100) + r.value(next) + (r.value(next) < from % 100 ? 100 : 0);
    if (to === undefined || to <= from || to - from > 50 || continues(r, next) || countsOrLabels(r, next)) return undefined;
    return { from, to, last: next, connector: connector.join('') };
  }
  return undefined;
}
