import type { Passage } from '../../../shared/model/coding';
import type { CodedStretch } from '../../../shared/search/codes';
import type { CodingArea } from '../coding/coding-area';
import type { CodeSource } from './search-area';

/** Where a passage's codes apply: its anchor, while the anchor is known to hold (not ambiguous or lost after a re-extraction). */
function stretchOf(passage: Passage): CodedStretch | undefined {
  const status = passage.anchorCheck?.status;
  if (status === 'ambiguous' || status === 'lost') return undefined;
  const { page, start, end } = passage.anchor;
  return { documentId: passage.documentId, page, start, end, codes: [...new Set(passage.codes.map((application) => application.codeId))] };
}

/** The coding area's passages as search's code source. */
export function codingCodeSource(area: CodingArea): CodeSource {
  return {
    async stretches() {
      return (await area.state()).allPassages().flatMap((passage) => stretchOf(passage) ?? []);
    },
    onChange: (listener) => area.onChange(listener),
  };
}
