import { z } from 'zod';
import { DocumentId, DocumentRecord, DocumentSummary, PageText } from '../model/document';
import { FileRef, ImportReport } from '../model/import';
import { NoInput } from './common';
import { call } from './define';

export const DocumentPage = z.strictObject({
  documentId: DocumentId,
  pageCount: z.number().int().nonnegative(),
  page: PageText,
});
export type DocumentPage = z.infer<typeof DocumentPage>;

export const documentsCalls = {
  'documents:import': call(z.strictObject({ files: z.array(FileRef.shape.id).min(1).max(10_000) }), ImportReport),
  'documents:list': call(NoInput, z.array(DocumentSummary)),
  'documents:get': call(z.strictObject({ id: DocumentId }), DocumentRecord),
  'documents:page': call(z.strictObject({ id: DocumentId, page: z.number().int().positive() }), DocumentPage),
};
