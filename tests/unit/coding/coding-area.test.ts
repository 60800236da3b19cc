import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codingCase } from './helpers';

const MEMO_TEXT = [
  'Notitie van de directie.',
  'De Belastingdienst heeft dit signaal destijds niet doorgegeven aan de minister.',
  'De minister werd pas in 2019 geïnformeerd.',
].join('\n');

function rangeOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
}

describe('coding a case through the contract', () => {
  it('ships the default codebook and writes it into the case folder', async () => {
    const { call, service } = await codingCase();
    const codebook = await call('codebook:get', {});
    const ids = codebook.codes.map((code) => code.id);
    expect(ids).toEqual(['A', 'BO1', 'BO2', 'BO3', 'BO4', 'BO5', 'BO6', 'B', 'SV1', 'SV2', 'SV3', 'SV4', 'SV5', 'SV6', 'SV7', 'SV8', 'C', 'DW1', 'DW2', 'DW3', 'DW4']);
    expect(codebook.codes.find((c) => c.id === 'BO1')).toMatchObject({ label: { nl: 'De minister uit de wind houden', en: 'Shielding the minister' }, shortcut: '1', codable: true });
    expect(codebook.codes.every((c) => c.codable === (c.parentId !== null))).toBe(true);
    const shortcuts = codebook.codes.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(18);
    const onDisk = JSON.parse(await fs.readFile(path.join(service.requireStore().root, 'codebook.json'), 'utf8'));
    expect(onDisk.codes).toHaveLength(21);
  });

  it('codes a range with the quote from the stored text, adds codes to the same range, and retrieves it', async () => {
    const { call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const quote = 'De Belastingdienst heeft dit signaal destijds niet doorgegeven aan de minister.';
    const { start, end } = rangeOf(MEMO_TEXT, quote);
    // The selection dragged a newline and a space along: they are trimmed off.
    const passage = await call('coding:apply', { documentId, page: 1, start: start - 1, end: end + 1, codeIds: ['SV1'] });
    expect(passage.anchor).toMatchObject({ page: 1, start, end, exact: quote, prefix: 'Notitie van de directie.\n' });
    expect(passage.codes).toEqual([{ codeId: 'SV1', analyst: 'Anna', at: expect.any(String) }]);

    const again = await call('coding:apply', { documentId, page: 1, start, end, codeIds: ['BO1', 'SV1'] });
    expect(again.id).toBe(passage.id);
    expect(again.codes.map((c) => c.codeId)).toEqual(['SV1', 'BO1']);

    const { passages } = await call('coding:page', { documentId, page: 1 });
    expect(passages).toHaveLength(1);
    const retrieved = await call('coding:retrieve', { codeId: 'BO1' });
    expect(retrieved.total).toBe(1);
    expect(retrieved.items[0]).toMatchObject({ documentTitle: 'notitie', passage: { id: passage.id } });
    const viaGroup = await call('coding:retrieve', { codeId: 'A', includeSubcodes: true });
    expect(viaGroup.total).toBe(1);
    expect((await call('coding:retrieve', { codeId: 'A' })).total).toBe(0);

    const counts = await call('coding:counts', {});
    expect(counts.rows).toEqual([{ documentId, counts: { SV1: 1, BO1: 1 } }]);
  });

  it('refuses group headings, retired codes, empty selections and coding without a name', async () => {
    const { call, importText, settings } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    await expect(call('coding:apply', { documentId, page: 1, start: 0, end: 7, codeIds: ['A'] })).rejects.toMatchObject({ code: 'coding.codeNotCodable' });
    await expect(call('coding:apply', { documentId, page: 1, start: 0, end: 7, codeIds: ['NOPE'] })).rejects.toMatchObject({ code: 'codebook.codeNotFound' });
    await expect(call('coding:apply', { documentId, page: 1, start: 24, end: 25, codeIds: ['BO1'] })).rejects.toMatchObject({ code: 'coding.invalidRange' });
    await expect(call('coding:apply', { documentId, page: 1, start: 0, end: 99_999, codeIds: ['BO1'] })).rejects.toMatchObject({ code: 'coding.invalidRange' });
    await expect(call('coding:apply', { documentId, page: 2, start: 0, end: 5, codeIds: ['BO1'] })).rejects.toMatchObject({ code: 'document.pageOutOfRange' });
    await call('codebook:retire', { id: 'BO2' });
    await expect(call('coding:apply', { documentId, page: 1, start: 0, end: 7, codeIds: ['BO2'] })).rejects.toMatchObject({ code: 'coding.codeNotCodable' });
    await settings.update({ analystName: '  ' });
    await expect(call('coding:apply', { documentId, page: 1, start: 0, end: 7, codeIds: ['BO1'] })).rejects.toMatchObject({ code: 'coding.noAnalyst' });
  });

  it('undoes and redoes coding, memos and codebook changes, on disk too', async () => {
    const { call, importText, service } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const passage = await call('coding:apply', { documentId, page: 1, start: 0, end: 24, codeIds: ['BO3'] });
    const memo = await call('memos:add', { target: { kind: 'passage', passageId: passage.id }, text: 'Eerste notitie over dit signaal' });
    expect((await call('coding:history', {})).undo).toContain('Memo on passage');

    await call('coding:undo', {});
    expect(await call('memos:list', {})).toEqual([]);
    await call('coding:undo', {});
    expect((await call('coding:page', { documentId, page: 1 })).passages).toEqual([]);
    const onDisk = JSON.parse(await fs.readFile(path.join(service.requireStore().root, 'coding.json'), 'utf8'));
    expect(onDisk.passages).toEqual([]);
    await expect(call('coding:undo', {})).rejects.toMatchObject({ code: 'coding.nothingToUndo' });

    await call('coding:redo', {});
    await call('coding:redo', {});
    expect((await call('coding:page', { documentId, page: 1 })).passages.map((p) => p.id)).toEqual([passage.id]);
    expect((await call('memos:list', { target: { kind: 'passage', passageId: passage.id } })).map((m) => m.id)).toEqual([memo.id]);

    await call('codebook:update', { id: 'BO3', label: { nl: 'Geen weg terug', en: 'No way back' }, color: '#123456' });
    await call('coding:undo', {});
    expect((await call('codebook:get', {})).codes.find((c) => c.id === 'BO3')?.label.nl).toBe('Niet op je schreden terugkeren');
    // A new action clears what could be redone.
    await call('coding:apply', { documentId, page: 1, start: 0, end: 7, codeIds: ['BO1'] });
    expect((await call('coding:history', {})).redo).toBeNull();
  });

  it('deleting a passage takes its memos along, and undo brings both back', async () => {
    const { call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const passage = await call('coding:apply', { documentId, page: 1, start: 0, end: 24, codeIds: ['BO3'] });
    await call('memos:add', { target: { kind: 'passage', passageId: passage.id }, text: 'waarom' });
    const removed = await call('coding:removeCode', { passageId: passage.id, codeId: 'BO3' });
    expect(removed.passage).toBeNull();
    expect(await call('memos:list', {})).toEqual([]);
    await call('coding:undo', {});
    expect(await call('memos:list', {})).toHaveLength(1);
    expect((await call('coding:page', { documentId, page: 1 })).passages).toHaveLength(1);
  });

  it('searches memos on passages, codes, documents and the case', async () => {
    const { call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const passage = await call('coding:apply', { documentId, page: 1, start: 0, end: 24, codeIds: ['BO3'] });
    await call('memos:add', { target: { kind: 'passage', passageId: passage.id }, text: 'Signaal over de Toeslagen-affaire' });
    await call('memos:add', { target: { kind: 'code', codeId: 'SV3' }, text: 'Geen gehoor: let op ontvangstbevestigingen' });
    await call('memos:add', { target: { kind: 'document', documentId }, text: 'Notitie uit het Woo-besluit; toeslagen' });
    await call('memos:add', { target: { kind: 'case' }, text: 'Onderzoeksvraag: wie wist wat?' });
    const hits = await call('memos:search', { query: 'TOESLAGEN' });
    expect(hits.map((hit) => hit.memo.target.kind).sort()).toEqual(['document', 'passage']);
    expect(hits.find((hit) => hit.memo.target.kind === 'passage')).toMatchObject({ about: 'Notitie van de directie.', documentId, page: 1 });
    expect((await call('memos:search', { query: 'ontvangstbevestigingen gehoor' }))[0]?.about).toBe('SV3 Geen gehoor');
    await expect(call('memos:add', { target: { kind: 'code', codeId: 'XX' }, text: 'x' })).rejects.toMatchObject({ code: 'codebook.codeNotFound' });
  });

  it('merges two codes: the passages follow, the source is retired pointing at the target', async () => {
    const { call, importText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const a = await call('coding:apply', { documentId, page: 1, start: 0, end: 24, codeIds: ['SV2'] });
    const b = await call('coding:apply', { documentId, page: 1, start: 25, end: 60, codeIds: ['SV2', 'SV3'] });
    const { codebook, movedPassages } = await call('codebook:merge', { sourceId: 'SV2', targetId: 'SV3' });
    expect(movedPassages).toBe(2);
    expect(codebook.codes.find((c) => c.id === 'SV2')?.retired).toMatchObject({ mergedInto: 'SV3', by: 'Anna' });
    const page = (await call('coding:page', { documentId, page: 1 })).passages;
    expect(page.find((p) => p.id === a.id)?.codes.map((c) => c.codeId)).toEqual(['SV3']);
    expect(page.find((p) => p.id === b.id)?.codes.map((c) => c.codeId)).toEqual(['SV3']);
    await call('coding:undo', {});
    const restored = (await call('coding:page', { documentId, page: 1 })).passages;
    expect(restored.find((p) => p.id === b.id)?.codes.map((c) => c.codeId)).toEqual(['SV2', 'SV3']);
    expect((await call('codebook:get', {})).codes.find((c) => c.id === 'SV2')?.retired).toBeUndefined();
  });

  it('re-anchors passages when the text is re-extracted: moved, ambiguous, lost', async () => {
    const { call, importText, rewriteText } = await codingCase();
    const documentId = await importText('notitie.txt', MEMO_TEXT);
    const quote = 'dit signaal destijds niet doorgegeven';
    const moved = await call('coding:apply', { documentId, page: 1, ...rangeOf(MEMO_TEXT, quote), codeIds: ['SV1'] });
    const lost = await call('coding:apply', { documentId, page: 1, ...rangeOf(MEMO_TEXT, 'pas in 2019'), codeIds: ['SV6'] });
    const twice = await call('coding:apply', { documentId, page: 1, ...rangeOf(MEMO_TEXT, 'directie'), codeIds: ['BO6'] });

    // A rerun adds a heading (everything shifts), rewords one sentence, and repeats "directie" in the same context.
    const rerun = `KOPJE\n${MEMO_TEXT.replace('pas in 2019', 'in het najaar').replace('Notitie van de directie.', 'Notitie van de directie. directie.')}`;
    await rewriteText(documentId, [rerun]);
    const { passages } = await call('coding:page', { documentId, page: 1 });
    const byId = new Map(passages.map((p) => [p.id, p]));
    expect(byId.get(moved.id)?.anchor).toMatchObject({ start: rerun.indexOf(quote), exact: quote });
    expect(byId.get(moved.id)?.anchorCheck).toMatchObject({ status: 'found', previous: { start: moved.anchor.start } });
    expect(byId.get(lost.id)?.anchorCheck?.status).toBe('lost');
    expect(byId.get(lost.id)?.anchor).toEqual(lost.anchor);
    expect(byId.get(twice.id)?.anchorCheck?.status).toBe('ambiguous');
    const outline = await call('coding:outline', { documentId });
    expect(outline).toMatchObject({ lost: 1, ambiguous: 1 });
  });
});
