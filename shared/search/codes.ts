/**
 * Coded stretches as search sees them: where a code was applied (document,
 * page, character range) and which codes. A passage carries every code of a
 * stretch that overlaps it; that feeds the `code` facet and `code:` filter.
 */
import { NO_CODES, type CodeProvider } from './engine';

export interface CodedStretch {
  documentId: string;
  page: number;
  start: number;
  end: number;
  codes: readonly string[];
}

/** A CodeProvider over coded stretches, looked up by document and page. */
export function codeProvider(stretches: readonly CodedStretch[]): CodeProvider | undefined {
  if (stretches.length === 0) return undefined;
  const byPage = new Map<string, CodedStretch[]>();
  for (const stretch of stretches) {
    const key = `${stretch.documentId}\u0000${stretch.page}`;
    const list = byPage.get(key);
    if (list) list.push(stretch);
    else byPage.set(key, [stretch]);
  }
  return (documentId, page, start, end) => {
    const list = byPage.get(`${documentId}\u0000${page}`);
    if (!list) return NO_CODES;
    const codes = new Set<string>();
    for (const stretch of list) if (stretch.start < end && stretch.end > start) for (const code of stretch.codes) codes.add(code);
    return codes.size === 0 ? NO_CODES : [...codes].sort();
  };
}
