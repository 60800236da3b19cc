import { z } from 'zod';
import { DocumentId } from '../model/document';
import { BatchRow, DocumentHitList, FacetSelection, IndexStatus, MAX_BATCH_TERMS, QueryText, SavedSearch, SearchPage, SearchRequest } from '../model/search';
import { Done, NoInput } from './common';
import { call } from './define';

export const searchCalls = {
  /** One page of results, grouped by document (best first), with facet counts. */
  'search:query': call(
    SearchRequest.extend({
      page: z.number().int().nonnegative().default(0),
      pageSize: z.number().int().min(1).max(100).default(20),
      passagesPerDocument: z.number().int().min(1).max(50).default(3),
    }),
    SearchPage,
  ),
  /** Every hit of the query in one document, for the reader. */
  'search:documentHits': call(SearchRequest.extend({ documentId: DocumentId }), DocumentHitList),
  'search:status': call(NoInput, IndexStatus),
  /** Hit counts per line (a name, an organisation, a file number): as a phrase, or in the query syntax. */
  'search:batch': call(
    z.strictObject({ terms: z.array(z.string().max(500)).min(1).max(MAX_BATCH_TERMS), syntax: z.boolean().default(false), exact: z.boolean().default(false) }),
    z.array(BatchRow),
  ),
  'search:savedList': call(NoInput, z.array(SavedSearch)),
  'search:save': call(z.strictObject({ name: z.string().trim().min(1).max(200), query: QueryText, exact: z.boolean(), facets: FacetSelection }), SavedSearch),
  'search:deleteSaved': call(z.strictObject({ id: z.string().min(1) }), Done),
};
