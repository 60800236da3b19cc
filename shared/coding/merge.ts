import type { Code, CodingBundle, Memo, Passage } from '../model/coding';

/**
 * Merging another analyst's coding export into this case. Documents are
 * matched by SHA-256, codes by GUID (then by id with the same label),
 * passages and memos by id. What is new is added; what is the same is
 * skipped; what differs is a conflict that the analyst must decide.
 * Nothing of ours is ever replaced without such a decision.
 */

export type MergeChoice = 'ours' | 'theirs' | 'both';

export interface PlannedConflict {
  id: string;
  kind: 'code' | 'passage' | 'memo';
  key: string;
  ours: string;
  theirs: string;
  choices: MergeChoice[];
}

export interface MergePlan {
  /** Their code id -> our code id, for every code of theirs (new codes keep theirs unless it is taken). */
  codeMap: Map<string, string>;
  newCodes: Code[];
  newPassages: Passage[];
  newMemos: Memo[];
  identical: number;
  skippedPassages: number;
  missingDocuments: Array<{ sha256: string; title: string }>;
  matchedDocuments: number;
  conflicts: PlannedConflict[];
  /** Per conflict id: our entity and theirs (already mapped to our ids). */
  conflictValues: Map<string, { ours: Code | Passage | Memo; theirs: Code | Passage | Memo }>;
}

export interface OurCoding {
  codes: readonly Code[];
  passages: ReadonlyMap<string, Passage>;
  memos: ReadonlyMap<string, Memo>;
  /** sha256 -> our document id */
  documentsBySha: ReadonlyMap<string, string>;
}

function codeSummary(code: Code): string {
  return `${code.id} “${code.label.nl}” / “${code.label.en}”, ${code.color}${code.parentId ? `, under ${code.parentId}` : ''}${code.retired ? ', retired' : ''}`;
}

function sameCode(a: Code, b: Code): boolean {
  return (
    a.label.nl === b.label.nl &&
    a.label.en === b.label.en &&
    a.definition.nl === b.definition.nl &&
    a.definition.en === b.definition.en &&
    a.color === b.color &&
    a.parentId === b.parentId &&
    Boolean(a.retired) === Boolean(b.retired)
  );
}

function passageKey(passage: Passage): string {
  const codes = passage.codes.map((c) => `${c.codeId}/${c.analyst}`).sort().join(',');
  return `${passage.documentId}|${passage.anchor.page}|${passage.anchor.start}|${passage.anchor.end}|${passage.anchor.exact}|${codes}`;
}

function passageSummary(passage: Passage): string {
  const codes = [...new Set(passage.codes.map((c) => `${c.codeId} (${c.analyst})`))].join(', ');
  return `p. ${passage.anchor.page} “${passage.anchor.exact.slice(0, 80)}”: ${codes}`;
}

function unusedId(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

export function planMerge(ours: OurCoding, theirs: CodingBundle): MergePlan {
  const conflicts: PlannedConflict[] = [];
  const conflictValues: MergePlan['conflictValues'] = new Map();

  // Codes.
  const codeMap = new Map<string, string>();
  const takenIds = new Set(ours.codes.map((code) => code.id));
  const newCodes: Code[] = [];
  const matches: Array<[Code, Code]> = [];
  for (const code of theirs.codebook.codes) {
    const match = ours.codes.find((our) => our.guid === code.guid) ?? ours.codes.find((our) => our.id === code.id && our.label.nl === code.label.nl);
    if (match) {
      codeMap.set(code.id, match.id);
      matches.push([match, code]);
    } else {
      const id = unusedId(code.id, takenIds);
      takenIds.add(id);
      codeMap.set(code.id, id);
      newCodes.push({ ...code, id, shortcut: null });
    }
  }
  const mapCode = (id: string) => codeMap.get(id) ?? id;
  // Their parent ids refer to their codes: translate them before comparing or adding.
  for (const code of newCodes) code.parentId = code.parentId === null ? null : mapCode(code.parentId);
  for (const [match, code] of matches) {
    const mapped: Code = { ...code, id: match.id, parentId: code.parentId === null ? null : mapCode(code.parentId), shortcut: match.shortcut };
    if (sameCode(match, mapped)) continue;
    const id = `code:${match.id}`;
    conflicts.push({ id, kind: 'code', key: match.id, ours: codeSummary(match), theirs: codeSummary(mapped), choices: ['ours', 'theirs'] });
    conflictValues.set(id, { ours: match, theirs: mapped });
  }

  // Documents.
  const documentMap = new Map<string, string>();
  const missingDocuments: MergePlan['missingDocuments'] = [];
  for (const doc of theirs.documents) {
    const ourId = ours.documentsBySha.get(doc.sha256);
    if (ourId) documentMap.set(doc.documentId, ourId);
    else missingDocuments.push({ sha256: doc.sha256, title: doc.title });
  }

  // Passages.
  const newPassages: Passage[] = [];
  let identical = 0;
  let skippedPassages = 0;
  const acceptedPassages = new Set<string>();
  for (const passage of theirs.passages) {
    const documentId = ours.documentsBySha.get(passage.sha256) ?? documentMap.get(passage.documentId);
    if (!documentId) {
      skippedPassages += 1;
      continue;
    }
    const mapped: Passage = { ...passage, documentId, codes: passage.codes.map((application) => ({ ...application, codeId: mapCode(application.codeId) })) };
    acceptedPassages.add(passage.id);
    const existing = ours.passages.get(passage.id);
    if (!existing) newPassages.push(mapped);
    else if (passageKey(existing) === passageKey(mapped)) identical += 1;
    else {
      const id = `passage:${passage.id}`;
      conflicts.push({ id, kind: 'passage', key: passage.id, ours: passageSummary(existing), theirs: passageSummary(mapped), choices: ['ours', 'theirs', 'both'] });
      conflictValues.set(id, { ours: existing, theirs: mapped });
    }
  }

  // Memos (those on passages that could not be placed are skipped with them).
  const newMemos: Memo[] = [];
  for (const memo of theirs.memos) {
    let target = memo.target;
    if (target.kind === 'passage' && !acceptedPassages.has(target.passageId)) continue;
    if (target.kind === 'code') target = { kind: 'code', codeId: mapCode(target.codeId) };
    if (target.kind === 'document') {
      const documentId = documentMap.get(target.documentId);
      if (!documentId) continue;
      target = { kind: 'document', documentId };
    }
    const mapped: Memo = { ...memo, target };
    const existing = ours.memos.get(memo.id);
    if (!existing) newMemos.push(mapped);
    else if (existing.text === mapped.text) identical += 1;
    else {
      const id = `memo:${memo.id}`;
      conflicts.push({ id, kind: 'memo', key: memo.id, ours: existing.text.slice(0, 200), theirs: mapped.text.slice(0, 200), choices: ['ours', 'theirs', 'both'] });
      conflictValues.set(id, { ours: existing, theirs: mapped });
    }
  }

  return { codeMap, newCodes, newPassages, newMemos, identical, skippedPassages, missingDocuments, matchedDocuments: documentMap.size, conflicts, conflictValues };
}

/** "Both" for a passage: our passage keeps its place and gains their code applications it lacks. */
export function unionOfPassages(ours: Passage, theirs: Passage, now: string): Passage {
  const codes = [...ours.codes];
  for (const application of theirs.codes) {
    if (!codes.some((c) => c.codeId === application.codeId && c.analyst === application.analyst)) codes.push(application);
  }
  return { ...ours, codes, updatedAt: now };
}
