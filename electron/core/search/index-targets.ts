import type { DocumentRecord } from '../../../shared/model/document';

/**
 * What the shard builder reads for one document. A Woo bundle's parts share
 * the bundle's text file: a part is indexed as its own page range (numbered
 * from 1, as the reader shows it), and the bundle only with the pages no part
 * covers, so every page is found once and hit counts are not multiplied.
 */
export interface IndexTarget {
  id: string;
  sha256: string;
  /** For a bundle part: its page range in the bundle's text. */
  firstPage?: number;
  lastPage?: number;
  /** For a bundle: pages indexed under its parts instead. */
  skipPages?: number[];
}

export function indexTarget(record: DocumentRecord, documents: readonly DocumentRecord[]): IndexTarget {
  const target: IndexTarget = { id: record.id, sha256: record.sha256 };
  if (record.parent?.relation === 'part') return { ...target, firstPage: record.parent.firstPage, lastPage: record.parent.lastPage };
  const covered = new Set<number>();
  for (const doc of documents) {
    if (doc.parent?.relation !== 'part' || doc.parent.parentId !== record.id) continue;
    for (let page = doc.parent.firstPage; page <= doc.parent.lastPage; page += 1) covered.add(page);
  }
  return covered.size > 0 ? { ...target, skipPages: [...covered].sort((a, b) => a - b) } : target;
}

/** The pages of a target's text file that belong to it, numbered as its reader shows them. */
export function targetPages<P extends { page: number }>(target: IndexTarget, pages: readonly P[]): P[] {
  if (target.firstPage !== undefined && target.lastPage !== undefined) {
    return pages.slice(target.firstPage - 1, target.lastPage).map((page, index) => ({ ...page, page: index + 1 }));
  }
  if (target.skipPages) {
    const skip = new Set(target.skipPages);
    return pages.filter((page) => !skip.has(page.page));
  }
  return [...pages];
}
