/**
 * The crash test's workload: one step per kind of change a case has. Before
 * a change the child prints `WILL <keys>` (the things it may change), after
 * the back end has answered it prints `SAVED <key values>` (what those things
 * now are, read back through the UI's calls). After killing the child, the
 * parent checks every key against the last value reported saved; only the
 * keys of the one change in flight at the kill may be either way.
 *
 * A capability that adds a kind of change adds a step (import-steps.ts,
 * analysis-steps.ts) and, for a new kind of thing, a kind of key (observe.ts).
 */
import type { CaseApi } from '../../case-api';
import { ANALYSIS_STEPS } from './analysis-steps';
import { IMPORT_STEPS } from './import-steps';

export interface StepContext extends CaseApi {
  /** Scratch folder outside the case for files to import. */
  scratch: string;
  /** The running child's number, so each child's names are its own. */
  child: number;
  /** Counts this child's changes. */
  next: () => number;
  samplePdf: string;
  random: () => number;
  /** Runs one change: announces the keys it may touch, makes it, and reports their values once saved (or refused). */
  change: (keys: readonly string[], make: () => Promise<readonly string[] | void>) => Promise<void>;
}

export interface Step {
  name: string;
  weight: number;
  run: (context: StepContext) => Promise<void>;
}

export const STEPS: readonly Step[] = [...IMPORT_STEPS, ...ANALYSIS_STEPS];

/** Picks a step by weight. */
export function pickStep(random: () => number): Step {
  const total = STEPS.reduce((sum, step) => sum + step.weight, 0);
  let roll = random() * total;
  for (const step of STEPS) {
    roll -= step.weight;
    if (roll < 0) return step;
  }
  return STEPS[0] as Step;
}

/** One of `items`, or undefined when there are none. */
export function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** Deterministic, so a failing run can be repeated from its seed. */
export { seededRandom } from '../../../fixtures/random';
