/** The case folder around CaseStore: creating one, what opening it found and repaired, and errors that point to a backup. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { SpoorError } from '../../../shared/errors';
import { CASE_FORMAT_VERSION, type CaseManifest } from '../../../shared/model/case';
import type { DocumentIndex } from '../../../shared/model/document';
import { recoveryText } from '../../../shared/i18n/integrity';
import type { IntegrityProblem, MessageParams, RecoveryCode, RecoveryNote } from '../../../shared/model/integrity';
import { jsonFileText, writeFileAtomic } from '../fs/atomic';
import { AuditLog, sha256Text } from './audit';
import { newestBackupWith } from './backup';
import type { CaseLayout } from './layout';

/** What opening found: repairs it made on its own and problems it could not repair. */
export interface OpeningReport {
  recovered: RecoveryNote[];
  problems: IntegrityProblem[];
  readOnly: boolean;
}

/** A repair made on opening, with its English detail for the JSON outputs. */
export function recoveryNote(code: RecoveryCode, params: MessageParams = {}): RecoveryNote {
  return { code, params, detail: recoveryText('en', { code, params }) };
}

/** Adds the newest usable backup to a `case.corrupt` error, so the UI can offer to restore it. */
export async function withBackupOffer(layout: CaseLayout, error: unknown): Promise<unknown> {
  if (!(error instanceof SpoorError) || error.code !== 'case.corrupt') return error;
  const file = String(error.details['file'] ?? '');
  const backup = await newestBackupWith(layout, file).catch(() => undefined);
  if (!backup) return error;
  return new SpoorError('case.corrupt', `${error.message} (a backup of ${backup.createdAt} can be restored)`, {
    ...error.details,
    path: layout.root,
    backup: backup.id,
    backupTime: backup.createdAt,
  });
}

/**
 * Writes the files of a new case into its (locked) folder: the audit log's
 * first entry, an empty document index, and last the manifest, since a
 * folder without case.json is not a case.
 */
export async function writeNewCase(layout: CaseLayout, name: string, analyst: string): Promise<{ manifest: CaseManifest; log: AuditLog }> {
  const manifest: CaseManifest = { format: 'spoor-case', version: CASE_FORMAT_VERSION, id: randomUUID(), name, createdAt: new Date().toISOString() };
  await fs.mkdir(layout.textDir, { recursive: true });
  const documents = jsonFileText({ version: 1, documents: [] } satisfies DocumentIndex);
  const manifestJson = jsonFileText(manifest);
  const { log } = await AuditLog.open(layout.audit);
  await log.append({ type: 'case.create', summary: `Case "${name}" created`, files: { 'case.json': sha256Text(manifestJson), 'documents.json': sha256Text(documents) } }, analyst);
  await writeFileAtomic(layout.documents, documents);
  await writeFileAtomic(layout.manifest, manifestJson);
  return { manifest, log };
}
