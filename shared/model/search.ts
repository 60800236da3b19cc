import { z } from 'zod';
import { FACET_NAMES } from '../search/facets';
import { MAX_QUERY_LENGTH } from '../search/query';

export const QueryText = z.string().max(MAX_QUERY_LENGTH);

/** Values picked per facet: alternatives within a facet, all facets together. */
export const FacetSelection = z.partialRecord(z.enum(FACET_NAMES), z.array(z.string().max(500)).max(200));
export type FacetSelection = z.infer<typeof FacetSelection>;

export const SearchRequest = z.strictObject({
  query: QueryText,
  /** Words in the exact form typed (for names), not every Dutch form. */
  exact: z.boolean().default(false),
  facets: FacetSelection.default({}),
});
export type SearchRequest = z.infer<typeof SearchRequest>;

const Range = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const Snippet = z.strictObject({
  text: z.string(),
  /** Offset of the snippet's text in the page text. */
  pageOffset: z.number().int().nonnegative(),
  /** Marked words, as [start, end) offsets in the snippet text. */
  highlights: z.array(Range),
  clippedStart: z.boolean(),
  clippedEnd: z.boolean(),
});
export type Snippet = z.infer<typeof Snippet>;

export const PassageHit = z.strictObject({
  page: z.number().int().positive(),
  /** The passage's character range in the page text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
  snippet: Snippet,
});
export type PassageHit = z.infer<typeof PassageHit>;

export const DocumentHits = z.strictObject({
  documentId: z.string(),
  title: z.string(),
  kind: z.string(),
  score: z.number(),
  hitCount: z.number().int().nonnegative(),
  /** The best passages, best first. */
  passages: z.array(PassageHit),
});
export type DocumentHits = z.infer<typeof DocumentHits>;

export const FacetCount = z.strictObject({ value: z.string(), count: z.number().int().nonnegative() });
export const FacetCounts = z.record(z.enum(FACET_NAMES), z.array(FacetCount));
export type FacetCounts = z.infer<typeof FacetCounts>;

export const IndexStatus = z.strictObject({
  state: z.enum(['closed', 'loading', 'indexing', 'ready']),
  documents: z.number().int().nonnegative(),
  indexedDocuments: z.number().int().nonnegative(),
  pendingDocuments: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  shards: z.number().int().nonnegative(),
  failed: z.array(z.strictObject({ documentId: z.string(), message: z.string() })),
});
export type IndexStatus = z.infer<typeof IndexStatus>;

export const SearchPage = z.strictObject({
  /** Matching passages in all documents. */
  total: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  page: z.number().int().nonnegative(),
  pageSize: z.number().int().positive(),
  groups: z.array(DocumentHits),
  facets: FacetCounts,
  /** Stop words left out of the query. */
  ignored: z.array(z.string()),
  index: IndexStatus,
  tookMs: z.number().nonnegative(),
});
export type SearchPage = z.infer<typeof SearchPage>;

/** Every hit in one document, by page, with page offsets to highlight: for the reader's next/previous hit. */
export const DocumentHitList = z.strictObject({
  documentId: z.string(),
  pages: z.array(z.strictObject({ page: z.number().int().positive(), highlights: z.array(Range) })),
});
export type DocumentHitList = z.infer<typeof DocumentHitList>;

export const BatchRow = z.strictObject({
  term: z.string(),
  /** Matching passages. */
  hits: z.number().int().nonnegative(),
  documents: z.array(z.strictObject({ documentId: z.string(), title: z.string(), hits: z.number().int().positive() })),
  /** Why the line could not be searched (in the current language), if so. */
  problem: z.string().optional(),
});
export type BatchRow = z.infer<typeof BatchRow>;

export const MAX_BATCH_TERMS = 5000;

export const SavedSearch = z.strictObject({
  id: z.string(),
  name: z.string().min(1).max(200),
  query: QueryText,
  exact: z.boolean(),
  facets: FacetSelection,
  createdAt: z.iso.datetime(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

/** searches.json in the case folder. */
export const SavedSearches = z.strictObject({ version: z.literal(1), searches: z.array(SavedSearch) });
export type SavedSearches = z.infer<typeof SavedSearches>;
