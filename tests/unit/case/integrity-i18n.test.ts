import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n';
import { auditProblemText, integrityDetail, recoveryText } from '../../../shared/i18n/integrity';
import { AuditProblemCode, IntegrityReason, RecoveryCode } from '../../../shared/model/integrity';
import { CaseService } from '../../../electron/core/service/case-service';
import { fixturePaths } from '../../../fixtures/generate';
import { spoorWithEnv } from '../cli/spoor';
import { tempDir } from '../helpers';

describe('integrity problems and repairs in Dutch and English', () => {
  it('has a message in both languages for every reason and repair, and they differ', () => {
    for (const reason of IntegrityReason.options) {
      for (const language of ['nl', 'en'] as const) expect(catalogs[language], reason).toHaveProperty(`integrity.reason.${reason}`);
      if (reason !== 'missing' && reason !== 'damaged') expect(catalogs.nl[`integrity.reason.${reason}`]).not.toBe(catalogs.en[`integrity.reason.${reason}`]);
    }
    for (const code of RecoveryCode.options) {
      expect(catalogs.nl).toHaveProperty(`recovery.${code}`);
      expect(catalogs.en).toHaveProperty(`recovery.${code}`);
    }
    expect(AuditProblemCode.options.every((code) => IntegrityReason.options.includes(code))).toBe(true);
  });

  it('says a problem with its values in the reader’s language', () => {
    expect(integrityDetail('nl', { reason: 'sizeChanged', params: { size: 10, expected: 12 } })).toBe('grootte is 10 bytes, niet 12');
    expect(integrityDetail('en', { reason: 'sizeChanged', params: { size: 10, expected: 12 } })).toBe('size is 10 bytes, not 12');
    expect(integrityDetail('nl', { reason: 'auditEdited', params: { line: 3 } })).toBe('regel 3: de inhoud past niet bij de hash: de regel is bewerkt');
    expect(auditProblemText('en', { code: 'auditSequence', params: { found: 4, expected: 3 } })).toBe('sequence number 4 where 3 was expected: an entry was removed or inserted');
    expect(recoveryText('nl', { code: 'tempFilesRemoved', params: { count: 2 } })).toBe('2 tijdelijk(e) bestand(en) van een onderbroken opslag verwijderd');
  });

  it('reports a broken audit line, a changed file and a repair on opening with codes the CLI says in Dutch', async () => {
    const dir = await tempDir();
    const service = new CaseService({ casesDir: dir });
    const root = (await service.createCase('Zaak')).path;
    await service.importFiles([{ path: fixturePaths().notesTxt, name: 'notitie.txt', origin: 'notitie.txt' }]);
    await service.dispose();
    await fs.writeFile(path.join(root, 'extra.json'), '{}');
    await fs.writeFile(path.join(root, '.tmp-verweesd'), 'x'.repeat(10));
    const lines = (await fs.readFile(path.join(root, 'audit.jsonl'), 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('documents.import', 'documents.imporT');
    await fs.writeFile(path.join(root, 'audit.jsonl'), lines.join('\n'));

    const reopened = new CaseService({ casesDir: dir });
    await reopened.openCase(root);
    const report = await reopened.verify(true);
    await reopened.dispose();
    expect(report.recovered.map((note) => note.code)).toEqual(['tempFilesRemoved']);
    expect(report.problems.map((problem) => [problem.kind, problem.reason, problem.params])).toEqual([
      ['fileChanged', 'notRecorded', {}],
      ['auditBroken', 'auditEdited', { line: 2 }],
    ]);

    const dutch = await spoorWithEnv({ SPOOR_LANG: 'nl' }, 'verify', root);
    expect(dutch.code).toBe(1);
    expect(dutch.stdout).toContain('niet vastgelegd in het auditlogboek: buiten Spoor geschreven');
    expect(dutch.stdout).toContain('regel 2: de inhoud past niet bij de hash: de regel is bewerkt');
    const english = await spoorWithEnv({}, 'verify', root, '--json');
    expect(JSON.parse(english.stdout).problems[1]).toEqual({ kind: 'auditBroken', file: 'audit.jsonl', detail: 'line 2: its content does not match its hash: the entry was edited', reason: 'auditEdited', params: { line: 2 } });
  });
});
