import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SpoorError } from '../../../shared/errors';
import { CaseManifest, type CaseSummary } from '../../../shared/model/case';
import { DocumentIndex, type DocumentRecord, type ExtractedText, type Provenance } from '../../../shared/model/document';
import { GENESIS_HASH, type AuditEntry, type AuditVerification, type BackupInfo, type IntegrityReport, type RecoveryNote } from '../../../shared/model/integrity';
import { jsonFileText, readJsonFile, writeFileAtomic } from '../fs/atomic';
import { exists } from '../fs/exists';
import { toIoError } from '../fs/io-errors';
import { SerialQueue } from '../fs/serial-queue';
import { AUDIT_FILE, AuditLog, expectedFileHashes, readLogFile, sha256Text, type AuditRecord } from './audit';
import { createBackup, listBackups } from './backup';
import { damagedTexts, reconcileFiles, removeTempFiles, unrecordedDataFiles, verifyCase, type VerifyProgress } from './integrity';
import { CaseLayout } from './layout';
import { CaseLock } from './lock';
import { migrateCase } from './migrations';
import { recoveryNote, withBackupOffer, writeNewCase, type OpeningReport } from './case-folder';
import { restoreBackup, type RestoreResult } from './restore';
import { StoredTexts } from './stored-texts';
import { DEFAULT_BACKUP_INTERVAL_MS, SYSTEM_ANALYST, caseFolderFor, type CaseAction, type CaseOpenOptions } from './case-options';


/** The lock and audit log of a case opened for writing. */
interface Writer {
  lock: CaseLock;
  audit: AuditLog;
  analyst: () => string;
  backupIntervalMs: number;
}

/**
 * One open case folder: its manifest and document records in memory, every
 * change written atomically and in order through a single queue, each
 * recorded in the hash-chained audit log before the file is replaced, under a
 * lock that keeps other windows and processes from overwriting it.
 */
export class CaseStore {
  private readonly writes = new SerialQueue();
  private expected: Map<string, string>;
  private lastBackup: { at: number; head: string };
  private broken: SpoorError | undefined;
  /** The log's head as read on opening, for a case opened read-only (which never appends). */
  private readHead = { entries: 0, headHash: GENESIS_HASH };
  private readonly texts: StoredTexts;

  private constructor(
    readonly layout: CaseLayout,
    readonly manifest: CaseManifest,
    private documents: DocumentRecord[],
    private readonly writer: Writer | undefined,
    readonly opening: OpeningReport,
    expected: Map<string, string>,
    lastBackup: BackupInfo | undefined,
  ) {
    this.texts = new StoredTexts(layout);
    this.expected = expected;
    this.lastBackup = { at: lastBackup ? Date.parse(lastBackup.createdAt) : 0, head: lastBackup?.auditHead ?? '' };
  }

  get root(): string {
    return this.layout.root;
  }

  get readOnly(): boolean {
    return this.writer === undefined;
  }

  static async create(folder: string, name: string, options: CaseOpenOptions = {}): Promise<CaseStore> {
    const root = caseFolderFor(folder);
    const layout = new CaseLayout(root);
    if (await exists(root)) throw new SpoorError('case.exists', `A case already exists at ${root}`, { path: root });
    let lock: CaseLock | undefined;
    try {
      await fs.mkdir(layout.originalsDir, { recursive: true });
      lock = await CaseLock.acquire(root, { holder: options.holder });
      const analyst = options.analyst ?? (() => SYSTEM_ANALYST);
      const { manifest, log } = await writeNewCase(layout, name, analyst());
      const writer = { lock, audit: log, analyst, backupIntervalMs: options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS };
      const expected = expectedFileHashes((await readLogFile(layout.audit)).entries);
      return new CaseStore(layout, manifest, [], writer, { recovered: [], problems: [], readOnly: false }, expected, undefined);
    } catch (error) {
      await lock?.release();
      throw toIoError(error, root);
    }
  }

  static async open(folder: string, options: CaseOpenOptions = {}): Promise<CaseStore> {
    const root = path.resolve(folder);
    const layout = new CaseLayout(root);
    if (!(await exists(layout.manifest))) throw new SpoorError('case.notFound', `No case folder at ${root}`, { path: root });
    let lock: CaseLock | undefined;
    try {
      const manifest = await readJsonFile(layout.manifest, CaseManifest, 'case.json');
      if (!options.readOnly) {
        lock = await CaseLock.acquire(root, { takeOver: options.takeOver, holder: options.holder }).catch((error: unknown) => {
          // A folder we may read but not write (a CD, a read-only share): open it read-only, saying so.
          if (error instanceof SpoorError && error.code === 'io.readOnly') return undefined;
          throw error;
        });
      }
      return await CaseStore.load(layout, manifest, lock, options);
    } catch (error) {
      await lock?.release();
      throw await withBackupOffer(layout, error);
    }
  }

  private static async load(layout: CaseLayout, manifest: CaseManifest, lock: CaseLock | undefined, options: CaseOpenOptions): Promise<CaseStore> {
    const recovered: RecoveryNote[] = [];
    const analyst = options.analyst ?? (() => SYSTEM_ANALYST);
    const version = lock ? await migrateCase(layout.root, manifest.version) : manifest.version;
    if (lock) {
      const temps = await removeTempFiles(layout);
      if (temps > 0) recovered.push(recoveryNote('tempFilesRemoved', { count: temps }));
    }
    if (version > 1 && !(await exists(layout.audit))) {
      throw new SpoorError('case.corrupt', 'audit.jsonl is missing', { file: AUDIT_FILE, reason: 'missing' });
    }
    const index = await readJsonFile(layout.documents, DocumentIndex, 'documents.json');
    let entries: AuditEntry[];
    let writer: Writer | undefined;
    if (lock) {
      const { log, parsed } = await AuditLog.open(layout.audit);
      if (parsed.tornTail) recovered.push(recoveryNote('tornAuditLine'));
      entries = parsed.entries;
      writer = { lock, audit: log, analyst, backupIntervalMs: options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS };
    } else {
      entries = (await readLogFile(layout.audit)).entries;
    }
    const reconciliation = await reconcileFiles(layout, entries);
    const interrupted = reconciliation.interruptedEntry;
    if (writer && interrupted) {
      await writer.audit.append(
        {
          type: 'recovery.interrupted',
          summary: `Change #${interrupted.seq} (${interrupted.type}: ${interrupted.summary}) was interrupted before it was saved; the case keeps its earlier state`,
          files: reconciliation.interrupted,
          details: { seq: interrupted.seq },
        },
        SYSTEM_ANALYST,
      );
      entries = (await readLogFile(layout.audit)).entries;
      recovered.push(recoveryNote('interruptedChange', { seq: interrupted.seq, summary: interrupted.summary }));
    }
    const problems = [...reconciliation.problems, ...(await unrecordedDataFiles(layout, entries))];
    const backups = await listBackups(layout);
    const store = new CaseStore(layout, { ...manifest, version }, index.documents, writer, { recovered, problems, readOnly: !writer }, expectedFileHashes(entries), backups[0]);
    store.readHead = { entries: entries.length, headHash: entries.at(-1)?.hash ?? GENESIS_HASH };
    // The state as found is worth keeping: back it up unless the newest backup already holds it.
    if (writer && backups[0]?.auditHead !== writer.audit.headHash) store.scheduleBackup('open');
    return store;
  }

  /**
   * Puts a backup's data files back in place (never the originals). The
   * current files are first kept as a 'before-restore' backup, and the
   * restore is recorded in the audit log. A damaged or missing audit log is
   * replaced by the backup's copy, the damaged one kept beside it.
   */
  static restore(folder: string, backupId: string, options: CaseOpenOptions = {}): Promise<RestoreResult> {
    return restoreBackup(new CaseLayout(path.resolve(folder)), backupId, { ...options, analyst: options.analyst ?? (() => SYSTEM_ANALYST) });
  }

  summary(): CaseSummary {
    return {
      id: this.manifest.id,
      name: this.manifest.name,
      path: this.root,
      createdAt: this.manifest.createdAt,
      documentCount: this.documents.length,
      ...(this.readOnly ? { readOnly: true } : {}),
    };
  }

  listDocuments(): readonly DocumentRecord[] {
    return this.documents;
  }

  findDocument(id: string): DocumentRecord | undefined {
    return this.documents.find((doc) => doc.id === id);
  }

  findBySha(sha256: string): DocumentRecord | undefined {
    return this.documents.find((doc) => doc.sha256 === sha256);
  }

  /**
   * Stores an original and its text, then records the document: the record is
   * written last. `related` records that share this original (the parts of a
   * Woo bundle) are recorded in the same write, so they exist together or not at all.
   *
   * If the case already holds the original, nothing is stored: its record
   * gains `record`'s origins instead and is returned with `added: false`.
   * The files of a batch are read side by side, so an identical file may have
   * been stored after the importer's own check; only here, in the write queue,
   * are the check and the write one step.
   */
  addDocument(
    record: DocumentRecord,
    sourceFile: string,
    text: ExtractedText,
    related: readonly DocumentRecord[] = [],
    action?: CaseAction,
  ): Promise<{ added: boolean; record: DocumentRecord }> {
    return this.writes.run(async () => {
      const writer = await this.requireWriter();
      const present = this.findBySha(record.sha256);
      if (present) return { added: false, record: await this.addOriginsNow(writer, present, record.provenance) };
      const stored = await this.texts.storeWithOriginal(record, sourceFile, text);
      const next = [...this.documents, record, ...related];
      const parts = related.length > 0 ? `, ${related.length} related records` : '';
      await this.commit(
        writer,
        action ?? { type: 'documents.import', summary: `Imported "${record.provenance[0]?.originalName ?? record.title}" (${record.pageCount} p.${parts})` },
        { 'documents.json': jsonFileText({ version: 1, documents: next } satisfies DocumentIndex) },
        { [stored.name]: stored.hash },
        { document: record.id, sha256: record.sha256 },
      );
      // Memory follows disk: only a successful write changes what the case holds.
      this.documents = next;
      return { added: true, record };
    });
  }

  /**
   * Records another origin of an original the case already holds (a file
   * imported again, or found again in an archive or e-mail), unless its
   * record names that path already. Returns the record holding the original,
   * or undefined when the case does not hold it.
   */
  addOrigin(sha256: string, provenance: Provenance): Promise<DocumentRecord | undefined> {
    return this.writes.run(async () => {
      const present = this.findBySha(sha256);
      return present && this.addOriginsNow(await this.requireWriter(), present, [provenance]);
    });
  }

  private async addOriginsNow(writer: Writer, present: DocumentRecord, origins: readonly Provenance[]): Promise<DocumentRecord> {
    const fresh = origins.filter((origin) => !present.provenance.some((known) => known.originalPath === origin.originalPath));
    if (fresh.length === 0) return present;
    const record = { ...present, provenance: [...present.provenance, ...fresh] };
    const next = this.documents.map((doc) => (doc === present ? record : doc));
    await this.commit(
      writer,
      { type: 'documents.update', summary: `Recorded another origin of "${present.title}": ${fresh.map((origin) => origin.originalName).join(', ')}` },
      { 'documents.json': jsonFileText({ version: 1, documents: next } satisfies DocumentIndex) },
      {},
      { document: record.id },
    );
    this.documents = next;
    return record;
  }

  /** Replaces one record (its metadata, for instance). */
  updateDocument(record: DocumentRecord, action?: CaseAction): Promise<void> {
    return this.writes.run(async () => {
      const writer = await this.requireWriter();
      const next = this.documents.map((doc) => (doc.id === record.id ? record : doc));
      await this.commit(
        writer,
        action ?? { type: 'documents.update', summary: `Updated the record of "${record.title}"` },
        { 'documents.json': jsonFileText({ version: 1, documents: next } satisfies DocumentIndex) },
        {},
        { document: record.id },
      );
      this.documents = next;
    });
  }

  /**
   * Replaces the extracted text of an original (a repair: the text re-read
   * from the verified original) and, in the same audited change, the records
   * of its documents whose page count or grounds the new text changes.
   */
  replaceText(text: ExtractedText, records: readonly DocumentRecord[], action: CaseAction): Promise<void> {
    return this.writes.run(async () => {
      const writer = await this.requireWriter();
      const changed = new Map(records.map((record) => [record.id, record]));
      const next = this.documents.map((doc) => changed.get(doc.id) ?? doc);
      const contents: Record<string, string> = { [`text/${text.sha256}.json`]: jsonFileText(text) };
      if (changed.size > 0) contents['documents.json'] = jsonFileText({ version: 1, documents: next } satisfies DocumentIndex);
      this.texts.forget(text.sha256);
      await this.commit(writer, action, contents, {}, { sha256: text.sha256 });
      this.documents = next;
    });
  }

  /** Documents (one per original) whose extracted text is missing, damaged, or not what was recorded. */
  damagedTexts(): Promise<DocumentRecord[]> {
    return this.writes.run(async () => damagedTexts(this.layout, this.documents, (await readLogFile(this.layout.audit)).entries));
  }

  /** The text of a document; a bundle part gets its page range of the bundle's text, numbered from 1. */
  async readText(record: DocumentRecord): Promise<ExtractedText> {
    const text = await this.texts.read(record.sha256);
    if (record.parent?.relation !== 'part') return text;
    const { firstPage, lastPage } = record.parent;
    return { ...text, pages: text.pages.slice(firstPage - 1, lastPage).map((page, index) => ({ ...page, page: index + 1 })) };
  }

  /**
   * Reads one of the case's own data files (`codebook.json`, …). A file that
   * does not exist yet gives `fallback`; a damaged one is a `case.corrupt`
   * error naming it (and the backup that can replace it), never a silent default.
   */
  async readData<S extends z.ZodType>(name: string, schema: S, fallback: z.output<S>): Promise<z.output<S>> {
    const file = this.layout.data(name);
    if (!(await exists(file))) return fallback;
    try {
      return await readJsonFile(file, schema, name);
    } catch (error) {
      throw await withBackupOffer(this.layout, error);
    }
  }

  /**
   * Writes one of the case's data files atomically, in order with every
   * other write to this case, and records `action` in the audit log with
   * the time, the analyst and the file's new SHA-256.
   */
  writeData(name: string, value: unknown, action: CaseAction): Promise<void> {
    const file = this.layout.data(name);
    return this.writes.run(async () => {
      const writer = await this.requireWriter();
      await this.commit(writer, action, { [path.basename(file)]: jsonFileText(value) });
    });
  }

  /** Records an action that changes no file of the case (an export, for instance) in the audit log. */
  recordAction(action: CaseAction): Promise<AuditEntry> {
    return this.writes.run(async () => {
      const writer = await this.requireWriter();
      const { entry } = await writer.audit.append({ ...action }, writer.analyst());
      return entry;
    });
  }

  /**
   * Records that something was exported (`export.<what>`), with the file's
   * name and SHA-256, so the log says what left the case and can prove which
   * file it was. A case opened read-only exports without a trace.
   */
  async recordExport(what: string, summary: string, file: { fileName: string; content: string | Uint8Array; format?: string }): Promise<void> {
    if (this.readOnly) return;
    await this.recordAction({
      type: `export.${what}`,
      summary,
      details: { ...(file.format ? { format: file.format } : {}), fileName: file.fileName, sha256: sha256Text(file.content) },
    });
  }

  /** The audit log's head: quote it in a report to pin the log as it stood. */
  auditHead(): { entries: number; headHash: string } {
    if (this.writer) return { entries: this.writer.audit.entries, headHash: this.writer.audit.headHash };
    return this.readHead;
  }

  auditVerify(): Promise<AuditVerification> {
    return this.writes.run(async () => (await readLogFile(this.layout.audit)).verification);
  }

  auditEntries(): Promise<AuditEntry[]> {
    return this.writes.run(async () => (await readLogFile(this.layout.audit)).entries);
  }

  /** The integrity check; `full` hashes every original (outside the write queue, so saving goes on meanwhile). */
  async verify(options: { full: boolean; onProgress?: (progress: VerifyProgress) => void; signal?: AbortSignal }): Promise<IntegrityReport> {
    const documents = await this.writes.run(async () => this.documents);
    return verifyCase(this.layout, documents, {
      ...options,
      recovered: this.opening.recovered,
      records: (check) => this.writes.run(check),
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.layout);
  }

  /** Backs up the case's data files now. */
  backup(reason: BackupInfo['reason'] = 'manual'): Promise<BackupInfo> {
    return this.writes.run(async () => this.backupNow(await this.requireWriter(), reason));
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  /** Finishes pending writes, backs up what changed since the last backup, and releases the lock. */
  async close(): Promise<void> {
    await this.flush();
    const writer = this.writer;
    if (!writer) return;
    if (!this.broken && this.lastBackup.head !== writer.audit.headHash) {
      await this.writes.run(() => this.backupNow(writer, 'close')).catch(() => undefined);
    }
    await writer.lock.release();
  }

  private async requireWriter(): Promise<Writer> {
    if (!this.writer) throw new SpoorError('io.readOnly', `${this.root} is open read-only`, { file: this.root });
    if (this.broken) throw this.broken;
    await this.writer.lock.assertHeld();
    return this.writer;
  }

  /**
   * The one way a data file changes: the audit entry (with the new hashes) is
   * appended first, then the file replaced atomically. If the replacement
   * fails (disk full, read-only), the entry is taken back; if a crash
   * intervenes, the next opening sees the entry unapplied and records that.
   */
  private async commit(writer: Writer, action: CaseAction, contents: Record<string, string>, extraFiles: Record<string, string> = {}, details: Record<string, string | number> = {}): Promise<void> {
    const hashes = Object.fromEntries(Object.entries(contents).map(([name, content]) => [name, sha256Text(content)]));
    const record: AuditRecord = { type: action.type, summary: action.summary, files: { ...extraFiles, ...hashes } };
    const allDetails = { ...details, ...action.details };
    if (Object.keys(allDetails).length > 0) record.details = allDetails;
    const { undo } = await writer.audit.append(record, writer.analyst());
    try {
      for (const [name, content] of Object.entries(contents)) await writeFileAtomic(this.layout.file(name), content);
    } catch (error) {
      await undo().catch((undoError: unknown) => {
        // The log now claims a change that did not happen; stop writing until the case is reopened and reconciled.
        this.broken = new SpoorError('io.failed', `The audit log of ${this.root} could not be corrected; close and reopen the case`, {
          file: AUDIT_FILE,
          reason: undoError instanceof Error ? undoError.message : String(undoError),
        });
      });
      throw error;
    }
    for (const [name, hash] of Object.entries(record.files ?? {})) this.expected.set(name, hash);
    if (Date.now() - this.lastBackup.at >= writer.backupIntervalMs) this.scheduleBackup('periodic');
  }

  private scheduleBackup(reason: BackupInfo['reason']): void {
    this.lastBackup = { ...this.lastBackup, at: Date.now() };
    const writer = this.writer;
    if (!writer) return;
    void this.writes.run(() => this.backupNow(writer, reason)).catch(() => undefined);
  }

  private async backupNow(writer: Writer, reason: BackupInfo['reason']): Promise<BackupInfo> {
    const files = [...this.expected.keys()].filter((name) => !name.startsWith('text/'));
    const info = await createBackup(this.layout, { reason, files: [...files, AUDIT_FILE], auditEntries: writer.audit.entries, auditHead: writer.audit.headHash });
    this.lastBackup = { at: Date.parse(info.createdAt), head: info.auditHead };
    return info;
  }
}
