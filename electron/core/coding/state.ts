import type { Codebook, Memo, Passage } from '../../../shared/model/coding';

/** One entity before and after an action; `null` means absent. Undo applies `before`, redo `after`. */
export type Change =
  | { kind: 'codebook'; before: Codebook; after: Codebook }
  | { kind: 'passage'; id: string; before: Passage | null; after: Passage | null }
  | { kind: 'memo'; id: string; before: Memo | null; after: Memo | null };

/** What the analyst did, as undo shows it and the audit log keeps it. */
export interface ChangeSet {
  type: string;
  summary: string;
  changes: Change[];
}

export type CodingFile = 'codebook.json' | 'coding.json' | 'memos.json';

export const FILE_OF: Record<Change['kind'], CodingFile> = { codebook: 'codebook.json', passage: 'coding.json', memo: 'memos.json' };

/**
 * The coding of the open case in memory: codebook, passages (indexed by
 * document) and memos. Changes are applied here first and then written; a
 * failed write is rolled back by applying the change backwards.
 */
export class CodingState {
  readonly passages = new Map<string, Passage>();
  readonly memos = new Map<string, Memo>();
  private readonly byDocument = new Map<string, Set<string>>();

  constructor(
    public codebook: Codebook,
    passages: readonly Passage[],
    memos: readonly Memo[],
  ) {
    for (const passage of passages) this.putPassage(passage.id, passage);
    for (const memo of memos) this.memos.set(memo.id, memo);
  }

  private putPassage(id: string, next: Passage | null): void {
    const previous = this.passages.get(id);
    if (previous) this.byDocument.get(previous.documentId)?.delete(id);
    if (next) {
      this.passages.set(id, next);
      const ids = this.byDocument.get(next.documentId) ?? new Set<string>();
      ids.add(id);
      this.byDocument.set(next.documentId, ids);
    } else {
      this.passages.delete(id);
    }
  }

  apply(changes: readonly Change[], direction: 'forward' | 'backward'): void {
    const ordered = direction === 'forward' ? changes : [...changes].reverse();
    for (const change of ordered) {
      const value = direction === 'forward' ? change.after : change.before;
      if (change.kind === 'codebook') this.codebook = value as Codebook;
      else if (change.kind === 'passage') this.putPassage(change.id, value as Passage | null);
      else if (value) this.memos.set(change.id, value as Memo);
      else this.memos.delete(change.id);
    }
  }

  passagesOf(documentId: string): Passage[] {
    const ids = this.byDocument.get(documentId);
    return ids ? [...ids].map((id) => this.passages.get(id) as Passage) : [];
  }

  allPassages(): Passage[] {
    return [...this.passages.values()];
  }

  allMemos(): Memo[] {
    return [...this.memos.values()];
  }

  /** The content of one of the three files, as it is now in memory. */
  fileContent(file: CodingFile): unknown {
    if (file === 'codebook.json') return this.codebook;
    if (file === 'coding.json') return { version: 1, passages: this.allPassages() };
    return { version: 1, memos: this.allMemos() };
  }
}

/** The files a change set touches. */
export function filesOf(changes: readonly Change[]): CodingFile[] {
  return [...new Set(changes.map((change) => FILE_OF[change.kind]))];
}
