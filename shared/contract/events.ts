import { z } from 'zod';
import { CASE_TABS } from '../model/case-tabs';
import { ImportProgress } from '../model/import';

/** The one IPC channel on which Electron's main process pushes these events to the renderer. */
export const EVENT_CHANNEL = 'spoor:event';

/**
 * The app's own actions in Electron's native menu (File, View, Help). Each is
 * the id of a renderer command: main says which was chosen, the renderer runs it.
 */
export const MenuCommand = z.enum([
  'case.new',
  'case.open',
  'case.openDemo',
  'documents.import',
  'case.close',
  'palette.open',
  ...CASE_TABS.map((tab) => `view.${tab.id}` as const),
  'help.shortcuts',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Events pushed from the back end to the UI. */
export const events = {
  'import:progress': ImportProgress,
  /** While `case:verify` hashes the originals: documents done of total. */
  'verify:progress': z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  /** A menu item of Electron's native menu was chosen. */
  'menu:command': z.strictObject({ command: MenuCommand }),
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
