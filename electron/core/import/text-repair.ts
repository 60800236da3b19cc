import { SpoorError, toErrorInfo } from '../../../shared/errors';
import type { DocumentRecord, ExtractedText, PageText } from '../../../shared/model/document';
import type { TextRepairReport } from '../../../shared/model/integrity';
import type { CaseStore } from '../case/case-store';
import { sha256File } from '../fs/hash';
import type { ConvertibleKind } from '../workers/convert';
import type { ImportPool } from './import-pool';
import { containerListing, convertedPages, unpackContainer, withTempDir } from './importer';
import { documentGrounds } from './woo-analysis';
import { DEFAULT_ZIP_LIMITS } from './zip';

export interface TextRepairContext {
  store: CaseStore;
  pool: ImportPool;
  /** Read pages without a text layer by OCR, as the import did (default true). */
  ocr?: boolean;
  signal?: AbortSignal;
  /** Tells the areas anchored to the text (coding, chronology) that it changed; returns what they found. */
  textReplaced: (documentIds: readonly string[]) => Promise<Pick<TextRepairReport, 'anchorsChecked' | 'anchors'>>;
}

/** Reads a document's text again from its stored original, with the importer as it is now. */
async function reextract(record: DocumentRecord, original: string, context: TextRepairContext): Promise<PageText[]> {
  const name = record.provenance[0]?.originalName ?? record.title;
  if (record.kind === 'pdf') return context.pool.pdf(original, { name, ocr: context.ocr !== false, signal: context.signal });
  if (record.kind === 'archive' || record.kind === 'mailbox') {
    return withTempDir(async (dir) => [containerListing(record.kind, name, await unpackContainer(record.kind, { path: original, name }, dir, DEFAULT_ZIP_LIMITS, context.signal))]);
  }
  const result = await context.pool.convert({ file: original, name, kind: record.kind as ConvertibleKind, ocr: context.ocr !== false }, context.signal);
  return convertedPages(result, record.id, name).pages;
}

/** The record that owns an original's text: not a part of a Woo bundle, which reads a page range of it. */
function owner(store: CaseStore, record: DocumentRecord): DocumentRecord {
  return store.listDocuments().find((doc) => doc.sha256 === record.sha256 && doc.parent?.relation !== 'part') ?? record;
}

/**
 * Repairs extracted text: for each document given (by default every one
 * whose text is missing, damaged or not as recorded), checks its original
 * against its SHA-256, reads the text from it again, writes it as one
 * audited change, and has the areas check their anchors against it. An
 * original that is missing or changed is not read: its text stays reported.
 */
export async function repairTexts(context: TextRepairContext, documentIds?: readonly string[]): Promise<TextRepairReport> {
  const { store } = context;
  if (store.readOnly) throw new SpoorError('io.readOnly', `${store.root} is open read-only`, { file: store.root });
  const chosen = documentIds
    ? documentIds.map((id) => {
        const record = store.findDocument(id);
        if (!record) throw new SpoorError('document.notFound', `No document ${id}`, { id });
        return record;
      })
    : await store.damagedTexts();
  const owners = [...new Map(chosen.map((record) => [record.sha256, owner(store, record)])).values()];
  const report: TextRepairReport = { repaired: [], failed: [], anchorsChecked: 0, anchors: [] };
  for (const record of owners) {
    context.signal?.throwIfAborted();
    try {
      const original = store.layout.original(record.sha256, record.kind);
      const actual = await sha256File(original).catch(() => undefined);
      if (actual !== record.sha256) {
        throw new SpoorError('repair.originalUnverified', `The original of "${record.title}" is ${actual ? 'changed' : 'missing'}; its text cannot be read from it again`, {
          document: record.title,
          file: original.slice(store.root.length + 1),
        });
      }
      const pages = await reextract(record, original, context);
      const text: ExtractedText = { version: 1, sha256: record.sha256, pages };
      const { grounds: _previous, ...rest } = record;
      const grounds = documentGrounds(pages);
      const updated: DocumentRecord = { ...rest, ...(grounds ? { grounds } : {}), pageCount: pages.length };
      const changed = JSON.stringify(updated) !== JSON.stringify(record);
      await store.replaceText(text, changed ? [updated] : [], {
        type: 'text.repair',
        summary: `Re-extracted the text of "${record.title}" from its verified original (${pages.length} p.)`,
        details: { document: record.id, pages: pages.length },
      });
      report.repaired.push({ documentId: record.id, title: record.title, sha256: record.sha256, pageCount: pages.length, previousPageCount: record.pageCount });
    } catch (error) {
      if (context.signal?.aborted) throw error;
      report.failed.push({ documentId: record.id, title: record.title, error: toErrorInfo(error) });
    }
  }
  // Anchors are checked once every text is back, so no check reads a text still waiting for its repair.
  const repaired = new Set(report.repaired.map((doc) => doc.sha256));
  const documents = store.listDocuments().filter((doc) => repaired.has(doc.sha256)).map((doc) => doc.id);
  if (documents.length === 0) return report;
  try {
    const anchors = await context.textReplaced(documents);
    report.anchorsChecked = anchors.anchorsChecked;
    report.anchors = anchors.anchors;
  } catch (error) {
    // The texts are repaired and recorded; the anchors are checked again when their documents are next opened.
    report.anchorProblem = toErrorInfo(error);
  }
  return report;
}
