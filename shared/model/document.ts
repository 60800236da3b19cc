import { z } from 'zod';

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hex digest');

/** Short, stable document id: the first 12 hex digits of the original's SHA-256. */
export const DocumentId = z.string().regex(/^[0-9a-f]{12}$/, 'is not a document id');
export type DocumentId = z.infer<typeof DocumentId>;

export const DOCUMENT_ID_LENGTH = 12;

export function documentIdFor(sha256: string): DocumentId {
  return sha256.slice(0, DOCUMENT_ID_LENGTH);
}

export const DocumentKind = z.enum(['pdf', 'text', 'markdown', 'html', 'csv', 'docx', 'xlsx', 'email', 'mailbox', 'archive', 'image']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Where an original came from. A file imported twice under different names keeps both. */
export const Provenance = z.strictObject({
  originalName: z.string(),
  originalPath: z.string(),
  importedAt: z.iso.datetime(),
  importer: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * What a document says about itself: from e-mail headers, printed e-mail
 * blocks, office file properties or an inventory row. Every field is
 * optional; importers fill what they find. Search facets, retrieval sorted by
 * date and the chronology read these fields.
 */
export const DocumentMetadata = z.strictObject({
  /** The date the document bears: `YYYY-MM-DD`, or a full ISO timestamp for e-mails. */
  date: z.string().optional(),
  sender: z.string().optional(),
  recipients: z.array(z.string()).optional(),
  cc: z.array(z.string()).optional(),
  subject: z.string().optional(),
  /** Kind of document in the analyst's terms: e-mail, memo, besluit, rapport, … */
  documentType: z.string().optional(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadata>;

/**
 * Refusal-ground counts keyed by normalised code (`5.1.2e`, `10.2g`, `11.1`,
 * `buiten-verzoek`; see shared/woo/grounds.ts).
 */
export const GroundCounts = z.record(z.string(), z.number().int().positive());
export type GroundCounts = z.infer<typeof GroundCounts>;

/**
 * How a document hangs together with another one:
 * - `attachment`: a file attached to an e-mail (its own original and SHA-256);
 * - `member`: a file taken from a zip archive or a message from an mbox (its own original);
 * - `part`: one document of a Woo bundle PDF. A part is NOT a separate
 *   original: it has the bundle's SHA-256 and is a page range of it
 *   (`firstPage`–`lastPage`, 1-based, inclusive), numbered as the bundle
 *   numbers it (`12`, `6a`, `963539`). Its pages are the bundle's pages, read
 *   through the part (page 1 of the part is page `firstPage` of the bundle).
 */
export const DocumentLink = z.discriminatedUnion('relation', [
  z.strictObject({ relation: z.literal('attachment'), parentId: DocumentId, name: z.string() }),
  z.strictObject({ relation: z.literal('member'), parentId: DocumentId, path: z.string() }),
  z.strictObject({
    relation: z.literal('part'),
    parentId: DocumentId,
    number: z.string().nullable(),
    firstPage: z.number().int().positive(),
    lastPage: z.number().int().positive(),
    /** The bundle says this part repeats another document (`zie document 2`). */
    duplicateOf: z.string().optional(),
  }),
]);
export type DocumentLink = z.infer<typeof DocumentLink>;

export const DocumentRecord = z.strictObject({
  id: DocumentId,
  sha256: Sha256,
  title: z.string(),
  kind: DocumentKind,
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
  provenance: z.array(Provenance).min(1),
  metadata: DocumentMetadata.optional(),
  /** Set for attachments, archive members and bundle parts: see DocumentLink. */
  parent: DocumentLink.optional(),
  /** Refusal grounds found in the text, summed over the pages. */
  grounds: GroundCounts.optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** How the text of a page was obtained. OCR pages carry their confidence. */
export const TextSource = z.enum(['pdf-text', 'ocr', 'plain']);
export type TextSource = z.infer<typeof TextSource>;

/**
 * A text item's box on the PDF page, in PDF user space units, with the range of
 * page text it produced: enough to highlight a passage on the rendered page.
 */
export const TextBox = z.tuple([
  z.number().int(), // start offset in page text
  z.number().int(), // end offset (exclusive)
  z.number(), // x
  z.number(), // y (baseline, from the bottom)
  z.number(), // width
  z.number(), // height
]);
export type TextBox = z.infer<typeof TextBox>;

export const PageText = z.strictObject({
  /** 1-based page number. */
  page: z.number().int().positive(),
  text: z.string(),
  source: TextSource,
  /** Page size in PDF units, when the page comes from a PDF. */
  size: z.tuple([z.number(), z.number()]).optional(),
  boxes: z.array(TextBox).optional(),
  /** Mean OCR word confidence, 0–100, for pages with source 'ocr'. */
  ocrConfidence: z.number().min(0).max(100).optional(),
  /** A scanned page (or image) left unread because OCR was switched off in the settings: its text is empty, not missing. */
  ocrSkipped: z.literal(true).optional(),
  /** Refusal grounds marked on this page (see GroundCounts); absent when there are none. */
  grounds: GroundCounts.optional(),
});
export type PageText = z.infer<typeof PageText>;

/** text/<sha256>.json: the extracted text of one original. */
export const ExtractedText = z.strictObject({
  version: z.literal(1),
  sha256: Sha256,
  pages: z.array(PageText),
});
export type ExtractedText = z.infer<typeof ExtractedText>;

/** documents.json: every document of a case, in import order. */
export const DocumentIndex = z.strictObject({
  version: z.literal(1),
  documents: z.array(DocumentRecord),
});
export type DocumentIndex = z.infer<typeof DocumentIndex>;

/** What a list shows; the full record (with provenance) comes from documents:get. */
export const DocumentSummary = DocumentRecord.pick({ id: true, title: true, kind: true, pageCount: true, size: true, parent: true });
export type DocumentSummary = z.infer<typeof DocumentSummary>;
