import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import { SearchArea } from '../../search/search-area';
import type { CoreDeps } from './context';

type SearchChannels = 'search:query' | 'search:documentHits' | 'search:status' | 'search:batch' | 'search:savedList' | 'search:save' | 'search:deleteSaved';

export function searchHandlers({ service, settings }: CoreDeps): Pick<Handlers, SearchChannels> {
  const search = new SearchArea(service, () => settings.get().language);
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
