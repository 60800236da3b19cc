import fs from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { spoor } from '../cli/spoor';
import { fixturePaths } from '../../../fixtures/generate';
import { tempDir } from '../helpers';

describe('spoor export', () => {
  it('writes a REFI-QDA project, a codebook and a coding export, with stable --json', async () => {
    const dir = await tempDir();
    const casePath = JSON.parse((await spoor('case', 'create', path.join(dir, 'Zaak'), '--json')).stdout).path as string;
    expect((await spoor('import', casePath, fixturePaths().samplePdf)).code).toBe(0);

    const qdpx = await spoor('export', casePath, '--format', 'qdpx', '--out', path.join(dir, 'zaak.qdpx'), '--json');
    expect(qdpx.code).toBe(0);
    expect(JSON.parse(qdpx.stdout)).toEqual({ format: 'qdpx', path: path.join(dir, 'zaak.qdpx'), sources: 1, segments: 0, skipped: 0 });
    expect(Object.keys(unzipSync(new Uint8Array(await fs.readFile(path.join(dir, 'zaak.qdpx')))))).toContain('project.qde');

    const qdc = await spoor('export', casePath, '--format', 'qdc', '--json');
    const written = JSON.parse(qdc.stdout).path as string;
    expect(written).toBe(path.join(casePath, 'exports', 'Zaak-codeboek.qdc'));
    expect(await fs.readFile(written, 'utf8')).toContain('name="De minister uit de wind houden"');

    // A coding export says who made it, so it needs a name.
    const nameless = await spoor('export', casePath, '--format', 'coding', '--json');
    expect(nameless.code).toBe(1);
    expect(JSON.parse(nameless.stdout).error.code).toBe('coding.noAnalyst');
    const coding = await spoor('export', casePath, '--format', 'coding', '--analyst', 'Anna', '--out', path.join(dir, 'anna.json'));
    expect(coding.code).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'anna.json'), 'utf8'))).toMatchObject({ format: 'spoor-coding', exportedBy: 'Anna', caseName: 'Zaak' });

    expect((await spoor('export', casePath, '--format', 'pdf')).code).toBe(2);
  });
});
