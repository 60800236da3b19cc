import { z } from 'zod';
import { DocumentId, Sha256 } from './document';

/**
 * What coding keeps in a case: the codebook, the coded passages (each
 * anchored by position AND by quote, so it survives re-extraction) and the
 * memos. Every passage application and memo says who did it and when.
 */

/** A stable code id: `BO1`, `SV4`, `K3` … Never reused for another code within a case. */
export const CodeId = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, 'is not a code id');
export type CodeId = z.infer<typeof CodeId>;

/** A GUID as REFI-QDA writes it (lower-case here). */
export const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'is not a GUID');
export type Guid = z.infer<typeof Guid>;

export const Color = z.string().regex(/^#[0-9a-f]{6}$/, 'is not a colour (#rrggbb)');

/** A digit key, optionally with Shift: twenty keys the reader answers while text is selected. */
export const SHORTCUTS = [
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ...['shift+1', 'shift+2', 'shift+3', 'shift+4', 'shift+5', 'shift+6', 'shift+7', 'shift+8', 'shift+9', 'shift+0'],
] as const;
export const Shortcut = z.enum(SHORTCUTS);
export type Shortcut = z.infer<typeof Shortcut>;

export const Bilingual = z.strictObject({ nl: z.string().max(10_000), en: z.string().max(10_000) });
export type Bilingual = z.infer<typeof Bilingual>;

export const BilingualList = z.strictObject({ nl: z.array(z.string().max(2000)).max(50), en: z.array(z.string().max(2000)).max(50) });
export type BilingualList = z.infer<typeof BilingualList>;

export const CodeLabel = z.strictObject({ nl: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });

export const Retirement = z.strictObject({
  at: z.iso.datetime(),
  by: z.string(),
  /** Set when the code was merged into another: its passages now carry that code. */
  mergedInto: CodeId.optional(),
});

export const Code = z.strictObject({
  id: CodeId,
  guid: Guid,
  label: CodeLabel,
  definition: Bilingual,
  indicators: BilingualList,
  parentId: CodeId.nullable(),
  color: Color,
  shortcut: Shortcut.nullable(),
  /** Group headings (A, B, C) organise codes but are not applied to passages. */
  codable: z.boolean(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  /** A retired code keeps its history (passages, memos) but is no longer offered for coding. */
  retired: Retirement.optional(),
});
export type Code = z.infer<typeof Code>;

/** codebook.json. Array order is display order among siblings. */
export const Codebook = z.strictObject({
  version: z.literal(1),
  codes: z.array(Code).max(2000),
});
export type Codebook = z.infer<typeof Codebook>;

/**
 * Where a passage is: a position on a page (TextPositionSelector) and the
 * exact quote with the text around it (TextQuoteSelector), as the W3C Web
 * Annotation model does, so it can be found again after the text changes.
 */
export const Anchor = z.strictObject({
  page: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type Anchor = z.infer<typeof Anchor>;

export const AnchorStatus = z.enum(['found', 'ambiguous', 'lost']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

/** The last time the anchor was checked against text that had changed. */
export const AnchorCheck = z.strictObject({
  status: AnchorStatus,
  checkedAt: z.iso.datetime(),
  /** The anchor before re-anchoring moved it or changed its quote. */
  previous: Anchor.optional(),
  /** How many equally good places were found (ambiguous). */
  candidates: z.number().int().nonnegative().optional(),
});
export type AnchorCheck = z.infer<typeof AnchorCheck>;

/** One code applied to a passage, by someone, at some time. */
export const CodeApplication = z.strictObject({
  codeId: CodeId,
  analyst: z.string(),
  at: z.iso.datetime(),
});
export type CodeApplication = z.infer<typeof CodeApplication>;

export const PassageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a passage id');

export const Passage = z.strictObject({
  id: PassageId,
  documentId: DocumentId,
  sha256: Sha256,
  anchor: Anchor,
  codes: z.array(CodeApplication).min(1).max(200),
  analyst: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  anchorCheck: AnchorCheck.optional(),
});
export type Passage = z.infer<typeof Passage>;

/** coding.json: every coded passage of the case. */
export const PassageFile = z.strictObject({ version: z.literal(1), passages: z.array(Passage) });
export type PassageFile = z.infer<typeof PassageFile>;

export const MemoTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passage'), passageId: PassageId }),
  z.strictObject({ kind: z.literal('code'), codeId: CodeId }),
  z.strictObject({ kind: z.literal('document'), documentId: DocumentId }),
  z.strictObject({ kind: z.literal('case') }),
]);
export type MemoTarget = z.infer<typeof MemoTarget>;

export const MemoId = PassageId;

export const Memo = z.strictObject({
  id: MemoId,
  target: MemoTarget,
  text: z.string().min(1).max(100_000),
  analyst: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type Memo = z.infer<typeof Memo>;

/** memos.json */
export const MemoFile = z.strictObject({ version: z.literal(1), memos: z.array(Memo) });
export type MemoFile = z.infer<typeof MemoFile>;

export function sameMemoTarget(a: MemoTarget, b: MemoTarget): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'passage':
      return a.passageId === (b as typeof a).passageId;
    case 'code':
      return a.codeId === (b as typeof a).codeId;
    case 'document':
      return a.documentId === (b as typeof a).documentId;
    case 'case':
      return true;
  }
}

/**
 * One analyst's coding of a case, as exchanged between team members
 * (`*.spoor-coding.json`): documents are named by SHA-256, so the receiving
 * case matches them whatever their file names.
 */
export const CodingBundle = z.strictObject({
  format: z.literal('spoor-coding'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  exportedBy: z.string(),
  caseName: z.string(),
  documents: z.array(z.strictObject({ documentId: DocumentId, sha256: Sha256, title: z.string() })),
  codebook: Codebook,
  passages: z.array(Passage),
  memos: z.array(Memo),
});
export type CodingBundle = z.infer<typeof CodingBundle>;
