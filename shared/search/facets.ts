/**
 * Facets: counts of the hits by document, kind of file, type of document,
 * year, sender, Woo refusal ground, text source (OCR or text layer) and code,
 * and filtering by the values a person picks. Values picked within one facet
 * are alternatives (OR); facets combine (AND). Each facet's counts ignore
 * that facet's own selection, so picking "2019" still shows how many hits
 * 2020 would give.
 *
 * Document facts come from the case's document records at query time (so
 * metadata added later counts at once); page facts (grounds, OCR) from the
 * index; codes from a provider the coding area can plug in.
 */
import { fold } from './text';

export const FACET_NAMES = ['document', 'kind', 'type', 'year', 'sender', 'ground', 'source', 'code'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export type FacetSelection = Partial<Record<FacetName, readonly string[]>>;

/** A passage's values per facet (several for grounds and codes). */
export type FacetValues = Record<FacetName, readonly string[]>;

export interface FacetCount {
  value: string;
  count: number;
}
export type FacetCounts = Record<FacetName, FacetCount[]>;

/** What search needs to know about a document, from its record. */
export interface DocumentFacts {
  id: string;
  /** Position in the case (import order): ties in ranking keep this order. */
  order: number;
  title: string;
  kind: string;
  type?: string;
  /** `YYYY-MM-DD…` as the document bears it. */
  date?: string;
  sender?: string;
  recipients: readonly string[];
}

/** Facet value of documents without that fact. */
export const UNKNOWN = '';

export function documentFacetValues(doc: DocumentFacts): Pick<FacetValues, 'document' | 'kind' | 'type' | 'year' | 'sender'> {
  const year = doc.date && /^\d{4}/.test(doc.date) ? doc.date.slice(0, 4) : UNKNOWN;
  return {
    document: [doc.id],
    kind: [doc.kind],
    type: [doc.type ? fold(doc.type).trim() : UNKNOWN],
    year: [year],
    sender: [doc.sender?.trim() || UNKNOWN],
  };
}

/** Which facets (as a bit set by FACET_NAMES position) a passage fails to match. */
function failures(values: FacetValues, selection: FacetSelection): number {
  let failed = 0;
  FACET_NAMES.forEach((name, bit) => {
    const wanted = selection[name];
    if (!wanted || wanted.length === 0) return;
    if (!values[name].some((value) => wanted.includes(value))) failed |= 1 << bit;
  });
  return failed;
}

/**
 * Counts facet values over candidate passages and says which passages pass
 * the selection. Counting is disjunctive per facet (see above).
 */
export class FacetCounter {
  private readonly counts = FACET_NAMES.map(() => new Map<string, number>());

  constructor(private readonly selection: FacetSelection) {}

  /** Whether a passage with these values passes the whole selection. */
  passes(values: FacetValues): boolean {
    return failures(values, this.selection) === 0;
  }

  /** Adds `weight` passages with these values; returns whether they pass the whole selection. */
  add(values: FacetValues, weight = 1): boolean {
    const failed = failures(values, this.selection);
    // Passing everything: counts in every facet. Failing one facet only: counts in that facet.
    if (failed !== 0 && (failed & (failed - 1)) !== 0) return false;
    FACET_NAMES.forEach((name, bit) => {
      if (failed !== 0 && failed !== 1 << bit) return;
      const map = this.counts[bit] as Map<string, number>;
      for (const value of new Set(values[name])) map.set(value, (map.get(value) ?? 0) + weight);
    });
    return failed === 0;
  }

  result(): FacetCounts {
    const result = {} as FacetCounts;
    FACET_NAMES.forEach((name, bit) => {
      result[name] = [...(this.counts[bit] as Map<string, number>)]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    });
    return result;
  }
}
