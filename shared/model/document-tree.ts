import type { DocumentSummary } from './document';

/** A document with what it contains: a bundle's parts, a mail's attachments, an archive's members. */
export interface DocumentNode {
  document: DocumentSummary;
  children: DocumentNode[];
}

/**
 * Arranges documents under their parents, keeping the case's order at every
 * level. A document whose parent is not in the list stands at the top, so
 * nothing is ever hidden.
 */
export function documentTree(documents: readonly DocumentSummary[]): DocumentNode[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const nodes = new Map(documents.map((document) => [document.id, { document, children: [] as DocumentNode[] }]));
  const roots: DocumentNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.document.parent?.parentId;
    const parent = parentId !== undefined && !leadsBackTo(node.document.id, parentId, byId) ? nodes.get(parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** True when following parents from `start` reaches `id` again: damaged links must not hide documents in a loop. */
function leadsBackTo(id: string, start: string, byId: ReadonlyMap<string, DocumentSummary>): boolean {
  let current: string | undefined = start;
  for (let steps = 0; current !== undefined && steps <= byId.size; steps += 1) {
    if (current === id) return true;
    current = byId.get(current)?.parent?.parentId;
  }
  return false;
}
