import type { Actor, ActorRole, ChronologyEvent, EventType, VerificationStatus } from '../../model/chronology';
import { spanOf } from '../fuzzy-date';
import { daysFromCivil, parseCivilDay, SECONDS_PER_DAY } from '../fuzzy-date/civil';

/** What the views filter on; every field left out lets everything through. */
export interface EventFilter {
  codeId?: string;
  actorId?: string;
  role?: ActorRole;
  type?: EventType;
  status?: VerificationStatus;
  /** `YYYY-MM-DD`, both included: events whose span overlaps the period. */
  from?: string;
  to?: string;
}

function dayStart(text: string | undefined): number | undefined {
  const day = text ? parseCivilDay(text) : undefined;
  return day ? daysFromCivil(day.year, day.month, day.day) * SECONDS_PER_DAY : undefined;
}

/** Everyone an event names: its actors, and the sender and addressee of its signal. */
export function actorsOf(event: ChronologyEvent): string[] {
  return [...new Set([...event.actorIds, ...(event.signal ? [event.signal.fromActorId, event.signal.toActorId] : [])])];
}

export function matchesFilter(event: ChronologyEvent, actors: ReadonlyMap<string, Actor>, filter: EventFilter): boolean {
  if (filter.type && event.type !== filter.type) return false;
  if (filter.status && event.status !== filter.status) return false;
  if (filter.codeId && !event.codeIds.includes(filter.codeId) && !event.signal?.codeIds.includes(filter.codeId)) return false;
  const named = actorsOf(event);
  if (filter.actorId && !named.includes(filter.actorId)) return false;
  if (filter.role && !named.some((id) => actors.get(id)?.role === filter.role)) return false;
  const from = dayStart(filter.from);
  const to = dayStart(filter.to);
  if (from !== undefined || to !== undefined) {
    const span = spanOf(event.date);
    if (from !== undefined && span.latest !== null && span.latest < from) return false;
    if (to !== undefined && span.earliest !== null && span.earliest >= to + SECONDS_PER_DAY) return false;
  }
  return true;
}

export function filterEvents(events: readonly ChronologyEvent[], actors: readonly Actor[], filter: EventFilter): ChronologyEvent[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return events.filter((event) => matchesFilter(event, byId, filter));
}
