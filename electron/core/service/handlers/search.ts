import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import { CodingArea } from '../../coding/coding-area';
import { codingCodeSource } from '../../search/coded-stretches';
import { SearchArea } from '../../search/search-area';
import type { CoreDeps } from './context';

type SearchChannels = 'search:query' | 'search:documentHits' | 'search:status' | 'search:batch' | 'search:savedList' | 'search:save' | 'search:deleteSaved';

/** Search of the open case; its code facet follows the coding area's passages. */
export function searchHandlers({ service, settings }: CoreDeps, coding = new CodingArea(service, settings)): Pick<Handlers, SearchChannels> {
  const search = new SearchArea(service, () => settings.get().language);
  search.setCodeSource(codingCodeSource(coding));
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
