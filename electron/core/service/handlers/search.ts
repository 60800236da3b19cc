import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CoreDeps } from './context';

type SearchChannels = 'search:query' | 'search:documentHits' | 'search:status' | 'search:batch' | 'search:savedList' | 'search:save' | 'search:deleteSaved';

export function searchHandlers({ areas }: CoreDeps): Pick<Handlers, SearchChannels> {
  const search = areas.search;
  return {
    'search:query': (input) => search.query(input),
    'search:documentHits': (input) => search.documentHits(input),
    'search:status': () => search.status(),
    'search:batch': ({ terms, syntax, exact }) => search.batch(terms, { syntax, exact }),
    'search:savedList': () => search.savedSearches(),
    'search:save': (input) => search.saveSearch(input),
    'search:deleteSaved': async ({ id }) => {
      await search.deleteSearch(id);
      return DONE;
    },
  };
}
