import { actorNamed, eventsNaming, foldName, mergeActors as mergeInFile } from '../../../shared/chronology/events/actors';
import { SpoorError } from '../../../shared/errors';
import type { Actor, ActorKind, ActorRole, ChronologyFile } from '../../../shared/model/chronology';
import { newEntityId, type ChronologyArea } from './chronology-area';

function requireActor(file: ChronologyFile, id: string): Actor {
  const actor = file.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new SpoorError('chronology.actorNotFound', `No actor ${id}`, { id });
  return actor;
}

/** Aliases without duplicates (of each other or of the name), compared without case and accents. */
function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldName(name)]);
  return aliases.map((alias) => alias.trim()).filter((alias) => {
    const key = foldName(alias);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A name another actor already goes by would make two actors of one: merge them instead. */
function checkNamesFree(file: ChronologyFile, names: readonly string[], self?: string): void {
  for (const name of names) {
    const owner = actorNamed(file.actors, name);
    if (owner && owner.id !== self) throw new SpoorError('chronology.invalidMerge', `“${name}” is already a name of ${owner.name}: merge the two actors instead`, { name, actor: owner.name });
  }
}

export async function addActor(area: ChronologyArea, input: { name: string; kind: ActorKind; role: ActorRole; aliases?: string[]; note?: string }): Promise<Actor> {
  const analyst = area.analyst();
  let created: Actor | undefined;
  await area.change((file) => {
    const now = area.now();
    const name = input.name.trim();
    const aliases = cleanAliases(name, input.aliases ?? []);
    checkNamesFree(file, [name, ...aliases]);
    created = { id: newEntityId(), name, kind: input.kind, role: input.role, aliases, note: input.note ?? '', mergedFrom: [], createdAt: now, createdBy: analyst, updatedAt: now, updatedBy: analyst };
    return { type: 'chronology.addActor', summary: `Actor ${name} (${input.role})`, next: { ...file, actors: [...file.actors, created] } };
  });
  return created as Actor;
}

export async function updateActor(area: ChronologyArea, id: string, patch: { name?: string; kind?: ActorKind; role?: ActorRole; aliases?: string[]; note?: string }): Promise<Actor> {
  const analyst = area.analyst();
  let updated: Actor | undefined;
  await area.change((file) => {
    const actor = requireActor(file, id);
    const name = patch.name?.trim() ?? actor.name;
    const aliases = cleanAliases(name, patch.aliases ?? actor.aliases);
    checkNamesFree(file, [name, ...aliases], id);
    updated = { ...actor, name, aliases, kind: patch.kind ?? actor.kind, role: patch.role ?? actor.role, note: patch.note ?? actor.note, updatedAt: area.now(), updatedBy: analyst };
    const roleChange = patch.role && patch.role !== actor.role ? `, role ${actor.role} → ${patch.role}` : '';
    return { type: 'chronology.updateActor', summary: `Edited actor ${name}${roleChange}`, next: { ...file, actors: file.actors.map((candidate) => (candidate.id === id ? (updated as Actor) : candidate)) } };
  });
  return updated as Actor;
}

export async function mergeActors(area: ChronologyArea, sourceId: string, targetId: string): Promise<Actor> {
  const analyst = area.analyst();
  let merged: Actor | undefined;
  await area.change((file) => {
    const source = requireActor(file, sourceId);
    const target = requireActor(file, targetId);
    const moved = eventsNaming(file.events, sourceId).length;
    const next = mergeInFile(file, sourceId, targetId, { by: analyst, at: area.now() });
    merged = requireActor(next, targetId);
    return { type: 'chronology.mergeActors', summary: `Merged actor ${source.name} into ${target.name} (${moved} event(s) follow)`, next };
  });
  return merged as Actor;
}

export async function deleteActor(area: ChronologyArea, id: string): Promise<void> {
  area.analyst();
  await area.change((file) => {
    const actor = requireActor(file, id);
    const naming = eventsNaming(file.events, id);
    if (naming.length > 0) throw new SpoorError('chronology.actorInUse', `${actor.name} is named in ${naming.length} event(s)`, { name: actor.name, count: naming.length });
    return { type: 'chronology.deleteActor', summary: `Deleted actor ${actor.name}`, next: { ...file, actors: file.actors.filter((candidate) => candidate.id !== id) } };
  });
}
