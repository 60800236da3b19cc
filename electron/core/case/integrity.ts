import fs from 'node:fs/promises';
import { SpoorError } from '../../../shared/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import { ExtractedText } from '../../../shared/model/document';
import { integrityDetail } from '../../../shared/i18n/integrity';
import type { AuditEntry, IntegrityProblem, IntegrityProblemKind, IntegrityReason, IntegrityReport, MessageParams, RecoveryNote } from '../../../shared/model/integrity';
import { TEMP_PREFIX } from '../fs/atomic';
import { exists } from '../fs/exists';
import { sha256File } from '../fs/hash';
import { AUDIT_FILE, NO_FILE_HASH, auditProblem, expectedFileHashes, readLogFile, sha256Text } from './audit';
import { listBackups } from './backup';
import type { CaseLayout } from './layout';

/** Text files are large and written once: the quick check only sees that they are there. */
function isHeavy(name: string): boolean {
  return name.startsWith('text/');
}

async function hashOrMissing(file: string): Promise<string | undefined> {
  try {
    return await sha256File(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A problem with its reason as a code for the UI and, for logs and scripts, in English. */
function problem(kind: IntegrityProblemKind, file: string, reason: IntegrityReason, params: MessageParams = {}, document?: string): IntegrityProblem {
  return { kind, file, ...(document !== undefined ? { document } : {}), detail: integrityDetail('en', { reason, params }), reason, params };
}

export interface Reconciliation {
  problems: IntegrityProblem[];
  /** Files the last, interrupted change never reached: their current hash, to be recorded. */
  interrupted: Record<string, string>;
  interruptedEntry: AuditEntry | undefined;
}

/**
 * Compares each data file the audit log knows with the hash its latest entry
 * recorded. A mismatch on the files of the log's very last entry, where the
 * file still has its previous content, is a save a crash interrupted (the log
 * is written first); any other mismatch is a change made outside Spoor.
 */
export async function reconcileFiles(layout: CaseLayout, entries: readonly AuditEntry[]): Promise<Reconciliation> {
  const expected = expectedFileHashes(entries);
  const last = entries.at(-1);
  const before = expectedFileHashes(entries.slice(0, -1));
  const problems: IntegrityProblem[] = [];
  const interrupted: Record<string, string> = {};
  for (const [name, hash] of expected) {
    const file = layout.file(name);
    // Extracted text is checked with its document (checkDocuments).
    if (isHeavy(name)) continue;
    const actual = await hashOrMissing(file);
    if (actual === hash) continue;
    if (last && name in last.files && actual === before.get(name)) {
      // Interrupted: the file is as it was before the last entry (absent, if that was its first write).
      interrupted[name] = actual ?? NO_FILE_HASH;
      continue;
    }
    if (actual === undefined) {
      problems.push(problem('fileMissing', name, 'missing'));
      continue;
    }
    let parses = true;
    try {
      JSON.parse(await fs.readFile(file, 'utf8'));
    } catch {
      parses = false;
    }
    const entry = [...entries].reverse().find((candidate) => name in candidate.files);
    problems.push(parses ? problem('fileChanged', name, 'changedAfterEntry', { seq: entry?.seq ?? 0 }) : problem('fileCorrupt', name, 'notJson'));
  }
  return { problems, interrupted, interruptedEntry: Object.keys(interrupted).length > 0 ? last : undefined };
}

/** Data files in the case folder that no audit entry accounts for (written outside Spoor). */
export async function unrecordedDataFiles(layout: CaseLayout, entries: readonly AuditEntry[]): Promise<IntegrityProblem[]> {
  const expected = expectedFileHashes(entries);
  const names = await fs.readdir(layout.root).catch(() => [] as string[]);
  return names
    .filter((name) => /^[a-z][a-z0-9-]*\.json$/.test(name) && !expected.has(name))
    .map((name) => problem('fileChanged', name, 'notRecorded'));
}

/** Removes temporary files a crash left behind; they are never read as data. Returns how many. */
export async function removeTempFiles(layout: CaseLayout): Promise<number> {
  const entries = await fs.readdir(layout.root, { recursive: true, withFileTypes: true }).catch(() => []);
  const temps = entries.filter((entry) => entry.name.startsWith(TEMP_PREFIX));
  await Promise.all(temps.map((entry) => fs.rm(`${entry.parentPath}/${entry.name}`, { recursive: true, force: true }).catch(() => undefined)));
  return temps.length;
}

export interface VerifyProgress {
  done: number;
  total: number;
}

/** A document's extracted text: present (quick), or with `full` whole, of this original, and as recorded at import. */
async function checkText(layout: CaseLayout, doc: DocumentRecord, expected: ReadonlyMap<string, string>, full: boolean): Promise<IntegrityProblem | undefined> {
  const textName = `text/${doc.sha256}.json`;
  if (!full) return (await exists(layout.file(textName))) ? undefined : problem('textMissing', textName, 'missing', {}, doc.title);
  try {
    const raw = await fs.readFile(layout.file(textName), 'utf8');
    const text = ExtractedText.parse(JSON.parse(raw));
    const recorded = expected.get(textName);
    if (text.sha256 !== doc.sha256) return problem('textCorrupt', textName, 'otherOriginal', {}, doc.title);
    if (recorded !== undefined && recorded !== sha256Text(raw)) return problem('textCorrupt', textName, 'textChanged', {}, doc.title);
    return undefined;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return missing ? problem('textMissing', textName, 'missing', {}, doc.title) : problem('textCorrupt', textName, 'damaged', {}, doc.title);
  }
}

/** The documents whose extracted text is missing, damaged or changed since it was recorded, one per original. */
export async function damagedTexts(layout: CaseLayout, documents: readonly DocumentRecord[], entries: readonly AuditEntry[]): Promise<DocumentRecord[]> {
  const expected = expectedFileHashes(entries);
  const damaged = new Map<string, DocumentRecord>();
  for (const doc of documents) {
    if (damaged.has(doc.sha256)) continue;
    if (await checkText(layout, doc, expected, true)) damaged.set(doc.sha256, doc);
  }
  return [...damaged.values()];
}

/** Checks every original (present, and with `full` its SHA-256) and its extracted text. */
async function checkDocuments(
  layout: CaseLayout,
  documents: readonly DocumentRecord[],
  expected: ReadonlyMap<string, string>,
  full: boolean,
  onProgress?: (progress: VerifyProgress) => void,
  signal?: AbortSignal,
) {
  const problems: IntegrityProblem[] = [];
  let verified = 0;
  for (const [index, doc] of documents.entries()) {
    if (signal?.aborted) throw new SpoorError('verify.cancelled', `The integrity check was stopped after ${index} of ${documents.length} documents`, { done: index, total: documents.length });
    const original = layout.original(doc.sha256, doc.kind);
    const relative = original.slice(layout.root.length + 1).split('\\').join('/');
    if (full) {
      const actual = await hashOrMissing(original);
      if (actual === undefined) problems.push(problem('originalMissing', relative, 'missing', {}, doc.title));
      else if (actual !== doc.sha256) problems.push(problem('originalChanged', relative, 'hashChanged', { sha256: actual }, doc.title));
      else verified += 1;
    } else {
      const stat = await fs.stat(original).catch(() => undefined);
      if (!stat) problems.push(problem('originalMissing', relative, 'missing', {}, doc.title));
      else if (stat.size !== doc.size) problems.push(problem('originalChanged', relative, 'sizeChanged', { size: stat.size, expected: doc.size }, doc.title));
    }
    const textProblem = await checkText(layout, doc, expected, full);
    if (textProblem) problems.push(textProblem);
    onProgress?.({ done: index + 1, total: documents.length });
  }
  return { problems, verified };
}

/**
 * The integrity check of a case: originals against their SHA-256, extracted
 * text, data files against the audit log, and the audit chain itself
 * (including, against the newest backup, entries cut off its end).
 */
export async function verifyCase(
  layout: CaseLayout,
  documents: readonly DocumentRecord[],
  options: {
    full: boolean;
    recovered?: RecoveryNote[];
    onProgress?: (progress: VerifyProgress) => void;
    /** Stops the check between two documents (it then throws `verify.cancelled`). */
    signal?: AbortSignal;
    /** Runs the checks of the case's own records, which must not overlap a save (the store's write queue). */
    records?: <T>(check: () => Promise<T>) => Promise<T>;
  },
): Promise<IntegrityReport> {
  const serialised = options.records ?? ((check) => check());
  const { log, reconciliation, unrecorded } = await serialised(async () => {
    const log = await readLogFile(layout.audit);
    return { log, reconciliation: await reconcileFiles(layout, log.entries), unrecorded: await unrecordedDataFiles(layout, log.entries) };
  });
  const audit = { ...log.verification, problems: [...log.verification.problems] };
  const newest = (await listBackups(layout))[0];
  if (newest && newest.auditEntries > 0) {
    const atBackup = log.entries.find((entry) => entry.seq === newest.auditEntries);
    if (!atBackup || atBackup.hash !== newest.auditHead) {
      audit.problems.push(auditProblem(Math.max(1, log.entries.length), 'auditCutOff', { time: newest.createdAt, entries: newest.auditEntries, head: newest.auditHead.slice(0, 12) }));
      audit.valid = false;
    }
  }
  const docs = await checkDocuments(layout, documents, expectedFileHashes(log.entries), options.full, options.onProgress, options.signal);
  const problems = [...reconciliation.problems, ...unrecorded, ...docs.problems];
  for (const { line, code, params } of audit.problems) problems.push(problem('auditBroken', AUDIT_FILE, code, { line, ...params }));
  return {
    checkedAt: new Date().toISOString(),
    full: options.full,
    documents: documents.length,
    originalsVerified: docs.verified,
    problems,
    audit,
    recovered: options.recovered ?? [],
  };
}

