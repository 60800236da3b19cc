/**
 * Imported first by main.tsx, before any schema exists: zod probes for eval
 * (`new Function`) when an object schema is built, to compile fast parsers.
 * The CSP forbids eval, so the probe fails harmlessly but is reported as a
 * policy violation; jitless mode skips it.
 */
import { z } from 'zod';

z.config({ jitless: true });
