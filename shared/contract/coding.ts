import { z } from 'zod';
import { CodeId, Passage, PassageId } from '../model/coding';
import { DocumentId } from '../model/document';
import { TextDownload, TextFileInput } from './codebook';
import { NoInput } from './common';
import { call } from './define';

export const RetrievalSort = z.enum(['date', 'document', 'created']);
export type RetrievalSort = z.infer<typeof RetrievalSort>;

export const RetrievedPassage = z.strictObject({
  passage: Passage,
  documentTitle: z.string(),
  /** The document's own date (metadata.date), when known. */
  documentDate: z.string().optional(),
  memoCount: z.number().int().nonnegative(),
});
export type RetrievedPassage = z.infer<typeof RetrievedPassage>;

export const CodingHistory = z.strictObject({ undo: z.string().nullable(), redo: z.string().nullable() });
export type CodingHistory = z.infer<typeof CodingHistory>;

const Range = z.tuple([z.number().int(), z.number().int()]);

const Figures = z.strictObject({
  both: z.number(),
  aOnly: z.number(),
  bOnly: z.number(),
  neither: z.number(),
  total: z.number(),
  percent: z.number().nullable(),
  kappa: z.number().nullable(),
  overlapPercent: z.number().nullable(),
});

export const AgreementReport = z.strictObject({
  analystA: z.string(),
  analystB: z.string(),
  documents: z.array(z.strictObject({ documentId: DocumentId, title: z.string() })),
  characters: z.number().int(),
  perCode: z.array(Figures.extend({ codeId: CodeId })),
  overall: Figures,
  disagreementCount: z.number().int(),
  disagreements: z.array(
    z.strictObject({
      codeId: CodeId,
      documentId: DocumentId,
      documentTitle: z.string(),
      page: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      /** The disputed stretch of text, with ranges relative to `start`. */
      text: z.string(),
      aRanges: z.array(Range),
      bRanges: z.array(Range),
      aPassageIds: z.array(PassageId),
      bPassageIds: z.array(PassageId),
    }),
  ),
});
export type AgreementReport = z.infer<typeof AgreementReport>;

export const MergeChoice = z.enum(['ours', 'theirs', 'both']);
export type MergeChoice = z.infer<typeof MergeChoice>;

export const MergeConflict = z.strictObject({
  id: z.string(),
  kind: z.enum(['code', 'passage', 'memo']),
  key: z.string(),
  ours: z.string(),
  theirs: z.string(),
  choices: z.array(MergeChoice),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const MergePreview = z.strictObject({
  token: z.string(),
  from: z.strictObject({ analyst: z.string(), caseName: z.string(), exportedAt: z.string() }),
  matchedDocuments: z.number().int(),
  missingDocuments: z.array(z.strictObject({ sha256: z.string(), title: z.string() })),
  newCodes: z.array(z.strictObject({ id: CodeId, label: z.string() })),
  newPassages: z.number().int(),
  newMemos: z.number().int(),
  identical: z.number().int(),
  skippedPassages: z.number().int(),
  conflicts: z.array(MergeConflict),
});
export type MergePreview = z.infer<typeof MergePreview>;

export const MergeOutcome = z.strictObject({
  addedCodes: z.number().int(),
  addedPassages: z.number().int(),
  addedMemos: z.number().int(),
  resolvedConflicts: z.number().int(),
  analysts: z.array(z.string()),
});
export type MergeOutcome = z.infer<typeof MergeOutcome>;

export const CooccurrenceReport = z.strictObject({
  codeIds: z.array(CodeId),
  cells: z.array(z.strictObject({ a: CodeId, b: CodeId, count: z.number().int(), passageIds: z.array(PassageId) })),
});
export type CooccurrenceReport = z.infer<typeof CooccurrenceReport>;

export const codingCalls = {
  /** Codes a range of a page; the same range coded before gains the codes. The quote is taken from the stored text. */
  'coding:apply': call(
    z.strictObject({
      documentId: DocumentId,
      page: z.number().int().positive(),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      codeIds: z.array(CodeId).min(1).max(20),
    }),
    Passage,
  ),
  /** Takes one code off a passage; a passage left without codes is removed. */
  'coding:removeCode': call(z.strictObject({ passageId: PassageId, codeId: CodeId }), z.strictObject({ passage: Passage.nullable() })),
  'coding:delete': call(z.strictObject({ passageId: PassageId }), z.strictObject({ ok: z.literal(true) })),
  /** The passages on one page, their anchors checked against the current text. */
  'coding:page': call(z.strictObject({ documentId: DocumentId, page: z.number().int().positive() }), z.strictObject({ passages: z.array(Passage) })),
  /** Passages per page of a document, and how many could not be re-anchored. */
  'coding:outline': call(
    z.strictObject({ documentId: DocumentId }),
    z.strictObject({ pages: z.array(z.strictObject({ page: z.number().int(), count: z.number().int() })), ambiguous: z.number().int(), lost: z.number().int() }),
  ),
  /** Retrieval: the passages of a code (and its sub-codes), or given passages, across documents. */
  'coding:retrieve': call(
    z.strictObject({
      codeId: CodeId.optional(),
      includeSubcodes: z.boolean().optional(),
      passageIds: z.array(PassageId).max(10_000).optional(),
      /** Only the passages in this document. */
      documentId: DocumentId.optional(),
      analyst: z.string().max(200).optional(),
      query: z.string().max(500).optional(),
      sort: RetrievalSort.optional(),
      limit: z.number().int().positive().max(5000).optional(),
    }),
    z.strictObject({ total: z.number().int(), items: z.array(RetrievedPassage) }),
  ),
  /** Passages per code per document. */
  'coding:counts': call(
    NoInput,
    z.strictObject({
      documents: z.array(z.strictObject({ documentId: DocumentId, title: z.string(), date: z.string().optional() })),
      rows: z.array(z.strictObject({ documentId: DocumentId, counts: z.record(z.string(), z.number().int()) })),
    }),
  ),
  'coding:cooccurrence': call(z.strictObject({ analyst: z.string().max(200).optional() }), CooccurrenceReport),
  'coding:history': call(NoInput, CodingHistory),
  'coding:undo': call(NoInput, CodingHistory),
  'coding:redo': call(NoInput, CodingHistory),
  /** Everyone who coded something in this case. */
  'coding:analysts': call(NoInput, z.array(z.string())),
  'coding:agreement': call(z.strictObject({ analystA: z.string().min(1).max(200), analystB: z.string().min(1).max(200) }), AgreementReport),
  /** This case's coding (codebook, passages, memos) for another analyst to merge. */
  'coding:exportBundle': call(NoInput, TextDownload),
  /**
   * Reads another analyst's export (a Spoor coding export, or a REFI-QDA .qdpx project)
   * and lists what merging it would add and where it conflicts. Changes nothing.
   */
  'coding:mergePreview': call(TextFileInput, MergePreview),
  /** Writes a REFI-QDA project (.qdpx: sources, codebook, coded segments, memos) into the case's exports/ folder. */
  'coding:exportQdpx': call(NoInput, z.strictObject({ path: z.string(), sources: z.number().int(), segments: z.number().int(), skipped: z.number().int() })),
  /** Merges a previewed export; every conflict needs a choice. */
  'coding:mergeApply': call(
    z.strictObject({ token: z.string().min(1).max(100), resolutions: z.record(z.string(), MergeChoice) }),
    MergeOutcome,
  ),

};
