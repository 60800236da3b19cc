import { createAnchor } from '../../../shared/coding/anchor';
import { cooccurrence } from '../../../shared/coding/cooccurrence';
import { descendantIds, requireCode } from '../../../shared/codebook/operations';
import type { CooccurrenceReport, RetrievalSort, RetrievedPassage } from '../../../shared/contract/coding';
import { SpoorError } from '../../../shared/errors';
import type { Codebook, Passage } from '../../../shared/model/coding';
import type { DocumentRecord } from '../../../shared/model/document';
import { newPassageId, type CodingArea } from './coding-area';

function codeLabels(codebook: Codebook, ids: readonly string[]): string {
  return ids.map((id) => `${id} ${codebook.codes.find((code) => code.id === id)?.label.nl ?? ''}`.trim()).join(', ');
}

function checkCodable(codebook: Codebook, codeIds: readonly string[]): void {
  for (const id of codeIds) {
    const code = requireCode(codebook, id);
    if (code.retired || !code.codable) {
      throw new SpoorError('coding.codeNotCodable', `Code ${id} cannot be applied (${code.retired ? 'retired' : 'a group heading'})`, { id });
    }
  }
}

/**
 * Codes `[start, end)` of a page. The quote and its context are taken from
 * the stored text, not from the UI. A passage with exactly that range
 * gains the codes it lacks; otherwise a new passage is made.
 */
export async function applyCodes(area: CodingArea, input: { documentId: string; page: number; start: number; end: number; codeIds: string[] }): Promise<Passage> {
  const analyst = area.analyst();
  const state = await area.state();
  checkCodable(state.codebook, input.codeIds);
  const record = area.document(input.documentId);
  const pages = await area.pageTexts(record);
  const text = pages[input.page - 1];
  if (text === undefined) throw new SpoorError('document.pageOutOfRange', `Page ${input.page} of ${pages.length}`, { page: input.page, pageCount: pages.length });
  const anchor = createAnchor(text, input.page, input.start, input.end);
  const now = area.now();
  const existing = state
    .passagesOf(record.id)
    .find((p) => p.anchor.page === anchor.page && p.anchor.start === anchor.start && p.anchor.end === anchor.end && p.anchorCheck?.status !== 'lost');
  const codeIds = [...new Set(input.codeIds)];
  const where = `p. ${anchor.page} of “${record.title}”`;
  if (existing) {
    const missing = codeIds.filter((id) => !existing.codes.some((application) => application.codeId === id && application.analyst === analyst));
    if (missing.length === 0) return existing;
    const after: Passage = { ...existing, codes: [...existing.codes, ...missing.map((codeId) => ({ codeId, analyst, at: now }))], updatedAt: now };
    await area.commit({
      type: 'coding.apply',
      summary: `Coded ${where} with ${codeLabels(state.codebook, missing)}`,
      changes: [{ kind: 'passage', id: existing.id, before: existing, after }],
    });
    return after;
  }
  const passage: Passage = {
    id: newPassageId(),
    documentId: record.id,
    sha256: record.sha256,
    anchor,
    codes: codeIds.map((codeId) => ({ codeId, analyst, at: now })),
    analyst,
    createdAt: now,
    updatedAt: now,
  };
  await area.commit({
    type: 'coding.apply',
    summary: `Coded ${where} with ${codeLabels(state.codebook, codeIds)}`,
    changes: [{ kind: 'passage', id: passage.id, before: null, after: passage }],
  });
  return passage;
}

async function requirePassage(area: CodingArea, passageId: string): Promise<Passage> {
  const passage = (await area.state()).passages.get(passageId);
  if (!passage) throw new SpoorError('coding.passageNotFound', `No passage ${passageId}`, { id: passageId });
  return passage;
}

/** Takes a code off a passage; a passage left with no code goes, with its memos kept in the undo history. */
export async function removeCode(area: CodingArea, passageId: string, codeId: string): Promise<Passage | null> {
  area.analyst();
  const passage = await requirePassage(area, passageId);
  const codes = passage.codes.filter((application) => application.codeId !== codeId);
  if (codes.length === passage.codes.length) return passage;
  if (codes.length === 0) {
    await deletePassage(area, passageId);
    return null;
  }
  const after: Passage = { ...passage, codes, updatedAt: area.now() };
  await area.commit({
    type: 'coding.removeCode',
    summary: `Removed ${codeId} from “${passage.anchor.exact.slice(0, 60)}”`,
    changes: [{ kind: 'passage', id: passageId, before: passage, after }],
  });
  return after;
}

/** Deletes a passage and the memos written on it (both come back on undo). */
export async function deletePassage(area: CodingArea, passageId: string): Promise<void> {
  area.analyst();
  const state = await area.state();
  const passage = await requirePassage(area, passageId);
  const memos = state.allMemos().filter((memo) => memo.target.kind === 'passage' && memo.target.passageId === passageId);
  await area.commit({
    type: 'coding.delete',
    summary: `Deleted passage “${passage.anchor.exact.slice(0, 60)}”`,
    changes: [
      { kind: 'passage', id: passageId, before: passage, after: null },
      ...memos.map((memo) => ({ kind: 'memo' as const, id: memo.id, before: memo, after: null })),
    ],
  });
}

export async function passagesOnPage(area: CodingArea, documentId: string, page: number): Promise<Passage[]> {
  await area.verifyDocument(documentId);
  const state = await area.state();
  return state
    .passagesOf(documentId)
    .filter((passage) => passage.anchor.page === page)
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end);
}

export async function outline(area: CodingArea, documentId: string) {
  area.document(documentId);
  await area.verifyDocument(documentId);
  const passages = (await area.state()).passagesOf(documentId);
  const counts = new Map<number, number>();
  for (const passage of passages) counts.set(passage.anchor.page, (counts.get(passage.anchor.page) ?? 0) + 1);
  return {
    pages: [...counts].sort((a, b) => a[0] - b[0]).map(([page, count]) => ({ page, count })),
    ambiguous: passages.filter((p) => p.anchorCheck?.status === 'ambiguous').length,
    lost: passages.filter((p) => p.anchorCheck?.status === 'lost').length,
  };
}

/** Lower case without accents, for matching what someone types. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function compareBy(sort: RetrievalSort, documents: ReadonlyMap<string, DocumentRecord>) {
  const title = (p: Passage) => documents.get(p.documentId)?.title ?? '';
  const date = (p: Passage) => documents.get(p.documentId)?.metadata?.date;
  const inDocument = (a: Passage, b: Passage) => a.anchor.page - b.anchor.page || a.anchor.start - b.anchor.start;
  return (a: Passage, b: Passage): number => {
    if (sort === 'created') return a.createdAt.localeCompare(b.createdAt);
    if (sort === 'date') {
      const [da, db] = [date(a), date(b)];
      // Documents without a date come last, in title order.
      if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da.localeCompare(db);
    }
    return title(a).localeCompare(title(b)) || a.documentId.localeCompare(b.documentId) || inDocument(a, b);
  };
}

export async function retrieve(
  area: CodingArea,
  input: { codeId?: string; includeSubcodes?: boolean; passageIds?: string[]; documentId?: string; analyst?: string; query?: string; sort?: RetrievalSort; limit?: number },
): Promise<{ total: number; items: RetrievedPassage[] }> {
  const state = await area.state();
  let passages = input.passageIds ? input.passageIds.flatMap((id) => state.passages.get(id) ?? []) : state.allPassages();
  if (input.codeId !== undefined) {
    requireCode(state.codebook, input.codeId);
    const wanted = new Set([input.codeId, ...(input.includeSubcodes ? descendantIds(state.codebook, input.codeId) : [])]);
    passages = passages.filter((p) => p.codes.some((application) => wanted.has(application.codeId)));
  }
  if (input.documentId) passages = passages.filter((p) => p.documentId === input.documentId);
  if (input.analyst) passages = passages.filter((p) => p.codes.some((application) => application.analyst === input.analyst));
  if (input.query?.trim()) {
    const words = fold(input.query).split(/\s+/).filter(Boolean);
    const memoText = new Map<string, string>();
    for (const memo of state.memos.values()) {
      if (memo.target.kind === 'passage') memoText.set(memo.target.passageId, `${memoText.get(memo.target.passageId) ?? ''} ${memo.text}`);
    }
    passages = passages.filter((p) => {
      const haystack = fold(`${p.anchor.exact} ${memoText.get(p.id) ?? ''}`);
      return words.every((word) => haystack.includes(word));
    });
  }
  const documents = new Map(area.store().listDocuments().map((doc) => [doc.id, doc]));
  passages.sort(compareBy(input.sort ?? 'date', documents));
  const memoCounts = new Map<string, number>();
  for (const memo of state.memos.values()) {
    if (memo.target.kind === 'passage') memoCounts.set(memo.target.passageId, (memoCounts.get(memo.target.passageId) ?? 0) + 1);
  }
  const items = passages.slice(0, input.limit ?? 1000).map((passage) => {
    const record = documents.get(passage.documentId);
    const date = record?.metadata?.date;
    return {
      passage,
      documentTitle: record?.title ?? passage.documentId,
      ...(date ? { documentDate: date } : {}),
      memoCount: memoCounts.get(passage.id) ?? 0,
    };
  });
  return { total: passages.length, items };
}

export async function counts(area: CodingArea) {
  const state = await area.state();
  const rows = new Map<string, Record<string, number>>();
  for (const passage of state.allPassages()) {
    const row = rows.get(passage.documentId) ?? {};
    for (const codeId of new Set(passage.codes.map((application) => application.codeId))) row[codeId] = (row[codeId] ?? 0) + 1;
    rows.set(passage.documentId, row);
  }
  const documents = area
    .store()
    .listDocuments()
    .filter((doc) => rows.has(doc.id))
    .map((doc) => ({ documentId: doc.id, title: doc.title, ...(doc.metadata?.date ? { date: doc.metadata.date } : {}) }));
  return { documents, rows: documents.map((doc) => ({ documentId: doc.documentId, counts: rows.get(doc.documentId) ?? {} })) };
}

export async function cooccurrenceReport(area: CodingArea, analyst?: string): Promise<CooccurrenceReport> {
  const state = await area.state();
  // Passages that could not be re-anchored do not say where they are; they do not count as overlapping anything.
  const placed = state.allPassages().filter((p) => p.anchorCheck?.status !== 'lost' && p.anchorCheck?.status !== 'ambiguous');
  return cooccurrence(placed, analyst ? { analyst } : {});
}
