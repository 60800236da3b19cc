import { SpoorError } from '../errors';
import type { Envelope } from './envelope';
import type { EventMessage, EventName, EventPayload } from './events';
import { CHANNELS, type Channel, type Contract, type Input, type Output } from './index';

type AreaOf<C> = C extends `${infer A}:${string}` ? A : never;
type Area = AreaOf<Channel>;
type VerbsOf<A extends Area> = Extract<Channel, `${A}:${string}`>;
type VerbName<C> = C extends `${string}:${infer V}` ? V : never;

/**
 * A call whose input has no required field can be made without an argument.
 * `{}` is meant literally here: "does an empty object satisfy the input?"
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type CallArgs<C extends Channel> = {} extends Input<C> ? [input?: Input<C>] : [input: Input<C>];

type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;

/** What electron/preload exposes and the host client provides: named functions returning envelopes. */
export type RawApi = {
  [A in Area]: { [C in VerbsOf<A> as VerbName<C>]: (...args: CallArgs<C>) => Promise<Envelope<Output<C>>> };
} & { on: Subscribe };

/** What the UI uses: the same names, resolving to values and throwing SpoorError. */
export type SpoorApi = {
  [A in Area]: { [C in VerbsOf<A> as VerbName<C>]: (...args: CallArgs<C>) => Promise<Output<C>> };
} & { on: Subscribe };

export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<Envelope>;
  subscribe(listener: (message: EventMessage) => void): () => void;
}

function splitChannel(channel: Channel): [string, string] {
  const [area, verb] = channel.split(':') as [string, string];
  return [area, verb];
}

/** Builds the named functions from the contract's channel list, so no call is ever hand-wired. */
export function buildRawApi(transport: Transport): RawApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Envelope>> | Subscribe> = {};
  for (const channel of CHANNELS) {
    const [area, verb] = splitChannel(channel);
    const namespace = (api[area] ??= {}) as Record<string, (input?: unknown) => Promise<Envelope>>;
    namespace[verb] = (input?: unknown) => transport.invoke(channel, input ?? {});
  }
  const on: Subscribe = (event, listener) =>
    transport.subscribe((message) => {
      if (message.event === event) listener(message.payload as EventPayload<typeof event>);
    });
  api['on'] = on;
  return api as unknown as RawApi;
}

/** Turns envelopes into values or thrown SpoorErrors. */
export function unwrapApi(raw: RawApi): SpoorApi {
  const api: Record<string, unknown> = { on: raw.on };
  for (const channel of CHANNELS) {
    const [area, verb] = splitChannel(channel);
    const rawArea = (raw as unknown as Record<string, Record<string, (input?: unknown) => Promise<Envelope>>>)[area];
    const call = rawArea?.[verb];
    if (!call) throw new Error(`The bridge lacks ${channel}`);
    const namespace = (api[area] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    namespace[verb] = async (input?: unknown) => {
      const envelope = await call(input);
      if (!envelope.ok) throw SpoorError.fromInfo(envelope.error);
      return envelope.value;
    };
  }
  return api as SpoorApi;
}

export type { Contract };
