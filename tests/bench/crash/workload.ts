/**
 * The crash test's child process: opens the case and makes changes as fast
 * as it can, printing `SAVED <json>` after each one resolves, until it is
 * killed. Usage: workload.ts <case> <scratch dir> <child number> <seed> <sample pdf>
 */
import { CaseService } from '../../../electron/core/service/case-service';
import { pickStep, seededRandom, type StepContext } from './steps';

const [root, scratch, childArg, seedArg, samplePdf] = process.argv.slice(2);
if (!root || !scratch || !childArg || !seedArg || !samplePdf) throw new Error('usage: workload.ts <case> <scratch> <child> <seed> <sample pdf>');

const service = new CaseService({ casesDir: scratch, analyst: () => 'crash test', holder: 'crash workload', backupIntervalMs: 250 });
await service.openCase(root, { takeOver: true });
process.stdout.write('READY\n');

let counter = 0;
const context: StepContext = { service, scratch, child: Number(childArg), next: () => ++counter, samplePdf, random: seededRandom(Number(seedArg)) };
for (;;) {
  const change = await pickStep(context.random).run(context);
  // On Linux a write to a pipe is synchronous: once this returns, the parent has the line even if we die next.
  if (change) process.stdout.write(`SAVED ${JSON.stringify(change)}\n`);
}
