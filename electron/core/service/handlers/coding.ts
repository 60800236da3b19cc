import { analystsIn } from '../../../../shared/coding/agreement';
import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import * as codebook from '../../coding/codebook-actions';
import { CodingArea } from '../../coding/coding-area';
import { addMemo, deleteMemo, listMemos, searchMemos, updateMemo } from '../../coding/memos';
import { applyCodes, cooccurrenceReport, counts, deletePassage, outline, passagesOnPage, removeCode, retrieve } from '../../coding/passages';
import { agreementReport, exportBundle, parseBundle, readTextInput, TeamMerge } from '../../coding/team';
import type { CoreDeps } from './context';

type CodingChannels = Extract<keyof Handlers, `codebook:${string}` | `coding:${string}` | `memos:${string}`>;

/** The codebook, coded passages and memos of the open case: one CodingArea behind three contract areas. */
export function codingHandlers({ service, settings, grants }: CoreDeps, area = new CodingArea(service, settings)): Pick<Handlers, CodingChannels> {
  const team = new TeamMerge(area);
  return {
    'codebook:get': async () => (await area.state()).codebook,
    'codebook:add': (input) => codebook.add(area, input),
    'codebook:update': ({ id, ...patch }) => codebook.update(area, id, patch),
    'codebook:move': ({ id, parentId, index }) => codebook.move(area, id, parentId, index),
    'codebook:merge': ({ sourceId, targetId }) => codebook.merge(area, sourceId, targetId),
    'codebook:retire': ({ id }) => codebook.retire(area, id),
    'codebook:restore': ({ id }) => codebook.restore(area, id),

    'coding:apply': (input) => applyCodes(area, input),
    'coding:removeCode': async ({ passageId, codeId }) => ({ passage: await removeCode(area, passageId, codeId) }),
    'coding:delete': async ({ passageId }) => {
      await deletePassage(area, passageId);
      return DONE;
    },
    'coding:page': async ({ documentId, page }) => ({ passages: await passagesOnPage(area, documentId, page) }),
    'coding:outline': ({ documentId }) => outline(area, documentId),
    'coding:retrieve': (input) => retrieve(area, input),
    'coding:counts': () => counts(area),
    'coding:cooccurrence': ({ analyst }) => cooccurrenceReport(area, analyst),
    'coding:history': () => area.history(),
    'coding:analysts': async () => analystsIn((await area.state()).allPassages()),
    'coding:agreement': ({ analystA, analystB }) => agreementReport(area, analystA, analystB),
    'coding:exportBundle': () => exportBundle(area),
    'coding:mergePreview': async (input) => team.preview(parseBundle(await readTextInput(input, grants))),
    'coding:mergeApply': ({ token, resolutions }) => team.apply(token, resolutions),
    'coding:undo': async () => {
      await area.undo();
      return area.history();
    },
    'coding:redo': async () => {
      await area.redo();
      return area.history();
    },

    'memos:list': ({ target }) => listMemos(area, target),
    'memos:add': ({ target, text }) => addMemo(area, target, text),
    'memos:update': ({ id, text }) => updateMemo(area, id, text),
    'memos:delete': async ({ id }) => {
      await deleteMemo(area, id);
      return DONE;
    },
    'memos:search': ({ query }) => searchMemos(area, query),
  };
}
