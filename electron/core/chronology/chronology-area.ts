import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { SpoorError } from '../../../shared/errors';
import { Actor, ChronologyEvent, ChronologyFile, EMPTY_CHRONOLOGY } from '../../../shared/model/chronology';
import type { CaseStore } from '../case/case-store';
import { anchorChanges, checkedPassage, type CodingArea } from '../coding/coding-area';
import type { AnchorReport } from '../service/case-service';
import { DocxWriter } from './docx-writer';
import { SerialQueue } from '../fs/serial-queue';

const FILE = 'chronology.json';
const UNDO_LIMIT = 100;

export function newEntityId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Checks what changed against the schema before it reaches the disk, so a
 * file that would not load again is never written. Changes replace whole
 * entities, so an entity still the same object as before was checked then;
 * checking only the new ones keeps an edit of a large chronology fast
 * (checking all of 1,000 events took 30–100 ms here).
 */
function checkChanged(previous: ChronologyFile | undefined, next: ChronologyFile): void {
  if (!previous) {
    ChronologyFile.parse(next);
    return;
  }
  const events = new Set(previous.events);
  const actors = new Set(previous.actors);
  for (const event of next.events) if (!events.has(event)) ChronologyEvent.parse(event);
  for (const actor of next.actors) if (!actors.has(actor)) Actor.parse(actor);
  if (next.version !== 1) throw new Error(`chronology.json version ${String(next.version)} is not written by this build`);
}

/** What an operation decided: the new chronology and how to describe the change, or nothing to do. */
export interface ChronologyChange {
  type: string;
  summary: string;
  next: ChronologyFile;
}

interface Snapshot {
  type: string;
  summary: string;
  before: ChronologyFile;
  after: ChronologyFile;
}

/**
 * The back end of the chronology: owns chronology.json of the open case
 * (events, actors, signal links), loaded on first use and dropped when the
 * case closes. Every change is a new immutable file value written through
 * the case store with an action for the audit log; the previous value is
 * kept for undo. Shares the coding area for the codebook, coded passages,
 * the analyst's name and cached page texts.
 */
export class ChronologyArea {
  private loaded: { store: CaseStore; file: ChronologyFile } | undefined;
  private loading: Promise<ChronologyFile> | undefined;
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];
  /** Text file modification time per document when its citations were last checked. */
  private readonly checkedText = new Map<string, number>();
  /** Operations run one at a time: each reads the chronology the previous one wrote. */
  private readonly queue = new SerialQueue();
  /** The .docx report is written off the thread that answers the UI. */
  readonly docx = new DocxWriter();

  constructor(readonly coding: CodingArea) {
    coding.service.on('closing', async () => {
      this.forget();
      await this.docx.close();
    });
    coding.service.on('textReplaced', (_store, documentIds) => this.textReplaced(documentIds));
  }

  private forget(): void {
    this.loaded = undefined;
    this.loading = undefined;
    this.undoStack = [];
    this.redoStack = [];
    this.checkedText.clear();
  }

  store(): CaseStore {
    return this.coding.store();
  }

  analyst(): string {
    return this.coding.analyst();
  }

  now(): string {
    return this.coding.now();
  }

  async file(): Promise<ChronologyFile> {
    const store = this.store();
    if (this.loaded?.store === store) return this.loaded.file;
    if (this.loaded) this.forget();
    this.loading ??= store
      .readData(FILE, ChronologyFile, EMPTY_CHRONOLOGY)
      .then((file) => {
        this.loaded = { store, file };
        return file;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }

  private async write(next: ChronologyFile, action: { type: string; summary: string }): Promise<void> {
    const store = this.store();
    checkChanged(this.loaded?.store === store ? this.loaded.file : undefined, next);
    await store.writeData(FILE, next, action);
    // Memory follows disk: only a successful write changes what the case holds.
    this.loaded = { store, file: next };
  }

  /**
   * Runs one of the analyst's operations: `decide` gets the current
   * chronology and returns the change (or undefined: nothing to do); the
   * change is written and made undoable. Operations never interleave.
   */
  change(decide: (file: ChronologyFile) => ChronologyChange | undefined | Promise<ChronologyChange | undefined>): Promise<ChronologyFile> {
    return this.queue.run(async () => {
      const before = await this.file();
      const decided = await decide(before);
      if (!decided) return before;
      await this.write(decided.next, decided);
      this.undoStack.push({ type: decided.type, summary: decided.summary, before, after: decided.next });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      this.redoStack = [];
      return decided.next;
    });
  }

  history(): { undo: string | null; redo: string | null } {
    return { undo: this.undoStack.at(-1)?.summary ?? null, redo: this.redoStack.at(-1)?.summary ?? null };
  }

  /**
   * Undo and redo restore the whole chronology as it was before (after) the
   * action. Citation re-anchoring in between is not the analyst's action
   * and is done again when the restored citations are next checked.
   */
  undo(): Promise<void> {
    return this.queue.run(() => this.replay(this.undoStack, this.redoStack, 'undo'));
  }

  redo(): Promise<void> {
    return this.queue.run(() => this.replay(this.redoStack, this.undoStack, 'redo'));
  }

  /** Takes the last action off one stack, writes the chronology as it was before (undo) or after (redo) it, and puts it on the other. */
  private async replay(from: Snapshot[], to: Snapshot[], direction: 'undo' | 'redo'): Promise<void> {
    const action = from.pop();
    if (!action) throw new SpoorError('coding.nothingToUndo', direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
    const label = direction === 'undo' ? 'Undo' : 'Redo';
    try {
      await this.write(direction === 'undo' ? action.before : action.after, { type: `${action.type}.${direction}`, summary: `${label}: ${action.summary}` });
    } catch (error) {
      from.push(action);
      throw error;
    }
    to.push(action);
    // Restored citations are checked again against the current text.
    this.checkedText.clear();
  }

  /**
   * Checks every citation against the current text of its document, for
   * documents whose text changed since the last check (an OCR rerun, a
   * re-extraction): a citation found elsewhere moves, keeping its previous
   * anchor; one that is ambiguous or lost keeps its anchor and says so.
   */
  checkCitations(): Promise<ChronologyFile> {
    return this.queue.run(() => this.checkCitationsNow());
  }

  /** After a repair replaced the text of these documents: their citations checked at once, and what changed reported. */
  private textReplaced(documentIds: readonly string[]): Promise<AnchorReport> {
    return this.queue.run(async () => {
      const ids = new Set(documentIds);
      for (const id of ids) this.checkedText.delete(id);
      const before = new Map((await this.file()).events.flatMap((event) => event.citations.filter((citation) => ids.has(citation.documentId)).map((citation) => [citation.id, citation] as const)));
      const after = await this.checkCitationsNow();
      const changes = after.events.flatMap((event) =>
        event.citations.flatMap((citation) => {
          const previous = before.get(citation.id);
          return previous && previous !== citation ? anchorChanges('citation', previous, citation, event.title) : [];
        }),
      );
      return { checked: before.size, changes };
    });
  }

  private async checkCitationsNow(): Promise<ChronologyFile> {
    const file = await this.file();
    const store = this.store();
    const documents = new Set(file.events.flatMap((event) => event.citations.map((citation) => citation.documentId)));
    const pagesOf = new Map<string, readonly string[]>();
    for (const documentId of documents) {
      const record = store.findDocument(documentId);
      if (!record) continue;
      const { mtimeMs } = await fs.stat(store.layout.text(record.sha256)).catch(() => ({ mtimeMs: -1 }));
      if (this.checkedText.get(documentId) === mtimeMs) continue;
      // A text that is missing or damaged (the integrity check reports it) cannot say where a quote is: its citations stay as they are.
      const pages = await this.coding.pageTexts(record).catch(() => undefined);
      if (!pages) continue;
      pagesOf.set(documentId, pages);
      this.checkedText.set(documentId, mtimeMs);
    }
    if (pagesOf.size === 0) return file;
    const now = this.now();
    let changed = 0;
    const events = file.events.map((event) => {
      let touched = false;
      const citations = event.citations.map((citation) => {
        const pages = pagesOf.get(citation.documentId);
        const next = pages ? checkedPassage(citation, pages, now) : undefined;
        if (!next) return citation;
        touched = true;
        changed += 1;
        return next;
      });
      return touched ? { ...event, citations } : event;
    });
    if (changed === 0) return file;
    const next = { ...file, events };
    await this.write(next, { type: 'chronology.reanchor', summary: `Re-anchored ${changed} citation(s) after document text changed` });
    return next;
  }
}
