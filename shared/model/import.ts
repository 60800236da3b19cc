import { z } from 'zod';
import { DocumentId } from './document';
import { ErrorInfoSchema } from './error';

/**
 * One line of an import report: every chosen file gets exactly one, and so
 * does every file found inside it (zip members, mbox messages, attachments:
 * `file` is then `archive.zip › map/nota.pdf`). An imported file can carry
 * warnings (an inventory row without a date) without having failed.
 */
export const ImportResult = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('imported'),
    file: z.string(),
    documentId: DocumentId,
    pageCount: z.number().int(),
    /** Pages read by OCR. */
    ocrPages: z.number().int().positive().optional(),
    /** Documents the file was split into (a Woo bundle). */
    parts: z.number().int().positive().optional(),
    warnings: z.array(ErrorInfoSchema).optional(),
  }),
  z.strictObject({ status: z.literal('duplicate'), file: z.string(), documentId: DocumentId }),
  z.strictObject({ status: z.literal('failed'), file: z.string(), error: ErrorInfoSchema }),
  /** Not imported because the person cancelled the batch; nothing of it was stored. */
  z.strictObject({ status: z.literal('cancelled'), file: z.string() }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportReport = z.strictObject({
  batchId: z.string(),
  results: z.array(ImportResult),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportPhase = z.enum(['hashing', 'extracting', 'ocr', 'storing', 'done', 'failed', 'cancelled']);

/** Sent while a batch runs: which file, which page, how far along. */
export const ImportProgress = z.strictObject({
  batchId: z.string(),
  fileIndex: z.number().int().nonnegative(),
  fileCount: z.number().int().positive(),
  fileName: z.string(),
  phase: ImportPhase,
  page: z.number().int().nonnegative().optional(),
  pageCount: z.number().int().nonnegative().optional(),
  /** How much of the whole batch is done, 0–1 (files weighted by size, pages within a file). */
  fraction: z.number().min(0).max(1),
  /** Estimated seconds until the batch is done; absent until there is enough to go on. */
  etaSeconds: z.number().int().nonnegative().optional(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/**
 * A file the user chose (native dialog) or uploaded (headless host). The
 * renderer only ever holds this opaque reference, never a path it could forge.
 */
export const FileRef = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type FileRef = z.infer<typeof FileRef>;
