import { z } from 'zod';
import { ImportProgress } from '../model/import';

/** The one IPC channel on which Electron's main process pushes these events to the renderer. */
export const EVENT_CHANNEL = 'spoor:event';

/** Events pushed from the back end to the UI. */
export const events = {
  'import:progress': ImportProgress,
  /** While `case:verify` hashes the originals: documents done of total. */
  'verify:progress': z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export interface EventMessage<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
