import { SpoorError } from '../../errors';
import type { Actor, ChronologyEvent, ChronologyFile } from '../../model/chronology';

/** Lower case without accents and with white space collapsed: how names are compared. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every name an actor goes by: its name and its aliases. */
export function namesOf(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  return [actor.name, ...actor.aliases];
}

/** The actor already known by this name or alias (compared without case and accents), if any. */
export function actorNamed(actors: readonly Actor[], name: string): Actor | undefined {
  const wanted = foldName(name);
  return actors.find((actor) => namesOf(actor).some((candidate) => foldName(candidate) === wanted));
}

function replaceActor(ids: readonly string[], sourceId: string, targetId: string): string[] {
  return [...new Set(ids.map((id) => (id === sourceId ? targetId : id)))];
}

function eventAfterMerge(event: ChronologyEvent, sourceId: string, targetId: string): ChronologyEvent {
  const touchesActors = event.actorIds.includes(sourceId);
  const signal = event.signal;
  const touchesSignal = signal !== undefined && (signal.fromActorId === sourceId || signal.toActorId === sourceId);
  if (!touchesActors && !touchesSignal) return event;
  return {
    ...event,
    actorIds: replaceActor(event.actorIds, sourceId, targetId),
    ...(signal && touchesSignal
      ? {
          signal: {
            ...signal,
            fromActorId: signal.fromActorId === sourceId ? targetId : signal.fromActorId,
            toActorId: signal.toActorId === sourceId ? targetId : signal.toActorId,
          },
        }
      : {}),
  };
}

/**
 * Merges the actor `sourceId` into `targetId`: the same actor under another
 * name. The target keeps its name and role and gains the source's name and
 * aliases as aliases; every event and signal link that named the source now
 * names the target; the source is gone, remembered in `mergedFrom`.
 */
export function mergeActors(file: ChronologyFile, sourceId: string, targetId: string, context: { by: string; at: string }): ChronologyFile {
  if (sourceId === targetId) throw new SpoorError('chronology.invalidMerge', 'An actor cannot be merged into itself', { id: sourceId });
  const source = file.actors.find((actor) => actor.id === sourceId);
  const target = file.actors.find((actor) => actor.id === targetId);
  if (!source) throw new SpoorError('chronology.actorNotFound', `No actor ${sourceId}`, { id: sourceId });
  if (!target) throw new SpoorError('chronology.actorNotFound', `No actor ${targetId}`, { id: targetId });
  const known = new Set(namesOf(target).map(foldName));
  const aliases = [...target.aliases];
  for (const name of namesOf(source)) {
    if (!known.has(foldName(name))) {
      known.add(foldName(name));
      aliases.push(name);
    }
  }
  const merged: Actor = {
    ...target,
    aliases,
    note: [target.note, source.note].filter((note) => note.trim() !== '').join('\n\n'),
    mergedFrom: [...target.mergedFrom, ...source.mergedFrom, { id: source.id, name: source.name, at: context.at, by: context.by }],
    updatedAt: context.at,
    updatedBy: context.by,
  };
  return {
    ...file,
    actors: file.actors.flatMap((actor) => (actor.id === sourceId ? [] : actor.id === targetId ? [merged] : [actor])),
    events: file.events.map((event) => eventAfterMerge(event, sourceId, targetId)),
  };
}

/** Events that name an actor (as involved, or as sender or addressee of a signal). */
export function eventsNaming(events: readonly ChronologyEvent[], actorId: string): ChronologyEvent[] {
  return events.filter((event) => event.actorIds.includes(actorId) || event.signal?.fromActorId === actorId || event.signal?.toActorId === actorId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The known actors whose name or an alias occurs in a text, as whole words,
 * without regard to case or accents, in order of first occurrence. Short
 * aliases (two letters or fewer) must match their case exactly, so that
 * "BD" is found but "bd" in a word list is not.
 */
export function actorsMentioned(text: string, actors: readonly Actor[]): Actor[] {
  const folded = foldName(text.replace(/\s+/g, ' '));
  const found: Array<{ actor: Actor; at: number }> = [];
  for (const actor of actors) {
    let first = -1;
    for (const name of namesOf(actor)) {
      const exactCase = name.trim().length <= 2;
      const haystack = exactCase ? text.replace(/\s+/g, ' ') : folded;
      const needle = exactCase ? name.trim() : foldName(name);
      if (needle === '') continue;
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').exec(haystack);
      if (match && (first === -1 || match.index < first)) first = match.index;
    }
    if (first !== -1) found.push({ actor, at: first });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.actor);
}
