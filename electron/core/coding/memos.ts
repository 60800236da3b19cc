import type { MemoHit } from '../../../shared/contract/memos';
import { SpoorError } from '../../../shared/errors';
import { sameMemoTarget, type Memo, type MemoTarget } from '../../../shared/model/coding';
import { newPassageId, type CodingArea } from './coding-area';
import { fold } from './passages';
import type { CodingState } from './state';

/** A memo's target must exist: a memo about nothing could never be found again. */
function checkTarget(area: CodingArea, state: CodingState, target: MemoTarget): void {
  if (target.kind === 'passage' && !state.passages.has(target.passageId)) {
    throw new SpoorError('coding.passageNotFound', `No passage ${target.passageId}`, { id: target.passageId });
  }
  if (target.kind === 'code' && !state.codebook.codes.some((code) => code.id === target.codeId)) {
    throw new SpoorError('codebook.codeNotFound', `No code ${target.codeId}`, { id: target.codeId });
  }
  if (target.kind === 'document') area.document(target.documentId);
}

export async function listMemos(area: CodingArea, target?: MemoTarget): Promise<Memo[]> {
  const memos = (await area.state()).allMemos();
  return (target ? memos.filter((memo) => sameMemoTarget(memo.target, target)) : memos).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function addMemo(area: CodingArea, target: MemoTarget, text: string): Promise<Memo> {
  const analyst = area.analyst();
  const state = await area.state();
  checkTarget(area, state, target);
  const now = area.now();
  const memo: Memo = { id: newPassageId(), target, text, analyst, createdAt: now, updatedAt: now, updatedBy: analyst };
  await area.commit({ type: 'memo.add', summary: `Memo on ${describeTarget(state, target)}`, changes: [{ kind: 'memo', id: memo.id, before: null, after: memo }] });
  return memo;
}

async function requireMemo(area: CodingArea, id: string): Promise<Memo> {
  const memo = (await area.state()).memos.get(id);
  if (!memo) throw new SpoorError('coding.memoNotFound', `No memo ${id}`, { id });
  return memo;
}

export async function updateMemo(area: CodingArea, id: string, text: string): Promise<Memo> {
  const analyst = area.analyst();
  const before = await requireMemo(area, id);
  if (before.text === text) return before;
  const after: Memo = { ...before, text, updatedAt: area.now(), updatedBy: analyst };
  const state = await area.state();
  await area.commit({ type: 'memo.update', summary: `Edited memo on ${describeTarget(state, before.target)}`, changes: [{ kind: 'memo', id, before, after }] });
  return after;
}

export async function deleteMemo(area: CodingArea, id: string): Promise<void> {
  area.analyst();
  const before = await requireMemo(area, id);
  const state = await area.state();
  await area.commit({ type: 'memo.delete', summary: `Deleted memo on ${describeTarget(state, before.target)}`, changes: [{ kind: 'memo', id, before, after: null }] });
}

function describeTarget(state: CodingState, target: MemoTarget): string {
  switch (target.kind) {
    case 'case':
      return 'the case';
    case 'code':
      return `code ${target.codeId}`;
    case 'document':
      return `document ${target.documentId}`;
    case 'passage':
      return `passage “${state.passages.get(target.passageId)?.anchor.exact.slice(0, 60) ?? target.passageId}”`;
  }
}

/** Memos containing every word of the query, newest first, with what each is about. */
export async function searchMemos(area: CodingArea, query: string): Promise<MemoHit[]> {
  const state = await area.state();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const titles = new Map(area.store().listDocuments().map((doc) => [doc.id, doc.title]));
  const hits: MemoHit[] = [];
  for (const memo of state.allMemos()) {
    if (!words.every((word) => fold(memo.text).includes(word))) continue;
    const target = memo.target;
    if (target.kind === 'passage') {
      const passage = state.passages.get(target.passageId);
      hits.push({ memo, about: passage?.anchor.exact ?? target.passageId, ...(passage ? { documentId: passage.documentId, page: passage.anchor.page } : {}) });
    } else if (target.kind === 'code') {
      const code = state.codebook.codes.find((c) => c.id === target.codeId);
      hits.push({ memo, about: code ? `${code.id} ${code.label.nl}` : target.codeId });
    } else if (target.kind === 'document') {
      hits.push({ memo, about: titles.get(target.documentId) ?? target.documentId, documentId: target.documentId });
    } else {
      hits.push({ memo, about: '' });
    }
  }
  return hits.sort((a, b) => b.memo.updatedAt.localeCompare(a.memo.updatedAt));
}
