import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import type { CaseSummary } from '../../../shared/model/case';
import type { DocumentRecord, DocumentSummary, PageText } from '../../../shared/model/document';
import type { ImportProgress, ImportReport } from '../../../shared/model/import';
import { CaseStore, caseFolderFor } from '../case/case-store';
import { importBatch, type ImportSource } from '../import/importer';
import { PdfTextExtractor } from '../import/pdf-text';

export interface CaseServiceOptions {
  /** Where `case:create` puts new case folders. */
  casesDir: string;
  onImportProgress?: (progress: ImportProgress) => void;
}

/**
 * The back end of Spoor: one open case and everything that can be done with
 * it. Electron's main process, the headless host and the CLI all call this
 * class; none of them touches case files directly.
 */
export class CaseService {
  private store: CaseStore | undefined;
  private readonly pdf = new PdfTextExtractor();

  constructor(private readonly options: CaseServiceOptions) {}

  get casesDir(): string {
    return this.options.casesDir;
  }

  current(): CaseSummary | null {
    return this.store?.summary() ?? null;
  }

  /** Creates `<folder>.spoor` and opens it. */
  async createCaseAt(folder: string, name = path.basename(caseFolderFor(folder), '.spoor')): Promise<CaseSummary> {
    await fs.mkdir(path.dirname(caseFolderFor(folder)), { recursive: true });
    const store = await CaseStore.create(folder, name);
    await this.replaceStore(store);
    return store.summary();
  }

  createCase(name: string): Promise<CaseSummary> {
    return this.createCaseAt(path.join(this.options.casesDir, name), name);
  }

  async openCase(folder: string): Promise<CaseSummary> {
    const store = await CaseStore.open(folder);
    await this.replaceStore(store);
    return store.summary();
  }

  async closeCase(): Promise<void> {
    await this.replaceStore(undefined);
  }

  async importFiles(sources: readonly ImportSource[]): Promise<ImportReport> {
    return importBatch(sources, { store: this.requireStore(), pdf: this.pdf, onProgress: this.options.onImportProgress });
  }

  listDocuments(): DocumentSummary[] {
    return this.requireStore()
      .listDocuments()
      .map(({ id, title, kind, pageCount, size }) => ({ id, title, kind, pageCount, size }));
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
    await this.replaceStore(undefined);
    await this.pdf.close();
  }

  private requireStore(): CaseStore {
    if (!this.store) throw new SpoorError('case.notOpen', 'No case is open');
    return this.store;
  }

  private async replaceStore(next: CaseStore | undefined): Promise<void> {
    await this.store?.flush();
    this.store = next;
  }
}
