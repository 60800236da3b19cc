import type { ChronologyEvent } from '../../../shared/model/chronology';
import type { Passage } from '../../../shared/model/coding';
import type { DocumentLink, DocumentRecord } from '../../../shared/model/document';

let counter = 0;

/** A document record with only what the overview reads filled in meaningfully. */
export function record(title: string, extra: { date?: string; kind?: DocumentRecord['kind']; parent?: DocumentLink; grounds?: Record<string, number>; id?: string } = {}): DocumentRecord {
  counter += 1;
  const id = extra.id ?? counter.toString(16).padStart(12, '0');
  return {
    id,
    sha256: id.padEnd(64, '0'),
    title,
    kind: extra.kind ?? 'pdf',
    mediaType: 'application/pdf',
    size: 1,
    pageCount: 1,
    provenance: [{ originalName: title, originalPath: title, importedAt: '2024-01-01T00:00:00.000Z', importer: 'test' }],
    ...(extra.date ? { metadata: { date: extra.date } } : {}),
    ...(extra.parent ? { parent: extra.parent } : {}),
    ...(extra.grounds ? { grounds: extra.grounds } : {}),
  };
}

export function passage(documentId: string, codes: Array<[codeId: string, analyst: string]>): Passage {
  counter += 1;
  return {
    id: `passage-${counter}`,
    documentId,
    sha256: documentId.padEnd(64, '0'),
    anchor: { page: 1, start: 0, end: 4, exact: 'text', prefix: '', suffix: '' },
    codes: codes.map(([codeId, analyst]) => ({ codeId, analyst, at: '2024-01-01T00:00:00.000Z' })),
    analyst: codes[0]?.[1] ?? 'A',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

export function event(date: ChronologyEvent['date']): Pick<ChronologyEvent, 'date'> {
  return { date };
}
