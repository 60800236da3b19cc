import { z } from 'zod';

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

export const AuditProblem = z.strictObject({
  /** 1-based line of audit.jsonl. */
  line: z.number().int().positive(),
  reason: z.string(),
});

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

export const IntegrityProblem = z.strictObject({
  kind: IntegrityProblemKind,
  /** Path inside the case folder. */
  file: z.string(),
  /** The document's title, for originals and their text. */
  document: z.string().optional(),
  detail: z.string(),
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;

export const IntegrityReport = z.strictObject({
  checkedAt: z.iso.datetime(),
  /** True when every original was hashed; false for the quick check (presence and size). */
  full: z.boolean(),
  documents: z.number().int().nonnegative(),
  originalsVerified: z.number().int().nonnegative(),
  problems: z.array(IntegrityProblem),
  audit: AuditVerification,
  /** What opening the case repaired on its own (an interrupted save, leftover temporary files). */
  recovered: z.array(z.string()),
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
