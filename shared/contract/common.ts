import { z } from 'zod';

/** Input of a call that takes none: an empty object, nothing else. */
export const NoInput = z.strictObject({});

/** Output of a call that returns nothing of interest. */
export const Done = z.strictObject({ ok: z.literal(true) });
export const DONE = { ok: true } as const;
