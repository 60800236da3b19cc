import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { formatFigures, runCrashTest } from '../../bench/crash/harness';

/** The quick version of the crash test; `npm run test:soak` runs it with 200 kills. */
describe('the crash test (quick: 10 kills)', () => {
  it('reopens the case after every SIGKILL, passing the integrity check, with every reported change kept', { timeout: 180_000 }, async () => {
    const figures = await runCrashTest({ kills: 10, samplePdf: fixturePaths().samplePdf, maxDelayMs: 1200 });
    console.log(`[crash test]\n${formatFigures(figures)}`);
    expect(figures.integrityFailures).toEqual([]);
    expect(figures.changesLost).toEqual([]);
    expect(figures.kills).toBe(10);
    expect(figures.opens).toBe(10);
    expect(figures.staleLocksDetected).toBe(10);
    // The workload really worked between kills: the test would prove nothing on an idle case.
    expect(figures.changesReported).toBeGreaterThan(20);
  });
});
