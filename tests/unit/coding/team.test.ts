import { describe, expect, it } from 'vitest';
import { codingCase } from './helpers';

const TEXT = 'Eerste zin over de minister.\nTweede zin: het signaal bleef intern.\nDerde zin zonder code.';

describe('team work: export, merge by SHA-256, agreement', () => {
  it('merges another analyst’s export into a case with the same document and computes agreement', async () => {
    const anna = await codingCase('Anna', 'Anna');
    const docA = await anna.importText('notitie.txt', TEXT);
    await anna.call('coding:apply', { documentId: docA, page: 1, start: 0, end: 28, codeIds: ['BO1'] });
    await anna.call('coding:apply', { documentId: docA, page: 1, start: 29, end: 66, codeIds: ['SV2'] });
    await anna.call('memos:add', { target: { kind: 'document', documentId: docA }, text: 'Annas memo' });
    await anna.call('codebook:add', { label: { nl: 'Eigen code', en: 'Own code' } });
    const exported = await anna.call('coding:exportBundle', {});
    expect(exported.fileName).toMatch(/^Anna-Anna-\d{4}-\d{2}-\d{2}\.spoor-coding\.json$/);

    const bram = await codingCase('Bram', 'Bram');
    // Same bytes under another name: matched by SHA-256.
    const docB = await bram.importText('andere-naam.txt', TEXT);
    expect(docB).toBe(docA);
    await bram.call('coding:apply', { documentId: docB, page: 1, start: 0, end: 15, codeIds: ['BO1'] });
    await bram.call('coding:apply', { documentId: docB, page: 1, start: 29, end: 66, codeIds: ['SV2'] });

    const preview = await bram.call('coding:mergePreview', { content: exported.content });
    expect(preview).toMatchObject({ from: { analyst: 'Anna' }, matchedDocuments: 1, missingDocuments: [], newPassages: 2, newMemos: 1, conflicts: [] });
    expect(preview.newCodes).toEqual([{ id: 'K1', label: 'Eigen code' }]);
    // A preview changes nothing.
    expect((await bram.call('coding:retrieve', {})).total).toBe(2);

    const outcome = await bram.call('coding:mergeApply', { token: preview.token, resolutions: {} });
    expect(outcome).toMatchObject({ addedPassages: 2, addedMemos: 1, addedCodes: 1, analysts: ['Anna', 'Bram'] });
    await expect(bram.call('coding:mergeApply', { token: preview.token, resolutions: {} })).rejects.toMatchObject({ code: 'coding.mergeExpired' });

    const report = await bram.call('coding:agreement', { analystA: 'Anna', analystB: 'Bram' });
    expect(report.characters).toBe(TEXT.length);
    const sv2 = report.perCode.find((row) => row.codeId === 'SV2');
    expect(sv2).toMatchObject({ both: 37, aOnly: 0, bOnly: 0, kappa: 1 });
    const bo1 = report.perCode.find((row) => row.codeId === 'BO1');
    expect(bo1).toMatchObject({ both: 15, aOnly: 13, bOnly: 0 });
    expect(report.disagreements).toEqual([
      expect.objectContaining({ codeId: 'BO1', start: 0, end: 28, text: 'Eerste zin over de minister.', aRanges: [[0, 28]], bRanges: [[0, 15]] }),
    ]);

    // Merging the same export again adds nothing: everything is identical.
    const again = await bram.call('coding:mergePreview', { content: exported.content });
    expect(again).toMatchObject({ newPassages: 0, newMemos: 0, conflicts: [], identical: 3 });
  });

  it('shows conflicts and overwrites nothing without a choice', async () => {
    const anna = await codingCase('Anna', 'Anna');
    const doc = await anna.importText('notitie.txt', TEXT);
    const passage = await anna.call('coding:apply', { documentId: doc, page: 1, start: 0, end: 28, codeIds: ['BO1'] });
    const memo = await anna.call('memos:add', { target: { kind: 'passage', passageId: passage.id }, text: 'Versie van Anna' });
    const first = await anna.call('coding:exportBundle', {});

    // Bram starts from Anna's work, then both go on separately.
    const bram = await codingCase('Bram', 'Bram');
    await bram.importText('notitie.txt', TEXT);
    const seed = await bram.call('coding:mergePreview', { content: first.content });
    await bram.call('coding:mergeApply', { token: seed.token, resolutions: {} });
    await bram.call('coding:apply', { documentId: doc, page: 1, start: 0, end: 28, codeIds: ['BO3'] });
    await bram.call('memos:update', { id: memo.id, text: 'Versie van Bram' });
    await bram.call('codebook:update', { id: 'BO1', color: '#000000' });
    const fromBram = await bram.call('coding:exportBundle', {});

    const preview = await anna.call('coding:mergePreview', { content: fromBram.content });
    expect(preview.conflicts.map((c) => c.id).sort()).toEqual(['code:BO1', `memo:${memo.id}`, `passage:${passage.id}`]);
    await expect(anna.call('coding:mergeApply', { token: preview.token, resolutions: { 'code:BO1': 'ours' } })).rejects.toMatchObject({
      code: 'coding.mergeUnresolved',
      details: { count: 2 },
    });
    await anna.call('coding:mergeApply', { token: preview.token, resolutions: { 'code:BO1': 'ours', [`passage:${passage.id}`]: 'both', [`memo:${memo.id}`]: 'both' } });
    const [merged] = (await anna.call('coding:page', { documentId: doc, page: 1 })).passages;
    expect(merged?.codes.map((c) => `${c.codeId}/${c.analyst}`)).toEqual(['BO1/Anna', 'BO3/Bram']);
    expect((await anna.call('memos:list', {})).map((m) => m.text).sort()).toEqual(['Versie van Anna', 'Versie van Bram']);
    expect((await anna.call('codebook:get', {})).codes.find((c) => c.id === 'BO1')?.color).toBe('#d1495b');
    // The whole merge is one undoable action.
    await anna.call('coding:undo', {});
    expect((await anna.call('memos:list', {})).map((m) => m.text)).toEqual(['Versie van Anna']);
  });

  it('skips passages on documents this case lacks and says which', async () => {
    const anna = await codingCase('Anna', 'Anna');
    const doc = await anna.importText('alleen-bij-anna.txt', TEXT);
    await anna.call('coding:apply', { documentId: doc, page: 1, start: 0, end: 28, codeIds: ['BO1'] });
    const exported = await anna.call('coding:exportBundle', {});
    const bram = await codingCase('Bram', 'Bram');
    const preview = await bram.call('coding:mergePreview', { content: exported.content });
    expect(preview).toMatchObject({ matchedDocuments: 0, skippedPassages: 1, newPassages: 0, missingDocuments: [{ title: 'alleen-bij-anna' }] });
  });

  it('rejects what is not a coding export with a clear error', async () => {
    const { call } = await codingCase();
    await expect(call('coding:mergePreview', { content: 'not json' })).rejects.toMatchObject({ code: 'coding.bundleInvalid' });
    await expect(call('coding:mergePreview', { content: '{"format":"spoor-coding","version":2}' })).rejects.toMatchObject({ code: 'coding.bundleInvalid' });
  });
});
