import { SpoorError } from '../errors';
import type { Bilingual, BilingualList, Code, Codebook, Passage, Shortcut } from '../model/coding';

/**
 * Pure operations on a case's codebook. Each returns a new codebook (and,
 * for a merge, the passages it changed); nothing is edited in place, so the
 * back end can keep the before and after for undo.
 */

export interface OperationContext {
  analyst: string;
  now: string;
}

export function findCode(codebook: Codebook, id: string): Code | undefined {
  return codebook.codes.find((code) => code.id === id);
}

export function requireCode(codebook: Codebook, id: string): Code {
  const code = findCode(codebook, id);
  if (!code) throw new SpoorError('codebook.codeNotFound', `No code ${id}`, { id });
  return code;
}

function invalid(reason: string, id = ''): SpoorError {
  return new SpoorError('codebook.invalid', reason, { id, reason });
}

/** Every code below `id`, at any depth. */
export function descendantIds(codebook: Codebook, id: string): Set<string> {
  const found = new Set<string>();
  const walk = (parent: string) => {
    for (const code of codebook.codes) {
      if (code.parentId === parent && !found.has(code.id)) {
        found.add(code.id);
        walk(code.id);
      }
    }
  };
  walk(id);
  return found;
}

export interface CodeNode {
  code: Code;
  depth: number;
}

/** The codebook as a tree flattened depth-first, in display order. */
export function codeTree(codebook: Codebook, options: { includeRetired?: boolean } = {}): CodeNode[] {
  const visible = codebook.codes.filter((code) => options.includeRetired || !code.retired);
  const ids = new Set(visible.map((code) => code.id));
  const nodes: CodeNode[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const code of visible) {
      // A code whose parent is hidden (retired) shows at the top level rather than vanishing.
      const effectiveParent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
      if (effectiveParent === parentId) {
        nodes.push({ code, depth });
        walk(code.id, depth + 1);
      }
    }
  };
  walk(null, 0);
  return nodes;
}

/** The next free id of the form K1, K2, … for a code the analyst adds. */
export function nextCodeId(codebook: Codebook): string {
  const taken = new Set(codebook.codes.map((code) => code.id));
  for (let n = 1; ; n += 1) if (!taken.has(`K${n}`)) return `K${n}`;
}

const PALETTE = ['#e76f51', '#2a9d8f', '#8338ec', '#ff006e', '#3a86ff', '#fb8500', '#6a994e', '#bc4749', '#118ab2', '#9d4edd'];

function withShortcut(codes: Code[], id: string, shortcut: Shortcut | null): Code[] {
  // A shortcut belongs to one code: giving it to this one takes it from the other.
  return codes.map((code) => {
    if (code.id === id) return { ...code, shortcut };
    if (shortcut !== null && code.shortcut === shortcut) return { ...code, shortcut: null };
    return code;
  });
}

function checkParent(codebook: Codebook, id: string, parentId: string | null): void {
  if (parentId === null) return;
  const parent = requireCode(codebook, parentId);
  if (parent.retired) throw invalid(`Code ${parentId} is retired`, parentId);
  if (parentId === id || descendantIds(codebook, id).has(parentId)) throw invalid(`Code ${id} cannot be nested under itself`, id);
}

export interface NewCode {
  id?: string;
  guid: string;
  label: Bilingual;
  definition?: Bilingual;
  indicators?: BilingualList;
  parentId?: string | null;
  color?: string;
  shortcut?: Shortcut | null;
  codable?: boolean;
}

export function addCode(codebook: Codebook, input: NewCode, context: OperationContext): { codebook: Codebook; code: Code } {
  const id = input.id ?? nextCodeId(codebook);
  if (findCode(codebook, id)) throw invalid(`A code with id ${id} already exists`, id);
  if (codebook.codes.some((code) => code.guid === input.guid)) throw invalid(`A code with GUID ${input.guid} already exists`, id);
  const parentId = input.parentId ?? null;
  checkParent(codebook, id, parentId);
  const code: Code = {
    id,
    guid: input.guid,
    label: { nl: input.label.nl.trim(), en: input.label.en.trim() },
    definition: input.definition ?? { nl: '', en: '' },
    indicators: input.indicators ?? { nl: [], en: [] },
    parentId,
    color: input.color ?? PALETTE[codebook.codes.length % PALETTE.length] ?? '#e76f51',
    shortcut: null,
    codable: input.codable ?? true,
    createdAt: context.now,
    createdBy: context.analyst,
  };
  const codes = withShortcut([...codebook.codes, code], id, input.shortcut ?? null);
  return { codebook: { ...codebook, codes }, code: codes.find((c) => c.id === id) as Code };
}

export interface CodePatch {
  label?: Bilingual;
  definition?: Bilingual;
  indicators?: BilingualList;
  color?: string;
  shortcut?: Shortcut | null;
  codable?: boolean;
}

/** Rename, recolour, redefine, change the shortcut. */
export function updateCode(codebook: Codebook, id: string, patch: CodePatch): Codebook {
  const current = requireCode(codebook, id);
  const { shortcut, ...rest } = patch;
  const label = rest.label ? { nl: rest.label.nl.trim(), en: rest.label.en.trim() } : current.label;
  let codes = codebook.codes.map((code) => (code.id === id ? { ...code, ...rest, label } : code));
  if (shortcut !== undefined) {
    if (shortcut !== null && current.retired) throw invalid(`Code ${id} is retired`, id);
    codes = withShortcut(codes, id, shortcut);
  }
  return { ...codebook, codes };
}

/**
 * Nests a code under another (or at the top with `parentId: null`) at a
 * position among its new siblings: this is both "nest" and "reorder".
 */
export function moveCode(codebook: Codebook, id: string, parentId: string | null, index: number): Codebook {
  const moving = requireCode(codebook, id);
  checkParent(codebook, id, parentId);
  const others = codebook.codes.filter((code) => code.id !== id);
  const siblings = others.filter((code) => code.parentId === parentId);
  const moved = { ...moving, parentId };
  const clamped = Math.max(0, Math.min(index, siblings.length));
  // Insert before the sibling now at `clamped`, or after the last sibling.
  const anchor = siblings[clamped];
  const last = siblings[siblings.length - 1];
  const at = anchor ? others.indexOf(anchor) : last ? others.indexOf(last) + 1 : others.length;
  return { ...codebook, codes: [...others.slice(0, at), moved, ...others.slice(at)] };
}

export function retireCode(codebook: Codebook, id: string, context: OperationContext, mergedInto?: string): Codebook {
  const code = requireCode(codebook, id);
  if (code.retired) throw invalid(`Code ${id} is already retired`, id);
  const retired: Code = { ...code, shortcut: null, retired: { at: context.now, by: context.analyst, ...(mergedInto ? { mergedInto } : {}) } };
  return { ...codebook, codes: codebook.codes.map((c) => (c.id === id ? retired : c)) };
}

export function restoreCode(codebook: Codebook, id: string): Codebook {
  const code = requireCode(codebook, id);
  if (!code.retired) throw invalid(`Code ${id} is not retired`, id);
  if (code.retired.mergedInto) throw invalid(`Code ${id} was merged into ${code.retired.mergedInto}; its passages now carry that code`, id);
  const { retired: _retired, ...active } = code;
  const parentRetired = active.parentId !== null && findCode(codebook, active.parentId)?.retired;
  const restored: Code = parentRetired ? { ...active, parentId: null } : active;
  return { ...codebook, codes: codebook.codes.map((c) => (c.id === id ? restored : c)) };
}

/**
 * Merges `sourceId` into `targetId`: every passage coded with the source is
 * coded with the target instead (keeping who applied it and when), the
 * source's sub-codes move under the target, and the source is retired with
 * a pointer to the target, so its history stays readable.
 */
export function mergeCodes(
  codebook: Codebook,
  passages: readonly Passage[],
  sourceId: string,
  targetId: string,
  context: OperationContext,
): { codebook: Codebook; changed: Passage[] } {
  if (sourceId === targetId) throw invalid('A code cannot be merged into itself', sourceId);
  const source = requireCode(codebook, sourceId);
  const target = requireCode(codebook, targetId);
  if (source.retired) throw invalid(`Code ${sourceId} is retired`, sourceId);
  if (target.retired) throw invalid(`Code ${targetId} is retired`, targetId);
  if (descendantIds(codebook, sourceId).has(targetId)) throw invalid(`Code ${targetId} lies under ${sourceId}; move it out first`, targetId);

  const changed: Passage[] = [];
  for (const passage of passages) {
    if (!passage.codes.some((application) => application.codeId === sourceId)) continue;
    const codes: Passage['codes'] = [];
    for (const application of passage.codes) {
      const next = application.codeId === sourceId ? { ...application, codeId: targetId } : application;
      // The same analyst applying both codes leaves one application of the target, the earliest.
      const twin = codes.find((kept) => kept.codeId === next.codeId && kept.analyst === next.analyst);
      if (!twin) codes.push(next);
      else if (next.at < twin.at) codes.splice(codes.indexOf(twin), 1, next);
    }
    changed.push({ ...passage, codes, updatedAt: context.now });
  }
  const reparented: Codebook = {
    ...codebook,
    codes: codebook.codes.map((code) => (code.parentId === sourceId ? { ...code, parentId: targetId } : code)),
  };
  return { codebook: retireCode(reparented, sourceId, context, targetId), changed };
}

/** Where a merged code's passages went: follows `mergedInto` to the code in use. */
export function resolveMerged(codebook: Codebook, id: string): string {
  let current = findCode(codebook, id);
  const seen = new Set<string>();
  while (current?.retired?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    current = findCode(codebook, current.retired.mergedInto);
  }
  return current?.id ?? id;
}

/** Codes matching what the analyst types: id, Dutch or English label, word starts before substrings. */
export function findCodes(codebook: Codebook, query: string): Code[] {
  const wanted = query.trim().toLowerCase();
  const active = codebook.codes.filter((code) => !code.retired && code.codable);
  if (wanted === '') return active;
  const score = (code: Code): number => {
    const id = code.id.toLowerCase();
    const labels = [code.label.nl.toLowerCase(), code.label.en.toLowerCase()];
    if (id === wanted) return 0;
    if (id.startsWith(wanted)) return 1;
    if (labels.some((label) => label.startsWith(wanted))) return 2;
    if (labels.some((label) => label.split(/[\s-]+/).some((word) => word.startsWith(wanted)))) return 3;
    if (labels.some((label) => label.includes(wanted))) return 4;
    return -1;
  };
  return active
    .map((code) => ({ code, rank: score(code) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.code);
}
