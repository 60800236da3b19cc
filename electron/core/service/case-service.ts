import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import type { CaseSummary } from '../../../shared/model/case';
import type { DocumentRecord, DocumentSummary, PageText } from '../../../shared/model/document';
import type { ImportProgress, ImportReport } from '../../../shared/model/import';
import type { AnchorChange, AuditEntry, AuditVerification, BackupInfo, IntegrityReport, TextRepairReport } from '../../../shared/model/integrity';
import type { WooReport } from '../../../shared/model/woo';
import { caseFolderFor, type CaseOpenOptions } from '../case/case-options';
import { CaseStore } from '../case/case-store';
import { listBackups } from '../case/backup';
import type { VerifyProgress } from '../case/integrity';
import { CaseLayout } from '../case/layout';
import type { RestoreResult } from '../case/restore';
import { ImportPool } from '../import/import-pool';
import { importBatch, type ImportSource } from '../import/importer';
import { repairTexts } from '../import/text-repair';
import { WooStore, buildWooReport } from '../import/woo-store';
import { assertUsableFolder } from '../settings';

/**
 * What areas of the back end (search, coding, chronology, …) can listen to,
 * so that they keep their own state in step with the open case without the
 * service knowing about them.
 */
export interface CaseServiceEvents {
  opened: (store: CaseStore) => void | Promise<void>;
  closing: (store: CaseStore) => void | Promise<void>;
  documentsAdded: (store: CaseStore, documentIds: readonly string[]) => void | Promise<void>;
  /**
   * The extracted text of these documents was replaced (a repair re-read it
   * from the original): areas anchored to that text check their anchors at
   * once and say what moved or could not be found again.
   */
  textReplaced: (store: CaseStore, documentIds: readonly string[]) => AnchorReport | void | Promise<AnchorReport | void>;
}

/** What an area found when it checked its anchors against replaced text. */
export interface AnchorReport {
  checked: number;
  changes: AnchorChange[];
}

type Listeners = { [E in keyof CaseServiceEvents]: Set<CaseServiceEvents[E]> };

export interface CaseServiceOptions {
  /** Where `case:create` puts new case folders, unless `chosenCasesDir` names another. */
  casesDir: string;
  /** The data folder chosen in the settings (settings.casesDir), if any; it must exist and be writable. */
  chosenCasesDir?: () => string | undefined;
  /** Whether imports read scanned pages by OCR (settings.ocr); an import's own `ocr` option wins. */
  ocr?: () => boolean;
  onImportProgress?: (progress: ImportProgress) => void;
  onVerifyProgress?: (progress: VerifyProgress) => void;
  /** The analyst recorded in the audit log (settings.analystName). */
  analyst?: () => string;
  /** Who holds a case's lock, in words: `Spoor`, `spoor host`, `spoor import`. */
  holder?: string;
  /** Least time between two automatic backups (default 10 minutes). */
  backupIntervalMs?: number;
}

/** How to open a case: take over a stale or foreign lock, or open it read-only. */
export type OpenCaseOptions = Pick<CaseOpenOptions, 'takeOver' | 'readOnly'>;

/**
 * The back end of Spoor: one open case and everything that can be done with
 * it. Electron's main process, the headless host and the CLI all call this
 * class; none of them touches case files directly.
 */
export class CaseService {
  private store: CaseStore | undefined;
  private readonly pool = new ImportPool();
  private readonly woo = new WooStore();
  /** Batches running now, by id, so `import:cancel` can stop them. */
  private readonly batches = new Map<string, AbortController>();
  /** Running integrity checks, so `verify:cancel` can stop them. */
  private readonly verifications = new Set<AbortController>();
  private readonly listeners: Listeners = { opened: new Set(), closing: new Set(), documentsAdded: new Set(), textReplaced: new Set() };

  constructor(private readonly options: CaseServiceOptions) {}

  /** The folder new cases go to: the one chosen in the settings, or the default. */
  get casesDir(): string {
    return this.options.chosenCasesDir?.() ?? this.options.casesDir;
  }

  /** Where import progress goes (the UI's progress bar), for work that imports through a service of its own: the demo case is built by one. */
  get onImportProgress(): CaseServiceOptions['onImportProgress'] {
    return this.options.onImportProgress;
  }

  /** Subscribes to case lifecycle events; returns the unsubscribe function. */
  on<E extends keyof CaseServiceEvents>(event: E, listener: CaseServiceEvents[E]): () => void {
    const set = this.listeners[event] as Set<CaseServiceEvents[E]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  private async emit<E extends keyof CaseServiceEvents>(event: E, ...args: Parameters<CaseServiceEvents[E]>): Promise<void> {
    for (const listener of this.listeners[event]) await (listener as (...a: Parameters<CaseServiceEvents[E]>) => unknown)(...args);
  }

  current(): CaseSummary | null {
    return this.store?.summary() ?? null;
  }

  /** Creates `<folder>.spoor` and opens it. */
  async createCaseAt(folder: string, name = path.basename(caseFolderFor(folder), '.spoor')): Promise<CaseSummary> {
    await fs.mkdir(path.dirname(caseFolderFor(folder)), { recursive: true });
    await this.replaceStore(undefined);
    const store = await CaseStore.create(folder, name, this.storeOptions());
    await this.replaceStore(store);
    return store.summary();
  }

  private storeOptions(options: OpenCaseOptions = {}): CaseOpenOptions {
    return { ...options, analyst: this.options.analyst, holder: this.options.holder, backupIntervalMs: this.options.backupIntervalMs };
  }

  async createCase(name: string): Promise<CaseSummary> {
    const chosen = this.options.chosenCasesDir?.();
    // The default folder is made when missing; a chosen one must still be there (an unplugged disk is not silently replaced).
    if (chosen !== undefined) await assertUsableFolder(chosen);
    return this.createCaseAt(path.join(this.casesDir, name), name);
  }

  async openCase(folder: string, options: OpenCaseOptions = {}): Promise<CaseSummary> {
    // Close first: reopening the same case must not find its own lock.
    await this.replaceStore(undefined);
    const store = await CaseStore.open(folder, this.storeOptions(options));
    await this.replaceStore(store);
    return store.summary();
  }

  /** The integrity check of the open case; `full` hashes every original. Includes what opening repaired. */
  async verify(full = true): Promise<IntegrityReport> {
    const store = this.requireStore();
    const controller = new AbortController();
    this.verifications.add(controller);
    try {
      return await store.verify({ full, onProgress: this.options.onVerifyProgress, signal: controller.signal });
    } finally {
      this.verifications.delete(controller);
    }
  }

  /** Stops every running integrity check; false if none was running. */
  cancelVerify(): boolean {
    const running = [...this.verifications];
    running.forEach((controller) => controller.abort());
    return running.length > 0;
  }

  auditVerify(): Promise<AuditVerification> {
    return this.requireStore().auditVerify();
  }

  /** The audit log's entry count and head hash, for a report to quote (it pins the log as it stood). */
  auditHead(): { entries: number; headHash: string } {
    return this.requireStore().auditHead();
  }

  auditEntries(): Promise<AuditEntry[]> {
    return this.requireStore().auditEntries();
  }

  /** Backups of the open case, or of the case at `folder` (which need not open: that is when a backup matters most). */
  listBackups(folder?: string): Promise<BackupInfo[]> {
    if (folder === undefined) return this.requireStore().listBackups();
    return listBackups(new CaseLayout(path.resolve(folder)));
  }

  backupNow(): Promise<BackupInfo> {
    return this.requireStore().backup('manual');
  }

  /**
   * Restores a backup of a case's data files. The case is closed first if it
   * is the open one (a case that does not open at all can be restored too),
   * then opened again.
   */
  async restoreBackup(folder: string, backupId: string, options: Pick<CaseOpenOptions, 'takeOver'> = {}): Promise<{ result: RestoreResult; summary: CaseSummary }> {
    const root = path.resolve(folder);
    if (this.store?.root === root) await this.replaceStore(undefined);
    const result = await CaseStore.restore(root, backupId, this.storeOptions(options));
    const summary = await this.openCase(root);
    return { result, summary };
  }

  async closeCase(): Promise<void> {
    await this.replaceStore(undefined);
  }

  /**
   * Imports files into the open case (see importBatch). Every document added,
   * including attachments, archive members and bundle parts, is announced
   * once through `documentsAdded` when the batch ends, cancelled or not.
   */
  async importFiles(sources: readonly ImportSource[], options: { ocr?: boolean } = {}): Promise<ImportReport> {
    const store = this.requireStore();
    const before = new Set(store.listDocuments().map((doc) => doc.id));
    const batchId = randomUUID();
    const controller = new AbortController();
    this.batches.set(batchId, controller);
    try {
      return await importBatch(sources, {
        store,
        pool: this.pool,
        woo: this.woo,
        batchId,
        signal: controller.signal,
        ocr: options.ocr ?? this.options.ocr?.(),
        onProgress: this.options.onImportProgress,
      });
    } finally {
      this.batches.delete(batchId);
      const added = store.listDocuments().flatMap((doc) => (before.has(doc.id) ? [] : [doc.id]));
      if (added.length > 0) await this.emit('documentsAdded', store, added);
    }
  }

  /**
   * Re-reads the extracted text of documents from their verified originals
   * (by default every document whose text is missing, damaged or not as
   * recorded), and has the areas anchored to it check their anchors.
   */
  repairTexts(documentIds?: readonly string[], options: { ocr?: boolean } = {}): Promise<TextRepairReport> {
    const store = this.requireStore();
    return repairTexts(
      {
        store,
        pool: this.pool,
        ocr: options.ocr,
        textReplaced: async (ids) => {
          const reports: AnchorReport[] = [];
          for (const listener of this.listeners.textReplaced) {
            const report = await listener(store, ids);
            if (report) reports.push(report);
          }
          const anchors = reports.flatMap((report) => report.changes).map((change) => ({ ...change, documentTitle: store.findDocument(change.documentId)?.title ?? change.documentId }));
          return { anchorsChecked: reports.reduce((sum, report) => sum + report.checked, 0), anchors };
        },
      },
      documentIds,
    );
  }

  /** Stops a running batch (or every running batch): files already stored stay, the rest is reported as cancelled. */
  cancelImport(batchId?: string): number {
    let cancelled = 0;
    for (const [id, controller] of this.batches) {
      if (batchId !== undefined && id !== batchId) continue;
      controller.abort();
      cancelled += 1;
    }
    return cancelled;
  }

  /** Refusal grounds per document and page, inventories, bundles and their reconciliation. */
  async wooReport(): Promise<WooReport> {
    const store = this.requireStore();
    return buildWooReport(store, await this.woo.read(store));
  }

  listDocuments(): DocumentSummary[] {
    return this.requireStore()
      .listDocuments()
      .map(({ id, title, kind, pageCount, size, parent }) => ({ id, title, kind, pageCount, size, ...(parent ? { parent } : {}) }));
  }

  getDocument(id: string): DocumentRecord {
    const record = this.requireStore().findDocument(id);
    if (!record) throw new SpoorError('document.notFound', `No document ${id}`, { id });
    return record;
  }

  /** Accepts a full id or an unambiguous prefix of at least four characters (for the CLI). */
  resolveDocumentId(prefix: string): string {
    const documents = this.requireStore().listDocuments();
    const exact = documents.find((doc) => doc.id === prefix || doc.sha256 === prefix);
    if (exact) return exact.id;
    const matches = prefix.length >= 4 ? documents.filter((doc) => doc.sha256.startsWith(prefix)) : [];
    if (matches.length === 1 && matches[0]) return matches[0].id;
    throw new SpoorError('document.notFound', `No single document matches ${prefix}`, { id: prefix });
  }

  async getPage(id: string, page: number): Promise<{ pageCount: number; page: PageText }> {
    const store = this.requireStore();
    const record = this.getDocument(id);
    const text = await store.readText(record);
    const found = text.pages[page - 1];
    if (!found) {
      throw new SpoorError('document.pageOutOfRange', `Page ${page} of ${record.pageCount}`, { page, pageCount: text.pages.length });
    }
    return { pageCount: text.pages.length, page: found };
  }

  async getAllPages(id: string): Promise<PageText[]> {
    const record = this.getDocument(id);
    return (await this.requireStore().readText(record)).pages;
  }

  /** Finishes pending writes and stops worker threads. */
  async dispose(): Promise<void> {
    this.cancelImport();
    await this.replaceStore(undefined);
    await this.pool.close();
  }

  /** The open case's store, for the other areas of the back end; `case.notOpen` when none is open. */
  requireStore(): CaseStore {
    if (!this.store) throw new SpoorError('case.notOpen', 'No case is open');
    return this.store;
  }

  private async replaceStore(next: CaseStore | undefined): Promise<void> {
    const previous = this.store;
    if (previous) {
      await this.emit('closing', previous);
      this.store = undefined;
      await previous.close();
    }
    this.store = next;
    if (next) await this.emit('opened', next);
  }
}
