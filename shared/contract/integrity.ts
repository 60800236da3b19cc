import { z } from 'zod';
import { CaseSummary } from '../model/case';
import { DocumentId } from '../model/document';
import { AuditEntry, AuditVerification, BackupInfo, IntegrityReport, TextRepairReport } from '../model/integrity';
import { NoInput } from './common';
import { call } from './define';

const CasePath = z.string().min(1).max(4096);

export const AuditPage = z.strictObject({
  /** Newest first. */
  entries: z.array(AuditEntry),
  total: z.number().int().nonnegative(),
  headHash: z.string(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const RestoreOutcome = z.strictObject({
  summary: CaseSummary,
  backup: BackupInfo,
  restored: z.array(z.string()),
  auditReplaced: z.boolean(),
});
export type RestoreOutcome = z.infer<typeof RestoreOutcome>;

/** Evidence integrity, the audit log and backups of a case. */
export const integrityCalls = {
  /** Checks the open case: every original's SHA-256 (`full`), extracted text, data files against the audit log, the audit chain. */
  'case:verify': call(z.strictObject({ full: z.boolean().default(true) }), IntegrityReport),
  /**
   * Reads the text of documents again from their verified originals (by
   * default every document whose text is missing or damaged), writes it as
   * an audited change, and re-anchors coded passages and citations, listing
   * those that moved or could not be found again.
   */
  'case:repairText': call(z.strictObject({ documentIds: z.array(DocumentId).max(100_000).optional() }), TextRepairReport),
  /**
   * Stops a running `case:verify` between two documents; that call then
   * fails with `verify.cancelled` (a check cut short proves nothing). False
   * when no check was running.
   */
  'verify:cancel': call(NoInput, z.strictObject({ cancelled: z.boolean() })),
  /** Re-reads the audit log and checks its hash chain. */
  'case:auditVerify': call(NoInput, AuditVerification),
  /** A page of the audit log, newest first. */
  'case:audit': call(z.strictObject({ limit: z.number().int().min(1).max(1000).default(100), offset: z.number().int().nonnegative().default(0) }), AuditPage),
  /** Backups of the open case, or of the case at `path` (which need not open). */
  'case:backups': call(z.strictObject({ path: CasePath.optional() }), z.array(BackupInfo)),
  /** Backs up the open case's data files now. */
  'case:backup': call(NoInput, BackupInfo),
  /** Restores a backup's data files (never the originals) and opens the case. */
  'case:restore': call(z.strictObject({ path: CasePath, backupId: BackupInfo.shape.id, takeOver: z.boolean().optional() }), RestoreOutcome),
};

