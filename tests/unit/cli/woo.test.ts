import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { planRelease } from '../../../fixtures/woo-release';
import { WooReport } from '../../../shared/model/woo';
import { projectRoot, tempDir } from '../helpers';

const run = promisify(execFile);
const SPOOR = path.join(projectRoot, 'electron/cli/spoor.mjs');
const fixtures = fixturePaths();

async function spoor(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [SPOOR, ...args], { env: { ...process.env, LANG: 'C', SPOOR_LANG: '' }, maxBuffer: 64 * 1024 ** 2 });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}

describe('spoor import and spoor woo', () => {
  it('imports a Woo release and every format folder, and prints the reconciliation as JSON', { timeout: 180_000 }, async () => {
    const plan = planRelease();
    const casePath = path.join(await tempDir(), 'Woo.spoor');
    expect((await spoor('case', 'create', casePath)).code).toBe(0);
    const imported = await spoor('import', casePath, fixtures.wooDir, fixtures.formats.mailEml, fixtures.formats.archive, '--json');
    const report = JSON.parse(imported.stdout) as { results: Array<{ status: string; file: string; parts?: number }> };
    expect(report.results.find((r) => r.file === 'documenten-bundel.pdf')).toMatchObject({ status: 'imported', parts: plan.documents.length });
    expect(report.results.filter((r) => r.status === 'failed').map((r) => r.file)).toEqual(['archief.zip › stukken/kapot.pdf']);
    expect(imported.code).toBe(1);

    const woo = await spoor('woo', casePath, '--json');
    expect(woo.code).toBe(0);
    const parsed = WooReport.parse(JSON.parse(woo.stdout));
    expect(parsed.releases[0]?.counts).toEqual({ rows: plan.inventoryRows, found: plan.found, missing: 3, extra: 1 });
    expect(parsed.bundles[0]?.parts[0]).toMatchObject({ number: '1', firstPage: 1, inventory: { id: '1' }, metadata: { documentType: 'e-mail' } });
    expect(parsed.documents.find((d) => d.pages.length > 0)?.pages[0]?.grounds).toBeDefined();

    const text = await spoor('woo', casePath);
    expect(text.stdout).toMatch(new RegExp(`Release inventarislijst \\(Inventarislijst\\): ${plan.inventoryRows} rows, ${plan.found} found, 3 missing, 1 extra`));
    expect(text.stdout).toContain(`  missing  row `);
  });
});
