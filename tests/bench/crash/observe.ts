/**
 * What the crash test checks: the state of named things in a case, each as
 * a short string, read through the same calls the UI makes. A key names one
 * thing (`passage:<id>`, `event:<id>`, …); its value says what matters about
 * it (a passage's codes, an event's title, citations, actors and signal), or
 * is '' when it does not exist. The workload reports a key's value once the
 * change is saved; after a kill the reopened case must give the same value.
 */
import type { CaseApi } from '../../case-api';

export type Observed = Map<string, string>;

const sortedJoin = (items: Iterable<string>) => [...new Set(items)].sort().join(',');

/** Groups keys by kind, so each kind is read with one call however many keys ask for it. */
function byKind(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const kind = key.slice(0, key.indexOf(':'));
    groups.set(kind, [...(groups.get(kind) ?? []), key]);
  }
  return groups;
}

const rest = (key: string) => key.slice(key.indexOf(':') + 1);

/** The current values of `keys` in the open case. */
export async function observe({ service, call }: Pick<CaseApi, 'service' | 'call'>, keys: readonly string[]): Promise<Observed> {
  const values: Observed = new Map();
  const groups = byKind(keys);
  const documents = service.requireStore().listDocuments();
  for (const [kind, group] of groups) {
    switch (kind) {
      case 'doc': {
        const ids = new Set(documents.map((doc) => doc.id));
        for (const key of group) values.set(key, ids.has(rest(key)) ? 'present' : '');
        break;
      }
      case 'provenance': {
        // provenance:<document id>:<original name>
        for (const key of group) {
          const [id, ...name] = rest(key).split(':');
          const doc = documents.find((candidate) => candidate.id === id);
          values.set(key, doc?.provenance.some((p) => p.originalName === name.join(':')) ? 'present' : '');
        }
        break;
      }
      case 'part': {
        // part:<relation>:<parent id>:<name or path>
        for (const key of group) {
          const [relation, parentId, ...name] = rest(key).split(':');
          const found = documents.some(({ parent }) => {
            if (!parent || parent.parentId !== parentId || parent.relation !== relation) return false;
            return parent.relation === 'attachment' ? parent.name === name.join(':') : parent.relation === 'member' && parent.path === name.join(':');
          });
          values.set(key, found ? 'present' : '');
        }
        break;
      }
      case 'inventory': {
        const inventories = (await call('woo:report', {})).inventories;
        for (const key of group) {
          const inventory = inventories.find((candidate) => candidate.documentId === rest(key));
          values.set(key, inventory ? `${inventory.rowCount} rows` : '');
        }
        break;
      }
      case 'passage': {
        const ids = group.map(rest);
        const found = new Map<string, string>();
        for (let at = 0; at < ids.length; at += 5000) {
          const { items } = await call('coding:retrieve', { passageIds: ids.slice(at, at + 5000), limit: 5000 });
          for (const { passage } of items) found.set(passage.id, sortedJoin(passage.codes.map((application) => application.codeId)));
        }
        for (const key of group) values.set(key, found.get(rest(key)) ?? '');
        break;
      }
      case 'memo': {
        const memos = new Map((await call('memos:list', {})).map((memo) => [memo.id, memo.text]));
        for (const key of group) values.set(key, memos.get(rest(key)) ?? '');
        break;
      }
      case 'code': {
        const codes = new Map((await call('codebook:get', {})).codes.map((code) => [code.id, code]));
        for (const key of group) {
          const code = codes.get(rest(key));
          values.set(key, code ? `${code.label.nl}|${code.retired ? `retired>${code.retired.mergedInto ?? ''}` : 'active'}` : '');
        }
        break;
      }
      case 'event':
      case 'actor': {
        const chronology = await call('chronology:get', {});
        const events = new Map(chronology.events.map((event) => [event.id, event]));
        const actors = new Map(chronology.actors.map((actor) => [actor.id, actor]));
        for (const key of group) {
          if (kind === 'event') {
            const event = events.get(rest(key));
            const signal = event?.signal ? `${event.signal.fromActorId}>${event.signal.toActorId}` : '';
            values.set(key, event ? `${event.title}|${event.citations.length} citations|${sortedJoin(event.actorIds)}|${signal}` : '');
          } else {
            const actor = actors.get(rest(key));
            values.set(key, actor ? `${actor.name}|${sortedJoin(actor.aliases)}` : '');
          }
        }
        break;
      }
      case 'search': {
        const searches = new Map((await call('search:savedList', {})).map((search) => [search.id, search.name]));
        for (const key of group) values.set(key, searches.get(rest(key)) ?? '');
        break;
      }
      default:
        throw new Error(`unknown kind of key: ${kind}`);
    }
  }
  return values;
}
