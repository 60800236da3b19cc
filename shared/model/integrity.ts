import { z } from 'zod';
import { DocumentId, Sha256 } from './document';
import { ErrorInfoSchema } from './error';

/** The `prev` of the first audit entry. */
export const GENESIS_HASH = '0'.repeat(64);

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One line of a case's audit log (audit.jsonl). `files` holds the SHA-256 of
 * each case data file as this change left it, so a file edited outside Spoor
 * is recognised; `hash` covers every other field including `prev`, the
 * previous entry's hash, so an edited or deleted entry breaks the chain.
 */
export const AuditEntry = z.strictObject({
  seq: z.number().int().positive(),
  time: z.iso.datetime(),
  analyst: z.string(),
  /** What kind of change: `case.create`, `documents.import`, `coding.add`, … */
  type: z.string().min(1).max(100),
  summary: z.string().max(2000),
  files: z.record(z.string(), Hex64),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  prev: Hex64,
  hash: Hex64,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Values filled into the message of a problem or a repair (a hash, a size, a line number). */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

/** What is wrong with the audit log, as a code the UI translates (messages in shared/i18n/areas/reliability.ts). */
export const AuditProblemCode = z.enum(['auditNotJson', 'auditNotEntry', 'auditSequence', 'auditLink', 'auditEdited', 'auditMissing', 'auditCutOff']);
export type AuditProblemCode = z.infer<typeof AuditProblemCode>;

export const AuditProblem = z.strictObject({
  /** 1-based line of audit.jsonl. */
  line: z.number().int().positive(),
  /** In English, for logs and scripts; the UI and the CLI say `code` with `params` in the reader's language. */
  reason: z.string(),
  code: AuditProblemCode,
  params: MessageParams,
});
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditVerification = z.strictObject({
  valid: z.boolean(),
  entries: z.number().int().nonnegative(),
  /** Hash of the last entry: quoting it in a report pins the whole log as it stood. */
  headHash: z.string(),
  problems: z.array(AuditProblem),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const IntegrityProblemKind = z.enum([
  'originalMissing',
  'originalChanged',
  'textMissing',
  'textCorrupt',
  'fileMissing',
  'fileCorrupt',
  'fileChanged',
  'auditBroken',
]);
export type IntegrityProblemKind = z.infer<typeof IntegrityProblemKind>;

/** What exactly is wrong with a file, as a code the UI translates; audit log problems use the audit codes. */
export const IntegrityReason = z.enum([
  'missing',
  'hashChanged',
  'sizeChanged',
  'otherOriginal',
  'textChanged',
  'damaged',
  'changedAfterEntry',
  'notJson',
  'notRecorded',
  ...AuditProblemCode.options,
]);
export type IntegrityReason = z.infer<typeof IntegrityReason>;

export const IntegrityProblem = z.strictObject({
  kind: IntegrityProblemKind,
  /** Path inside the case folder. */
  file: z.string(),
  /** The document's title, for originals and their text. */
  document: z.string().optional(),
  /** In English, for logs and scripts; the UI and the CLI say `reason` with `params` in the reader's language. */
  detail: z.string(),
  reason: IntegrityReason,
  params: MessageParams,
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;

/** What opening a case repaired on its own. */
export const RecoveryCode = z.enum(['tempFilesRemoved', 'tornAuditLine', 'interruptedChange']);
export type RecoveryCode = z.infer<typeof RecoveryCode>;

export const RecoveryNote = z.strictObject({
  code: RecoveryCode,
  params: MessageParams,
  /** In English, for logs and scripts. */
  detail: z.string(),
});
export type RecoveryNote = z.infer<typeof RecoveryNote>;

export const IntegrityReport = z.strictObject({
  checkedAt: z.iso.datetime(),
  /** True when every original was hashed; false for the quick check (presence and size). */
  full: z.boolean(),
  documents: z.number().int().nonnegative(),
  originalsVerified: z.number().int().nonnegative(),
  problems: z.array(IntegrityProblem),
  audit: AuditVerification,
  /** What opening the case repaired on its own (an interrupted save, leftover temporary files). */
  recovered: z.array(RecoveryNote),
});
export type IntegrityReport = z.infer<typeof IntegrityReport>;

export const BackupInfo = z.strictObject({
  id: z.string().regex(/^[0-9TZ-]+-[0-9a-f]{6}$/),
  createdAt: z.iso.datetime(),
  reason: z.enum(['open', 'periodic', 'close', 'manual', 'before-restore']),
  files: z.array(z.string()),
  auditEntries: z.number().int().nonnegative(),
  auditHead: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A coded passage or a chronology citation whose quote was looked for again in re-extracted text. */
export const AnchorChange = z.strictObject({
  kind: z.enum(['passage', 'citation']),
  id: z.string(),
  documentId: DocumentId,
  /** Where it was anchored before the text changed. */
  page: z.number().int().positive(),
  quote: z.string(),
  /** Found at another place (`moved`, its previous anchor kept), in several places, or nowhere: never moved without saying so. */
  status: z.enum(['moved', 'ambiguous', 'lost']),
  /** The new page, for a moved anchor. */
  newPage: z.number().int().positive().optional(),
  /** The event a citation belongs to. */
  event: z.string().optional(),
});
export type AnchorChange = z.infer<typeof AnchorChange>;

/** What a repair of extracted text did: the texts re-read from their verified originals, what failed, and the anchors that changed. */
export const TextRepairReport = z.strictObject({
  repaired: z.array(z.strictObject({ documentId: DocumentId, title: z.string(), sha256: Sha256, pageCount: z.number().int().nonnegative(), previousPageCount: z.number().int().nonnegative() })),
  failed: z.array(z.strictObject({ documentId: DocumentId, title: z.string(), error: ErrorInfoSchema })),
  /** Passages and citations checked against the new text. */
  anchorsChecked: z.number().int().nonnegative(),
  anchors: z.array(AnchorChange.extend({ documentTitle: z.string() })),
  /** Checking the anchors failed (a damaged coding or chronology file): they are checked again when their documents are next opened. */
  anchorProblem: ErrorInfoSchema.optional(),
});
export type TextRepairReport = z.infer<typeof TextRepairReport>;
