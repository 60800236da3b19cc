/**
 * Crash-test steps of analysis: coding (apply, remove, undo and redo),
 * memos, the codebook (add, rename, merge), the chronology (events with
 * citations and actors, actor merges, signal links, undo and redo) and
 * saved searches. Each names every thing it may change, so a kill in the
 * middle of it leaves only those undecided.
 */
import type { Passage } from '../../../shared/model/coding';
import { pick, type Step, type StepContext } from './steps';

/** A page of a text document to code or cite, with its text. */
async function textPage(context: StepContext): Promise<{ documentId: string; text: string } | undefined> {
  const doc = pick(context.random, context.service.listDocuments().filter((candidate) => candidate.kind === 'text'));
  if (!doc) return undefined;
  const { page } = await context.call('documents:page', { id: doc.id, page: 1 });
  return page.text.trim().length >= 20 ? { documentId: doc.id, text: page.text } : undefined;
}

/** A range of 5–40 characters that starts and ends on a letter. */
function range(context: StepContext, text: string): { start: number; end: number } {
  const start = Math.floor(context.random() * (text.length - 10));
  const end = Math.min(text.length, start + 5 + Math.floor(context.random() * 35));
  return { start, end };
}

async function codableCodes(context: StepContext): Promise<string[]> {
  return (await context.call('codebook:get', {})).codes.filter((code) => code.codable && !code.retired).map((code) => code.id);
}

/** Codes this child made (so merging and renaming them never touches the default codebook). */
async function ownCodes(context: StepContext): Promise<string[]> {
  return (await codableCodes(context)).filter((id) => id.startsWith(`K${context.child}x`));
}

async function somePassage(context: StepContext): Promise<Passage | undefined> {
  return pick(context.random, (await context.call('coding:retrieve', { limit: 5000 })).items)?.passage;
}

/** Keys of a passage and of the memos written on it (deleting the passage takes them along). */
async function passageKeys(context: StepContext, passageId: string): Promise<string[]> {
  const memos = await context.call('memos:list', { target: { kind: 'passage', passageId } });
  return [`passage:${passageId}`, ...memos.map((memo) => `memo:${memo.id}`)];
}

/**
 * Codes a range of a page; announces the passages already on that page,
 * which could gain the code instead. Returns the passage when the coding
 * made a new one (the change undo would take back).
 */
async function applyCode(context: StepContext): Promise<string | undefined> {
  const page = await textPage(context);
  const codeId = pick(context.random, await codableCodes(context));
  if (!page || !codeId) return undefined;
  const { passages } = await context.call('coding:page', { documentId: page.documentId, page: 1 });
  let created: string | undefined;
  await context.change(
    passages.map((passage) => `passage:${passage.id}`),
    async () => {
      const { id } = await context.call('coding:apply', { documentId: page.documentId, page: 1, ...range(context, page.text), codeIds: [codeId] });
      if (!passages.some((passage) => passage.id === id)) created = id;
      return [`passage:${id}`];
    },
  );
  return created;
}

export const ANALYSIS_STEPS: Step[] = [
  { name: 'coding.apply', weight: 5, run: async (context) => void (await applyCode(context)) },
  {
    name: 'coding.removeCode',
    weight: 2,
    run: async (context) => {
      const passage = await somePassage(context);
      const codeId = passage?.codes[0]?.codeId;
      if (!passage || !codeId) return;
      // Removing the last code deletes the passage and the memos on it.
      await context.change(await passageKeys(context, passage.id), async () => void (await context.call('coding:removeCode', { passageId: passage.id, codeId })));
    },
  },
  {
    name: 'coding.undoRedo',
    weight: 1,
    run: async (context) => {
      const created = await applyCode(context);
      if (!created) return;
      const keys = await passageKeys(context, created);
      await context.change(keys, async () => void (await context.call('coding:undo', {})));
      await context.change(keys, async () => void (await context.call('coding:redo', {})));
    },
  },
  {
    name: 'memo.add',
    weight: 2,
    run: async (context) => {
      const passage = await somePassage(context);
      const target = passage && context.random() < 0.7 ? { kind: 'passage' as const, passageId: passage.id } : { kind: 'case' as const };
      await context.change([], async () => [`memo:${(await context.call('memos:add', { target, text: `Memo ${context.child}-${context.next()}: nagaan wie dit wist.` })).id}`]);
    },
  },
  {
    name: 'memo.update',
    weight: 1,
    run: async (context) => {
      const memo = pick(context.random, await context.call('memos:list', {}));
      if (!memo) return;
      await context.change([`memo:${memo.id}`], async () => void (await context.call('memos:update', { id: memo.id, text: `${memo.text} Bijgewerkt ${context.next()}.` })));
    },
  },
  {
    name: 'codebook.add',
    weight: 1,
    run: async (context) => {
      const id = `K${context.child}x${context.next()}`;
      await context.change([], async () => {
        await context.call('codebook:add', { id, label: { nl: `Eigen code ${id}`, en: `Own code ${id}` } });
        return [`code:${id}`];
      });
    },
  },
  {
    name: 'codebook.rename',
    weight: 1,
    run: async (context) => {
      const id = pick(context.random, await ownCodes(context));
      if (!id) return;
      const n = context.next();
      await context.change([`code:${id}`], async () => void (await context.call('codebook:update', { id, label: { nl: `Hernoemd ${id} ${n}`, en: `Renamed ${id} ${n}` } })));
    },
  },
  {
    name: 'codebook.merge',
    weight: 1,
    run: async (context) => {
      const own = await ownCodes(context);
      const sourceId = pick(context.random, own);
      const targetId = pick(context.random, own.filter((id) => id !== sourceId));
      if (!sourceId || !targetId) return;
      // The source's passages follow into the target.
      const { items } = await context.call('coding:retrieve', { codeId: sourceId, limit: 5000 });
      const keys = [`code:${sourceId}`, `code:${targetId}`, ...items.map((item) => `passage:${item.passage.id}`)];
      await context.change(keys, async () => void (await context.call('codebook:merge', { sourceId, targetId })));
    },
  },
  {
    name: 'chronology.addActor',
    weight: 1,
    run: async (context) => {
      const name = `Actor ${context.child}-${context.next()}`;
      await context.change([], async () => [`actor:${(await context.call('chronology:addActor', { name, kind: 'organisation', role: pick(context.random, ['uitvoering', 'beleid', 'politiek'] as const)! })).id}`]);
    },
  },
  {
    // An event that rests on a coded passage and a selected range, with actors.
    name: 'chronology.addEvent',
    weight: 3,
    run: async (context) => {
      const passage = await somePassage(context);
      const page = await textPage(context);
      const { actors } = await context.call('chronology:get', {});
      const citations = [
        ...(passage && passage.anchorCheck?.status !== 'lost' && passage.anchorCheck?.status !== 'ambiguous' ? [{ passageId: passage.id }] : []),
        ...(page ? [{ documentId: page.documentId, page: 1, ...range(context, page.text) }] : []),
      ];
      const actorIds = actors.filter(() => context.random() < 0.3).slice(0, 3).map((actor) => actor.id);
      const title = `Gebeurtenis ${context.child}-${context.next()}`;
      await context.change([], async () => [`event:${(await context.call('chronology:addEvent', { date: { kind: 'year', year: 2015 + Math.floor(context.random() * 8) }, title, type: 'signal', actorIds, citations })).id}`]);
    },
  },
  {
    name: 'chronology.setSignal',
    weight: 1,
    run: async (context) => {
      const { events, actors } = await context.call('chronology:get', {});
      const event = pick(context.random, events);
      const [from, to] = [pick(context.random, actors), pick(context.random, actors)];
      if (!event || !from || !to || from.id === to.id) return;
      await context.change([`event:${event.id}`], async () => void (await context.call('chronology:setSignal', { eventId: event.id, signal: { fromActorId: from.id, toActorId: to.id, content: 'Signaal over de uitvoering' } })));
    },
  },
  {
    name: 'chronology.mergeActors',
    weight: 1,
    run: async (context) => {
      const { events, actors } = await context.call('chronology:get', {});
      const source = pick(context.random, actors);
      const target = pick(context.random, actors.filter((actor) => actor.id !== source?.id));
      if (!source || !target) return;
      // Events naming the source (as actor or in their signal) follow to the target.
      const naming = events.filter((event) => event.actorIds.includes(source.id) || event.signal?.fromActorId === source.id || event.signal?.toActorId === source.id);
      const keys = [`actor:${source.id}`, `actor:${target.id}`, ...naming.map((event) => `event:${event.id}`)];
      await context.change(keys, async () => void (await context.call('chronology:mergeActors', { sourceId: source.id, targetId: target.id })));
    },
  },
  {
    name: 'chronology.undoRedo',
    weight: 1,
    run: async (context) => {
      const title = `Ongedaan ${context.child}-${context.next()}`;
      let id = '';
      await context.change([], async () => {
        id = (await context.call('chronology:addEvent', { date: { kind: 'year', year: 2020 }, title, type: 'other' })).id;
        return [`event:${id}`];
      });
      if (!id) return;
      await context.change([`event:${id}`], async () => void (await context.call('chronology:undo', {})));
      await context.change([`event:${id}`], async () => void (await context.call('chronology:redo', {})));
    },
  },
  {
    name: 'search.save',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const saved = await context.call('search:save', { name: `Zoekvraag ${context.child}-${context.next()}`, query: pick(context.random, ['signaal', '+directie minister', 'ombudsman~1', '"niet doorgegeven"', 'belast*'])!, exact: false, facets: {} });
        return [`search:${saved.id}`];
      }),
  },
  {
    name: 'search.delete',
    weight: 1,
    run: async (context) => {
      const saved = pick(context.random, await context.call('search:savedList', {}));
      if (!saved) return;
      await context.change([`search:${saved.id}`], async () => void (await context.call('search:deleteSaved', { id: saved.id })));
    },
  },
];
