import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model/document';
import { documentTree } from '../../../shared/model/document-tree';

const doc = (id: string, parentId?: string): DocumentSummary => ({
  id: id.padEnd(12, '0'),
  title: id,
  kind: 'pdf',
  pageCount: 1,
  size: 1,
  ...(parentId ? { parent: { relation: 'attachment' as const, parentId: parentId.padEnd(12, '0'), name: id } } : {}),
});

const shape = (nodes: ReturnType<typeof documentTree>): unknown => nodes.map((node) => [node.document.title, shape(node.children)]);

describe('documentTree', () => {
  it('puts parts and attachments under their parent, keeping the order', () => {
    expect(shape(documentTree([doc('a'), doc('b'), doc('c', 'a'), doc('d', 'a'), doc('e', 'c')]))).toEqual([
      ['a', [['c', [['e', []]]], ['d', []]]],
      ['b', []],
    ]);
  });

  it('shows a document whose parent is missing at the top', () => {
    expect(shape(documentTree([doc('c', 'f')]))).toEqual([['c', []]]);
  });

  it('never hides documents whose links form a loop', () => {
    const titles = (nodes: ReturnType<typeof documentTree>): string[] => nodes.flatMap((node) => [node.document.title, ...titles(node.children)]);
    expect(titles(documentTree([doc('a', 'b'), doc('b', 'a'), doc('c', 'c')])).sort()).toEqual(['a', 'b', 'c']);
  });
});
