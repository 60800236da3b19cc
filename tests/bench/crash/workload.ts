/**
 * The crash test's child process: opens the case with every area attached,
 * as the app does, and makes changes as fast as it can until it is killed.
 * Before each change it prints `WILL <keys>`, after it `SAVED <step and key
 * values>` (see steps.ts).
 *   workload.ts <case> <scratch dir> <child number> <seed> <sample pdf>
 */
import { SpoorError } from '../../../shared/errors';
import { caseApi } from '../../case-api';
import { observe } from './observe';
import { pickStep, seededRandom, type StepContext } from './steps';

const [root, scratch, childArg, seedArg, samplePdf] = process.argv.slice(2);
if (!root || !scratch || !childArg || !seedArg || !samplePdf) throw new Error('usage: workload.ts <case> <scratch> <child> <seed> <sample pdf>');

const api = await caseApi({ casesDir: scratch, analystName: 'crash test', holder: 'crash workload', backupIntervalMs: 250 });
await api.service.openCase(root, { takeOver: true });
process.stdout.write('READY\n');

/** Refusals a step can meet on a case it did not plan (a range of only spaces, a code retired meanwhile): not failures. */
const REFUSAL = /^(coding|codebook|chronology|search)\./;

// On Linux a write to a pipe is synchronous: once it returns, the parent has the line even if we die next.
const print = (line: string) => process.stdout.write(`${line}\n`);
let counter = 0;
let step = '';
const context: StepContext = {
  ...api,
  scratch,
  child: Number(childArg),
  next: () => ++counter,
  samplePdf,
  random: seededRandom(Number(seedArg)),
  change: async (keys, make) => {
    print(`WILL ${JSON.stringify(keys)}`);
    let learned: readonly string[] = [];
    try {
      learned = (await make()) ?? [];
    } catch (error) {
      if (!(error instanceof SpoorError && REFUSAL.test(error.code))) throw error;
    }
    const values = await observe(api, [...keys, ...learned]);
    print(`SAVED ${JSON.stringify({ step, values: [...values] })}`);
  },
};
for (;;) {
  const next = pickStep(context.random);
  step = next.name;
  await next.run(context);
}
