import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createAnchor, reanchor } from '../../../shared/coding/anchor';
import type { TextDownload } from '../../../shared/contract/codebook';
import { importCodes } from '../../../shared/export/refi-qda/codes';
import { readQdc, writeQdc } from '../../../shared/export/refi-qda/qdc';
import { readQdpx, writeQdpx, type QdpxProject, type QdpxSegment, type ReadProject } from '../../../shared/export/refi-qda/qdpx';
import type { CodingBundle, Memo, Passage } from '../../../shared/model/coding';
import { writeFileAtomic } from '../fs/atomic';
import { SPOOR_VERSION } from '../version';
import type { CodingArea } from './coding-area';
import { safeFileName } from './team';

const ORIGIN = `Spoor ${SPOOR_VERSION}`;

/** A stable GUID for anything Spoor names by id: the same passage gets the same GUID in every export. */
export function stableGuid(kind: string, id: string): string {
  const hex = createHash('sha256').update(`spoor:${kind}:${id}`).digest('hex');
  // Shaped as a version-5 style UUID (variant bits set), as REFI-QDA's GUID pattern accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export async function exportQdc(area: CodingArea): Promise<TextDownload> {
  const state = await area.state();
  const file = {
    fileName: `${safeFileName(area.store().manifest.name)}-codeboek.qdc`,
    mediaType: 'application/xml',
    content: writeQdc(state.codebook, ORIGIN),
  };
  await area.store().recordExport('qdc', `Exported the codebook as REFI-QDA (.qdc): ${state.codebook.codes.length} codes`, { ...file, format: 'qdc' });
  return file;
}

export async function importQdc(area: CodingArea, xml: string) {
  const context = { analyst: area.analyst(), now: area.now() };
  const state = await area.state();
  const { codebook, added, alreadyPresent } = importCodes(state.codebook, readQdc(xml), context);
  if (added.length > 0) {
    await area.commit({ type: 'codebook.import', summary: `Imported ${added.length} code(s) from a REFI-QDA codebook`, changes: [{ kind: 'codebook', before: state.codebook, after: codebook }] });
  }
  return { codebook, added, alreadyPresent };
}

function memoName(memo: Memo): string {
  return memo.text.split('\n')[0]?.slice(0, 60) ?? '';
}

/** The case's documents, codebook, placed passages and memos as a REFI-QDA project. */
export async function buildQdpxProject(area: CodingArea): Promise<{ project: QdpxProject; skipped: number }> {
  const state = await area.state();
  const store = area.store();
  const userGuid = (name: string) => stableGuid('user', name);
  const memos = state.allMemos();
  const notesOn = (match: (memo: Memo) => boolean) => memos.filter(match).map((memo) => stableGuid('memo', memo.id));
  const analysts = new Set<string>([...state.allPassages().flatMap((p) => p.codes.map((c) => c.analyst)), ...memos.map((m) => m.analyst)]);

  const sources: QdpxProject['sources'] = [];
  for (const record of store.listDocuments()) {
    const original = new Uint8Array(await fs.readFile(store.layout.original(record.sha256, record.kind)));
    const guid = stableGuid('source', record.sha256);
    sources.push({
      guid,
      name: record.title,
      kind: record.kind === 'pdf' ? 'pdf' : 'text',
      fileName: record.kind === 'pdf' ? `${guid}.pdf` : `${guid}.txt`,
      original,
      pages: await area.pageTexts(record),
      representationGuid: stableGuid('representation', record.sha256),
      createdAt: record.provenance[0]?.importedAt ?? state.codebook.codes[0]?.createdAt ?? new Date(0).toISOString(),
      noteGuids: notesOn((memo) => memo.target.kind === 'document' && memo.target.documentId === record.id),
    });
  }

  let skipped = 0;
  const segments: QdpxSegment[] = [];
  for (const passage of state.allPassages()) {
    if (passage.anchorCheck?.status === 'lost' || passage.anchorCheck?.status === 'ambiguous') {
      skipped += 1;
      continue;
    }
    segments.push({
      guid: stableGuid('passage', passage.id),
      sourceGuid: stableGuid('source', passage.sha256),
      page: passage.anchor.page,
      start: passage.anchor.start,
      end: passage.anchor.end,
      createdAt: passage.createdAt,
      creatingUser: userGuid(passage.analyst),
      codings: passage.codes.flatMap((application) => {
        const code = state.codebook.codes.find((c) => c.id === application.codeId);
        return code ? [{ guid: stableGuid('coding', `${passage.id}/${application.codeId}/${application.analyst}`), codeGuid: code.guid, creatingUser: userGuid(application.analyst), createdAt: application.at }] : [];
      }),
      noteGuids: notesOn((memo) => memo.target.kind === 'passage' && memo.target.passageId === passage.id),
    });
  }

  const codeNotes = new Map(state.codebook.codes.map((code) => [code.id, notesOn((memo) => memo.target.kind === 'code' && memo.target.codeId === code.id)]));
  const project: QdpxProject = {
    name: store.manifest.name,
    origin: ORIGIN,
    createdAt: store.manifest.createdAt,
    users: [...analysts].sort().map((name) => ({ guid: userGuid(name), name })),
    codebook: state.codebook,
    codeNotes,
    sources,
    segments,
    notes: memos.map((memo) => ({ guid: stableGuid('memo', memo.id), name: memoName(memo), text: memo.text, creatingUser: userGuid(memo.analyst), createdAt: memo.createdAt, modifiedAt: memo.updatedAt })),
    projectNoteGuids: notesOn((memo) => memo.target.kind === 'case'),
  };
  return { project, skipped };
}

/** Writes the project as `.qdpx` (into the case's `exports/` folder unless a file is given). */
export async function exportQdpx(area: CodingArea, target?: string): Promise<{ path: string; sources: number; segments: number; skipped: number }> {
  const { project, skipped } = await buildQdpxProject(area);
  const file = target ?? path.join(area.store().root, 'exports', `${safeFileName(project.name)}-${area.now().slice(0, 10)}.qdpx`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const content = writeQdpx(project);
  await writeFileAtomic(file, content);
  const counts = { sources: project.sources.length, segments: project.segments.length, skipped };
  await area.store().recordExport('qdpx', `Exported a REFI-QDA project (.qdpx): ${counts.sources} sources, ${counts.segments} coded segments`, {
    format: 'qdpx',
    fileName: path.basename(file),
    content,
  });
  return { path: file, ...counts };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A `.qdpx` read back as a coding export: sources matched to documents by
 * the SHA-256 of their original, segments anchored on the project's own
 * text and then found again in the case's text (so a selection made in
 * another program's text lands on the same words here, or is reported).
 */
export async function qdpxAsBundle(area: CodingArea, bytes: Uint8Array): Promise<{ bundle: CodingBundle; unplaced: number }> {
  const read: ReadProject = readQdpx(bytes);
  const store = area.store();
  const now = area.now();
  const { codebook, idOfGuid } = importCodes({ version: 1, codes: [] }, read.codes, { analyst: 'REFI-QDA', now });
  const documents: CodingBundle['documents'] = [];
  const sourceDocument = new Map<string, { documentId: string; sha256: string; pages: string[] }>();
  for (const source of read.sources) {
    const record = source.original ? store.findBySha(sha256(source.original)) : undefined;
    const sha = record?.sha256 ?? (source.original ? sha256(source.original) : stableGuid('unknown', source.guid).replace(/-/g, '').padEnd(64, '0'));
    documents.push({ documentId: sha.slice(0, 12), sha256: sha, title: source.name });
    if (record) sourceDocument.set(source.guid, { documentId: record.id, sha256: record.sha256, pages: await area.pageTexts(record) });
  }
  const userName = (guid: string | undefined) => (guid ? (read.users.get(guid) ?? guid) : 'REFI-QDA');
  const passages: Passage[] = [];
  let unplaced = 0;
  for (const segment of read.segments) {
    const target = sourceDocument.get(segment.sourceGuid);
    const sourcePages = read.sources.find((source) => source.guid === segment.sourceGuid)?.pages ?? [];
    const codes = segment.codings.flatMap((coding) => {
      const codeId = idOfGuid.get(coding.codeGuid);
      return codeId ? [{ codeId, analyst: userName(coding.creatingUser ?? segment.creatingUser), at: coding.createdAt ?? segment.createdAt ?? now }] : [];
    });
    if (!target || codes.length === 0) {
      unplaced += 1;
      continue;
    }
    const theirs = createAnchor(sourcePages[segment.page - 1] ?? '', segment.page, segment.start, segment.end);
    const found = reanchor(theirs, target.pages);
    if (found.status !== 'found') {
      unplaced += 1;
      continue;
    }
    passages.push({
      id: segment.guid.replace(/-/g, ''),
      documentId: target.documentId,
      sha256: target.sha256,
      anchor: createAnchor(target.pages[found.page - 1] ?? '', found.page, found.start, found.end),
      codes,
      analyst: codes[0]?.analyst ?? 'REFI-QDA',
      createdAt: segment.createdAt ?? now,
      updatedAt: segment.createdAt ?? now,
    });
  }
  const memos: Memo[] = [];
  const addNote = (guid: string, target: Memo['target']) => {
    const note = read.notes.get(guid);
    if (!note || note.text.trim() === '') return;
    const analyst = userName(note.creatingUser);
    memos.push({ id: guid.replace(/-/g, ''), target, text: note.text, analyst, createdAt: note.createdAt ?? now, updatedAt: note.modifiedAt ?? note.createdAt ?? now, updatedBy: analyst });
  };
  for (const segment of read.segments) {
    if (passages.some((p) => p.id === segment.guid.replace(/-/g, ''))) for (const guid of segment.noteGuids) addNote(guid, { kind: 'passage', passageId: segment.guid.replace(/-/g, '') });
  }
  for (const source of read.sources) {
    const target = sourceDocument.get(source.guid);
    if (target) for (const guid of source.noteGuids) addNote(guid, { kind: 'document', documentId: target.documentId });
  }
  for (const code of read.codes) {
    const codeId = idOfGuid.get(code.guid);
    if (codeId) for (const guid of code.noteGuids) addNote(guid, { kind: 'code', codeId });
  }
  for (const guid of read.projectNoteGuids) addNote(guid, { kind: 'case' });
  const exportedBy = [...read.users.values()].join(', ') || 'REFI-QDA';
  return {
    bundle: { format: 'spoor-coding', version: 1, exportedAt: now, exportedBy, caseName: read.name, documents, codebook, passages, memos },
    unplaced,
  };
}
