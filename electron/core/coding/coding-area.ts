import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { anchorHolds, createAnchor, reanchor } from '../../../shared/coding/anchor';
import { defaultCodebook } from '../../../shared/codebook/default';
import { SpoorError } from '../../../shared/errors';
import { Codebook, MemoFile, PassageFile, type Passage } from '../../../shared/model/coding';
import type { DocumentRecord } from '../../../shared/model/document';
import type { CaseStore } from '../case/case-store';
import type { AnchorChange } from '../../../shared/model/integrity';
import type { AnchorReport, CaseService } from '../service/case-service';
import type { SettingsPort } from '../settings';
import { CodingState, filesOf, type Change, type ChangeSet } from './state';

const UNDO_LIMIT = 200;

export function newPassageId(): string {
  return randomBytes(12).toString('base64url');
}

export function newGuid(): string {
  return randomUUID();
}

interface CachedText {
  mtimeMs: number;
  pages: string[];
}

/**
 * The back end of coding: owns the coding state of the open case (loaded on
 * first use, dropped when the case closes), writes every change through the
 * case store with an action for the audit log, and keeps the undo and redo
 * stacks of this session.
 */
export class CodingArea {
  private loaded: { store: CaseStore; state: CodingState } | undefined;
  private loading: Promise<CodingState> | undefined;
  private undoStack: ChangeSet[] = [];
  private redoStack: ChangeSet[] = [];
  private readonly texts = new Map<string, CachedText>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    readonly service: CaseService,
    private readonly settings: SettingsPort,
  ) {
    service.on('closing', () => this.forget());
    service.on('textReplaced', (store, documentIds) => this.textReplaced(store, documentIds));
  }

  private forget(): void {
    this.loaded = undefined;
    this.loading = undefined;
    this.undoStack = [];
    this.redoStack = [];
    this.texts.clear();
  }

  /** Calls `listener` after every change written (coding, undo, redo, re-anchoring, merges); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  store(): CaseStore {
    return this.service.requireStore();
  }

  /** The coding state of the open case, read from its files the first time. */
  async state(): Promise<CodingState> {
    const store = this.store();
    if (this.loaded?.store === store) return this.loaded.state;
    if (this.loaded) this.forget();
    this.loading ??= this.load(store).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(store: CaseStore): Promise<CodingState> {
    const codebook = await store.readData('codebook.json', Codebook, null as unknown as Codebook);
    const passages = await store.readData('coding.json', PassageFile, { version: 1, passages: [] });
    const memos = await store.readData('memos.json', MemoFile, { version: 1, memos: [] });
    const state = new CodingState(codebook ?? defaultCodebook(), passages.passages, memos.memos);
    this.loaded = { store, state };
    // A case opened for the first time gets its own copy of the default codebook.
    if (!codebook) await store.writeData('codebook.json', state.codebook, { type: 'codebook.create', summary: 'Default codebook added to the case' });
    return state;
  }

  /** The analyst's name from settings; coding without one would make "who coded what" meaningless. */
  analyst(): string {
    const name = this.settings.get().analystName.trim();
    if (name === '') throw new SpoorError('coding.noAnalyst', 'Set your name as analyst (settings) before coding');
    return name;
  }

  now(): string {
    return new Date().toISOString();
  }

  /** Applies a change set in memory, writes the files it touched, and makes it undoable. */
  async commit(changeSet: ChangeSet): Promise<void> {
    await this.write(changeSet, 'forward');
    this.undoStack.push(changeSet);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  /** Writes a change that is not the analyst's own action (re-anchoring): not on the undo stack. */
  async record(changeSet: ChangeSet): Promise<void> {
    await this.write(changeSet, 'forward');
  }

  private async write(changeSet: ChangeSet, direction: 'forward' | 'backward'): Promise<void> {
    if (changeSet.changes.length === 0) return;
    const state = await this.state();
    const store = this.store();
    state.apply(changeSet.changes, direction);
    try {
      for (const file of filesOf(changeSet.changes)) {
        await store.writeData(file, state.fileContent(file), { type: changeSet.type, summary: changeSet.summary });
      }
    } catch (error) {
      // Memory follows disk: what could not be saved is taken back.
      state.apply(changeSet.changes, direction === 'forward' ? 'backward' : 'forward');
      throw error;
    }
    for (const listener of this.changeListeners) listener();
  }

  history(): { undo: string | null; redo: string | null } {
    return { undo: this.undoStack.at(-1)?.summary ?? null, redo: this.redoStack.at(-1)?.summary ?? null };
  }

  async undo(): Promise<void> {
    const last = this.undoStack.pop();
    if (!last) throw new SpoorError('coding.nothingToUndo', 'Nothing to undo');
    try {
      await this.write({ ...last, type: `${last.type}.undo`, summary: `Undo: ${last.summary}` }, 'backward');
    } catch (error) {
      this.undoStack.push(last);
      throw error;
    }
    this.redoStack.push(last);
  }

  async redo(): Promise<void> {
    const next = this.redoStack.pop();
    if (!next) throw new SpoorError('coding.nothingToUndo', 'Nothing to redo');
    try {
      await this.write({ ...next, type: `${next.type}.redo`, summary: `Redo: ${next.summary}` }, 'forward');
    } catch (error) {
      this.redoStack.push(next);
      throw error;
    }
    this.undoStack.push(next);
  }

  document(documentId: string): DocumentRecord {
    return this.service.getDocument(documentId);
  }

  /** Page texts of a document, cached while the text file is unchanged (an OCR rerun rewrites it). */
  async pageTexts(record: DocumentRecord): Promise<string[]> {
    const store = this.store();
    const file = store.layout.text(record.sha256);
    const { mtimeMs } = await fs.stat(file).catch(() => ({ mtimeMs: -1 }));
    const cached = this.texts.get(record.sha256);
    if (cached && cached.mtimeMs === mtimeMs) return cached.pages;
    const pages = (await store.readText(record)).pages.map((page) => page.text);
    if (this.texts.size >= 4) this.texts.delete(this.texts.keys().next().value as string);
    this.texts.set(record.sha256, { mtimeMs, pages });
    return pages;
  }

  /**
   * Checks the anchors of a document's passages against its current text
   * and re-anchors those that no longer hold. A passage found elsewhere
   * moves, keeping its previous anchor; one that is ambiguous or lost keeps
   * its anchor and says so. Returns what changed.
   */
  async verifyDocument(documentId: string): Promise<AnchorChange[]> {
    const state = await this.state();
    const passages = state.passagesOf(documentId);
    if (passages.length === 0) return [];
    const pages = await this.pageTexts(this.document(documentId));
    const now = this.now();
    const changes: Change[] = [];
    for (const passage of passages) {
      const next = checkedPassage(passage, pages, now);
      if (next) changes.push({ kind: 'passage', id: passage.id, before: passage, after: next });
    }
    if (changes.length > 0) {
      await this.record({ type: 'coding.reanchor', summary: `Re-anchored ${changes.length} passage(s) after the text of ${documentId} changed`, changes });
    }
    return changes.flatMap((change) => (change.kind === 'passage' && change.before && change.after ? anchorChanges('passage', change.before, change.after) : []));
  }

  /** After a repair replaced the text of these documents: every passage on them checked at once, and what changed reported. */
  private async textReplaced(store: CaseStore, documentIds: readonly string[]): Promise<AnchorReport> {
    for (const id of documentIds) {
      const record = store.findDocument(id);
      if (record) this.texts.delete(record.sha256);
    }
    const state = await this.state();
    const report: AnchorReport = { checked: 0, changes: [] };
    for (const id of documentIds) {
      report.checked += state.passagesOf(id).length;
      report.changes.push(...(await this.verifyDocument(id)));
    }
    return report;
  }
}

/** Anything anchored as a coded passage is: passages, and the chronology's citations. */
type Anchored = Pick<Passage, 'anchor' | 'anchorCheck'>;

/** A passage or citation as a repair report lists it, when checking it moved it or could not place it (a restored anchor is not listed). */
export function anchorChanges(kind: AnchorChange['kind'], before: Anchored & { id: string; documentId: string }, after: Anchored, event?: string): AnchorChange[] {
  const status = after.anchorCheck?.status;
  const base = { kind, id: before.id, documentId: before.documentId, page: before.anchor.page, quote: before.anchor.exact, ...(event !== undefined ? { event } : {}) };
  if (status === 'found' && after.anchorCheck?.previous) return [{ ...base, status: 'moved', newPage: after.anchor.page }];
  if (status === 'ambiguous' || status === 'lost') return [{ ...base, status }];
  return [];
}

/** The passage (or citation) re-anchored against new page texts, or undefined when nothing changes. */
export function checkedPassage<T extends Anchored>(passage: T, pages: readonly string[], now: string): T | undefined {
  const status = passage.anchorCheck?.status;
  if (anchorHolds(passage.anchor, pages)) {
    if (status === undefined || status === 'found') return undefined;
    // The text came back (for instance a re-extraction was undone): the passage stands where it was.
    return { ...passage, anchorCheck: { status: 'found', checkedAt: now } };
  }
  const result = reanchor(passage.anchor, pages);
  if (result.status === 'found') {
    const anchor = createAnchor(pages[result.page - 1] ?? '', result.page, result.start, result.end);
    return { ...passage, anchor, anchorCheck: { status: 'found', checkedAt: now, previous: passage.anchor } };
  }
  if (result.status === status) return undefined;
  const candidates = result.status === 'ambiguous' ? { candidates: result.candidates.length } : {};
  return { ...passage, anchorCheck: { status: result.status, checkedAt: now, ...candidates } };
}
