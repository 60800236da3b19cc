import type { z } from 'zod';

/** One request/response call of the contract: what goes in, what comes back. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output };
}

/** Channel names are `area:verb`; the area becomes the namespace on window.spoor. */
export const CHANNEL_PATTERN = /^[a-z]+:[a-z][A-Za-z]*$/;
