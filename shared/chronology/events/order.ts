import type { ChronologyEvent } from '../../model/chronology';
import { sortKey, sortChronologically } from '../fuzzy-date';

/**
 * The chronology in date order. Dates sort by their span (fuzzy-date/order);
 * events whose dates tie keep the analyst's manual order, which is the order
 * of the stored array. The same events always come out in the same order.
 */
export function chronologicalOrder<E extends Pick<ChronologyEvent, 'date'>>(events: readonly E[]): E[] {
  const rank = new Map(events.map((event, index) => [event, index]));
  return sortChronologically(events, (event) => event.date, (event) => rank.get(event) ?? 0);
}

/** True when two dates sort to the same place, so that only the manual order separates them. */
export function datesTie(a: Pick<ChronologyEvent, 'date'>, b: Pick<ChronologyEvent, 'date'>): boolean {
  const left = sortKey(a.date);
  const right = sortKey(b.date);
  return left.earliest === right.earliest && left.latest === right.latest;
}

/**
 * Moves an event one place earlier or later among the events its date ties
 * with, by swapping the two in the stored (manual) order. Returns the new
 * stored order, or undefined when there is no tied neighbour in that direction.
 */
export function moveAmongTies<E extends Pick<ChronologyEvent, 'id' | 'date'>>(events: readonly E[], id: string, direction: 'earlier' | 'later'): E[] | undefined {
  const ordered = chronologicalOrder(events);
  const at = ordered.findIndex((event) => event.id === id);
  if (at === -1) return undefined;
  const neighbour = ordered[direction === 'earlier' ? at - 1 : at + 1];
  const self = ordered[at] as E;
  if (!neighbour || !datesTie(self, neighbour)) return undefined;
  const stored = [...events];
  const i = stored.indexOf(self);
  const j = stored.indexOf(neighbour);
  stored[i] = neighbour;
  stored[j] = self;
  return stored;
}

/** For each event id: whether a tied neighbour exists before and after it (for the move buttons). */
export function tieNeighbours<E extends Pick<ChronologyEvent, 'id' | 'date'>>(ordered: readonly E[]): Map<string, { earlier: boolean; later: boolean }> {
  const result = new Map<string, { earlier: boolean; later: boolean }>();
  ordered.forEach((event, index) => {
    const before = ordered[index - 1];
    const after = ordered[index + 1];
    result.set(event.id, { earlier: before !== undefined && datesTie(before, event), later: after !== undefined && datesTie(event, after) });
  });
  return result;
}
