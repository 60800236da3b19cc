import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { tempDir } from '../helpers';
import { spoorWithEnv } from './spoor';

const fixtures = fixturePaths();
const spoor = (...args: string[]) => spoorWithEnv({ SPOOR_ANALYST: 'J. de Vries' }, ...args);

describe('spoor verify, audit, backup and restore', () => {
  it('verifies a case, logs who did what, and names a changed original', async () => {
    const dir = await tempDir();
    const casePath = path.join(dir, 'Zaak.spoor');
    await spoor('case', 'create', casePath);
    await spoor('import', casePath, fixtures.notesTxt, fixtures.samplePdf);

    const ok = await spoor('verify', casePath, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ full: true, documents: 2, originalsVerified: 2, problems: [], audit: { valid: true, entries: 3 } });

    const log = JSON.parse((await spoor('audit', casePath, '--json')).stdout);
    expect(log.entries.map((entry: { type: string; analyst: string }) => [entry.type, entry.analyst])).toEqual([
      ['case.create', 'J. de Vries'],
      ['documents.import', 'J. de Vries'],
      ['documents.import', 'J. de Vries'],
    ]);
    expect(log.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await spoor('audit', casePath, '--verify')).stdout).toContain(`intact: 3 entries, head ${log.headHash}`);

    const docs = JSON.parse((await spoor('docs', casePath, '--json')).stdout) as Array<{ sha256: string; title: string }>;
    const pdf = docs.find((doc) => doc.title === 'rapport-signalen')!;
    const original = path.join(casePath, 'originals', pdf.sha256.slice(0, 2), `${pdf.sha256}.pdf`);
    await fs.appendFile(original, 'x');
    const bad = await spoor('verify', casePath);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`originalChanged +originals/${pdf.sha256.slice(0, 2)}/${pdf.sha256}\\.pdf +\\(rapport-signalen\\) +SHA-256 is now`));
  });

  it('detects an edited audit log and exits 1', async () => {
    const casePath = path.join(await tempDir(), 'Zaak.spoor');
    await spoor('case', 'create', casePath);
    await spoor('import', casePath, fixtures.notesTxt);
    const auditFile = path.join(casePath, 'audit.jsonl');
    await fs.writeFile(auditFile, (await fs.readFile(auditFile, 'utf8')).replace('J. de Vries', 'Iemand anders'));
    const verified = await spoor('audit', casePath, '--verify', '--json');
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.stdout)).toMatchObject({ valid: false, problems: [{ line: 1, reason: expect.stringMatching(/edited/) }] });
  });

  it('backs up, lists backups, and restores a case whose documents.json was damaged', async () => {
    const casePath = path.join(await tempDir(), 'Zaak.spoor');
    await spoor('case', 'create', casePath);
    await spoor('import', casePath, fixtures.notesTxt);
    const made = await spoor('backup', casePath, '--json');
    expect(made.code).toBe(0);
    const backup = JSON.parse(made.stdout);
    expect(backup).toMatchObject({ reason: 'manual', files: expect.arrayContaining(['documents.json', 'audit.jsonl']) });

    await fs.writeFile(path.join(casePath, 'documents.json'), '{"version": 1, "documents": [{');
    const broken = await spoor('docs', casePath);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The case file documents.json is damaged');

    const listed = JSON.parse((await spoor('backup', casePath, '--list', '--json')).stdout) as Array<{ id: string }>;
    expect(listed.map((item) => item.id)).toContain(backup.id);
    const restored = await spoor('restore', casePath, backup.id, '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: expect.arrayContaining(['documents.json']), summary: { documentCount: 1 } });
    expect((await spoor('verify', casePath)).code).toBe(0);
  });

  it('has --help with --json for every new verb', async () => {
    for (const verb of ['verify', 'audit', 'backup', 'restore']) {
      const help = await spoor(verb, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--json');
    }
  });
});
