/**
 * How long building the demo case takes (generating the documents, importing
 * them with OCR of the scanned page, coding, chronology, search index), and
 * opening it again once it exists.
 *   npx tsx tests/bench/demo.ts
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDemoCase } from '../../electron/core/demo/demo-case';
import { CaseService } from '../../electron/core/service/case-service';

const casesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-bench-demo-'));
const service = new CaseService({ casesDir });
try {
  let started = performance.now();
  const summary = await openDemoCase(service);
  console.log(`built and opened "${summary.name}" (${summary.documentCount} documents) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await service.closeCase();
  started = performance.now();
  await openDemoCase(service);
  console.log(`opened again (with its integrity check) in ${Math.round(performance.now() - started)} ms`);
} finally {
  await service.dispose();
  await fs.rm(casesDir, { recursive: true, force: true });
}
