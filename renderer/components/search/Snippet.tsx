import type { Snippet as SnippetData } from '../../../shared/model/search';
import { PageText } from '../PageText';

/** A passage excerpt with the matched words marked, as text (never HTML). */
export function Snippet({ snippet }: { snippet: SnippetData }) {
  const highlights = snippet.highlights.map(([start, end]) => ({ start, end, kind: 'search' }));
  return (
    <span className="snippet">
      {snippet.clippedStart ? '… ' : null}
      <PageText text={snippet.text} highlights={highlights} />
      {snippet.clippedEnd ? ' …' : null}
    </span>
  );
}
