import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SpoorError } from '../../../shared/errors';
import { CASE_FOLDER_SUFFIX, CASE_FORMAT_VERSION, CaseManifest, type CaseSummary } from '../../../shared/model/case';
import { DocumentIndex, ExtractedText, type DocumentRecord } from '../../../shared/model/document';
import { copyFileAtomic, readJsonFile, writeJsonAtomic } from '../fs/atomic';
import { toIoError } from '../fs/io-errors';
import { SerialQueue } from '../fs/serial-queue';
import { CaseLayout } from './layout';
import { migrateCase } from './migrations';

/** What a change to the case was, for the audit log: a type such as `coding.add` and a one-line summary. */
export interface CaseAction {
  type: string;
  summary: string;
}

/** `…/Toeslagen` and `…/Toeslagen.spoor` both mean the folder `…/Toeslagen.spoor`. */
export function caseFolderFor(dir: string): string {
  const resolved = path.resolve(dir);
  return resolved.endsWith(CASE_FOLDER_SUFFIX) ? resolved : `${resolved}${CASE_FOLDER_SUFFIX}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * One open case folder: its manifest and document records in memory, every
 * change written atomically and in order through a single queue.
 */
export class CaseStore {
  private readonly writes = new SerialQueue();

  private constructor(
    readonly layout: CaseLayout,
    readonly manifest: CaseManifest,
    private documents: DocumentRecord[],
  ) {}

  get root(): string {
    return this.layout.root;
  }

  static async create(folder: string, name: string): Promise<CaseStore> {
    const root = caseFolderFor(folder);
    const layout = new CaseLayout(root);
    if (await exists(root)) throw new SpoorError('case.exists', `A case already exists at ${root}`, { path: root });
    const manifest: CaseManifest = {
      format: 'spoor-case',
      version: CASE_FORMAT_VERSION,
      id: randomUUID(),
      name,
      createdAt: new Date().toISOString(),
    };
    try {
      await fs.mkdir(layout.originalsDir, { recursive: true });
      await fs.mkdir(layout.textDir, { recursive: true });
      await writeJsonAtomic(layout.documents, { version: 1, documents: [] } satisfies DocumentIndex);
      // The manifest is written last: a folder without case.json is not a case.
      await writeJsonAtomic(layout.manifest, manifest);
    } catch (error) {
      throw toIoError(error, root);
    }
    return new CaseStore(layout, manifest, []);
  }

  static async open(folder: string): Promise<CaseStore> {
    const root = path.resolve(folder);
    const layout = new CaseLayout(root);
    if (!(await exists(layout.manifest))) throw new SpoorError('case.notFound', `No case folder at ${root}`, { path: root });
    const manifest = await readJsonFile(layout.manifest, CaseManifest, 'case.json');
    const version = await migrateCase(root, manifest.version);
    const index = await readJsonFile(layout.documents, DocumentIndex, 'documents.json');
    return new CaseStore(layout, { ...manifest, version }, index.documents);
  }

  summary(): CaseSummary {
    return {
      id: this.manifest.id,
      name: this.manifest.name,
      path: this.root,
      createdAt: this.manifest.createdAt,
      documentCount: this.documents.length,
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
   */
  addDocument(record: DocumentRecord, sourceFile: string, text: ExtractedText, related: readonly DocumentRecord[] = []): Promise<void> {
    return this.writes.run(async () => {
      const original = this.layout.original(record.sha256, record.kind);
      await fs.mkdir(path.dirname(original), { recursive: true }).catch((error) => {
        throw toIoError(error, original);
      });
      if (!(await exists(original))) await copyFileAtomic(sourceFile, original);
      await writeJsonAtomic(this.layout.text(record.sha256), text);
      await this.saveDocuments([...this.documents, record, ...related]);
    });
  }

  /** Replaces one record (for example to add a provenance entry to a duplicate). */
  updateDocument(record: DocumentRecord): Promise<void> {
    return this.writes.run(() => this.saveDocuments(this.documents.map((doc) => (doc.id === record.id ? record : doc))));
  }

  /** The text of a document; a bundle part gets its page range of the bundle's text, numbered from 1. */
  async readText(record: DocumentRecord): Promise<ExtractedText> {
    const text = await readJsonFile(this.layout.text(record.sha256), ExtractedText, `text/${record.sha256}.json`);
    if (record.parent?.relation !== 'part') return text;
    const { firstPage, lastPage } = record.parent;
    return { ...text, pages: text.pages.slice(firstPage - 1, lastPage).map((page, index) => ({ ...page, page: index + 1 })) };
  }

  /**
   * Reads one of the case's own data files (`codebook.json`, …). A file that
   * does not exist yet gives `fallback`; a damaged one is a `case.corrupt`
   * error naming it, never a silent default.
   */
  async readData<S extends z.ZodType>(name: string, schema: S, fallback: z.output<S>): Promise<z.output<S>> {
    const file = this.layout.data(name);
    if (!(await exists(file))) return fallback;
    return readJsonFile(file, schema, name);
  }

  /**
   * Writes one of the case's data files atomically, in order with every
   * other write to this case. `action` says what the person did, in words an
   * audit log can keep (every change to a case goes through here or
   * addDocument/updateDocument).
   */
  writeData(name: string, value: unknown, action: CaseAction): Promise<void> {
    const file = this.layout.data(name);
    void action;
    return this.writes.run(() => writeJsonAtomic(file, value));
  }

  /** Waits for pending writes; call before closing. */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  private async saveDocuments(next: DocumentRecord[]): Promise<void> {
    await writeJsonAtomic(this.layout.documents, { version: 1, documents: next } satisfies DocumentIndex);
    // Memory follows disk: only a successful write changes what the case holds.
    this.documents = next;
  }
}
