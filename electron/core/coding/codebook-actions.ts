import {
  addCode,
  mergeCodes,
  moveCode,
  requireCode,
  restoreCode,
  retireCode,
  updateCode,
  type CodePatch,
  type NewCode,
} from '../../../shared/codebook/operations';
import type { Codebook } from '../../../shared/model/coding';
import { newGuid, type CodingArea } from './coding-area';
import type { Change } from './state';

async function commitCodebook(area: CodingArea, type: string, summary: string, after: Codebook, extra: Change[] = []): Promise<Codebook> {
  const before = (await area.state()).codebook;
  await area.commit({ type, summary, changes: [{ kind: 'codebook', before, after }, ...extra] });
  return after;
}

export async function add(area: CodingArea, input: Omit<NewCode, 'guid'>): Promise<Codebook> {
  const context = { analyst: area.analyst(), now: area.now() };
  const { codebook, code } = addCode((await area.state()).codebook, { ...input, guid: newGuid() }, context);
  return commitCodebook(area, 'codebook.add', `Added code ${code.id} “${code.label.nl}”`, codebook);
}

export async function update(area: CodingArea, id: string, patch: CodePatch): Promise<Codebook> {
  area.analyst();
  const current = requireCode((await area.state()).codebook, id);
  const what = patch.label && patch.label.nl !== current.label.nl ? `Renamed ${id} to “${patch.label.nl}”` : `Changed code ${id}`;
  return commitCodebook(area, 'codebook.update', what, updateCode((await area.state()).codebook, id, patch));
}

export async function move(area: CodingArea, id: string, parentId: string | null, index: number): Promise<Codebook> {
  area.analyst();
  const codebook = moveCode((await area.state()).codebook, id, parentId, index);
  return commitCodebook(area, 'codebook.move', `Moved code ${id}${parentId ? ` under ${parentId}` : ' to the top level'}`, codebook);
}

export async function merge(area: CodingArea, sourceId: string, targetId: string): Promise<{ codebook: Codebook; movedPassages: number }> {
  const context = { analyst: area.analyst(), now: area.now() };
  const state = await area.state();
  const { codebook, changed } = mergeCodes(state.codebook, state.allPassages(), sourceId, targetId, context);
  const passageChanges: Change[] = changed.map((after) => ({ kind: 'passage', id: after.id, before: state.passages.get(after.id) ?? null, after }));
  await commitCodebook(area, 'codebook.merge', `Merged code ${sourceId} into ${targetId} (${changed.length} passage(s))`, codebook, passageChanges);
  return { codebook, movedPassages: changed.length };
}

export async function retire(area: CodingArea, id: string): Promise<Codebook> {
  const context = { analyst: area.analyst(), now: area.now() };
  return commitCodebook(area, 'codebook.retire', `Retired code ${id}`, retireCode((await area.state()).codebook, id, context));
}

export async function restore(area: CodingArea, id: string): Promise<Codebook> {
  area.analyst();
  return commitCodebook(area, 'codebook.restore', `Restored code ${id}`, restoreCode((await area.state()).codebook, id));
}
