import type { Passage } from '../model/coding';
import { intersect, subtract, totalLength, union, type Interval } from './intervals';

/**
 * Inter-coder agreement between two analysts, on characters: for each code,
 * every character of the compared documents is coded by A or not and by B
 * or not. From that 2×2 table come the percentage agreement and Cohen's
 * kappa (agreement corrected for chance). "Overall" pools the tables of all
 * codes either analyst used, each character–code pair counting once.
 */

export interface AgreementCounts {
  /** Characters both analysts coded with the code. */
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
}

export interface AgreementFigures extends AgreementCounts {
  total: number;
  /** Share of characters on which the two agree (coded by both or by neither), 0–100. */
  percent: number | null;
  /** Cohen's kappa; null when it is undefined (both coded nothing, or everything). */
  kappa: number | null;
  /** Of the characters either analyst coded, the share both coded, 0–100 (ignores the large uncoded rest). */
  overlapPercent: number | null;
}

export function figures(counts: AgreementCounts): AgreementFigures {
  const total = counts.both + counts.aOnly + counts.bOnly + counts.neither;
  if (total === 0) return { ...counts, total, percent: null, kappa: null, overlapPercent: null };
  const observed = (counts.both + counts.neither) / total;
  const aRate = (counts.both + counts.aOnly) / total;
  const bRate = (counts.both + counts.bOnly) / total;
  const chance = aRate * bRate + (1 - aRate) * (1 - bRate);
  const kappa = chance === 1 ? null : (observed - chance) / (1 - chance);
  const coded = counts.both + counts.aOnly + counts.bOnly;
  return { ...counts, total, percent: observed * 100, kappa, overlapPercent: coded === 0 ? null : (counts.both / coded) * 100 };
}

type PageKey = string;
const pageKey = (documentId: string, page: number): PageKey => `${documentId}#${page}`;

function analystsOf(passage: Passage): Set<string> {
  return new Set(passage.codes.map((application) => application.analyst));
}

/** The documents both analysts coded something in: only these are compared. */
export function sharedDocuments(passages: readonly Passage[], analystA: string, analystB: string): string[] {
  const byA = new Set<string>();
  const byB = new Set<string>();
  for (const passage of passages) {
    const who = analystsOf(passage);
    if (who.has(analystA)) byA.add(passage.documentId);
    if (who.has(analystB)) byB.add(passage.documentId);
  }
  return [...byA].filter((id) => byB.has(id)).sort();
}

/** Who coded anything in the case, for choosing the two to compare. */
export function analystsIn(passages: readonly Passage[]): string[] {
  const names = new Set<string>();
  for (const passage of passages) for (const application of passage.codes) names.add(application.analyst);
  return [...names].sort((a, b) => a.localeCompare(b));
}

interface Coverage {
  /** pageKey -> intervals, per code. */
  byCode: Map<string, Map<PageKey, Interval[]>>;
  /** pageKey -> passage ids with their range, per code (to name the passages behind a disagreement). */
  passagesByCode: Map<string, Map<PageKey, Array<{ id: string; range: Interval }>>>;
}

function coverage(passages: readonly Passage[], analyst: string, documents: ReadonlySet<string>): Coverage {
  const byCode = new Map<string, Map<PageKey, Interval[]>>();
  const passagesByCode = new Map<string, Map<PageKey, Array<{ id: string; range: Interval }>>>();
  for (const passage of passages) {
    if (!documents.has(passage.documentId)) continue;
    const key = pageKey(passage.documentId, passage.anchor.page);
    const range: Interval = [passage.anchor.start, passage.anchor.end];
    for (const application of passage.codes) {
      if (application.analyst !== analyst) continue;
      const pages = byCode.get(application.codeId) ?? new Map<PageKey, Interval[]>();
      byCode.set(application.codeId, pages);
      pages.set(key, [...(pages.get(key) ?? []), range]);
      const named = passagesByCode.get(application.codeId) ?? new Map<PageKey, Array<{ id: string; range: Interval }>>();
      passagesByCode.set(application.codeId, named);
      named.set(key, [...(named.get(key) ?? []), { id: passage.id, range }]);
    }
  }
  for (const pages of byCode.values()) for (const [key, intervals] of pages) pages.set(key, union(intervals));
  return { byCode, passagesByCode };
}

export interface Disagreement {
  codeId: string;
  documentId: string;
  page: number;
  /** The stretch of text the two analysts coded differently (their coverage joined). */
  start: number;
  end: number;
  aRanges: Interval[];
  bRanges: Interval[];
  aPassageIds: string[];
  bPassageIds: string[];
}

export interface CodeAgreement extends AgreementFigures {
  codeId: string;
}

export interface AgreementResult {
  analystA: string;
  analystB: string;
  documents: string[];
  characters: number;
  perCode: CodeAgreement[];
  overall: AgreementFigures;
  disagreements: Disagreement[];
}

function parseKey(key: PageKey): { documentId: string; page: number } {
  const at = key.lastIndexOf('#');
  return { documentId: key.slice(0, at), page: Number(key.slice(at + 1)) };
}

/**
 * Compares analyst A and B on the documents both coded. `pageLengths` gives
 * the character count of every page of those documents (the universe of
 * the comparison).
 */
export function computeAgreement(
  passages: readonly Passage[],
  analystA: string,
  analystB: string,
  pageLengths: ReadonlyMap<string, readonly number[]>,
): AgreementResult {
  const documents = sharedDocuments(passages, analystA, analystB).filter((id) => pageLengths.has(id));
  const inScope = new Set(documents);
  const characters = documents.reduce((sum, id) => sum + (pageLengths.get(id) ?? []).reduce((a, b) => a + b, 0), 0);
  const a = coverage(passages, analystA, inScope);
  const b = coverage(passages, analystB, inScope);
  const codeIds = [...new Set([...a.byCode.keys(), ...b.byCode.keys()])].sort();

  const perCode: CodeAgreement[] = [];
  const disagreements: Disagreement[] = [];
  const pooled: AgreementCounts = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };
  for (const codeId of codeIds) {
    const aPages = a.byCode.get(codeId) ?? new Map<PageKey, Interval[]>();
    const bPages = b.byCode.get(codeId) ?? new Map<PageKey, Interval[]>();
    const counts: AgreementCounts = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };
    for (const key of new Set([...aPages.keys(), ...bPages.keys()])) {
      const aIntervals = aPages.get(key) ?? [];
      const bIntervals = bPages.get(key) ?? [];
      const shared = totalLength(intersect(aIntervals, bIntervals));
      counts.both += shared;
      counts.aOnly += totalLength(aIntervals) - shared;
      counts.bOnly += totalLength(bIntervals) - shared;
      disagreements.push(...disagreementsOnPage(codeId, key, aIntervals, bIntervals, a, b));
    }
    counts.neither = characters - counts.both - counts.aOnly - counts.bOnly;
    perCode.push({ codeId, ...figures(counts) });
    pooled.both += counts.both;
    pooled.aOnly += counts.aOnly;
    pooled.bOnly += counts.bOnly;
    pooled.neither += counts.neither;
  }
  return { analystA, analystB, documents, characters, perCode, overall: figures(pooled), disagreements };
}

function disagreementsOnPage(codeId: string, key: PageKey, aIntervals: Interval[], bIntervals: Interval[], a: Coverage, b: Coverage): Disagreement[] {
  const { documentId, page } = parseKey(key);
  const out: Disagreement[] = [];
  // Each connected stretch of either analyst's coverage is one unit: it is a disagreement unless both covered it identically.
  for (const stretch of union([...aIntervals, ...bIntervals])) {
    const aIn = intersect(aIntervals, [stretch]);
    const bIn = intersect(bIntervals, [stretch]);
    if (subtract(aIn, bIn).length === 0 && subtract(bIn, aIn).length === 0) continue;
    const named = (coverage: Coverage) =>
      (coverage.passagesByCode.get(codeId)?.get(key) ?? []).filter((entry) => entry.range[0] < stretch[1] && stretch[0] < entry.range[1]).map((entry) => entry.id);
    out.push({ codeId, documentId, page, start: stretch[0], end: stretch[1], aRanges: aIn, bRanges: bIn, aPassageIds: named(a), bPassageIds: named(b) });
  }
  return out;
}
