import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook/default';
import { addCode, codeTree, findCodes, mergeCodes, moveCode, resolveMerged, restoreCode, retireCode, updateCode } from '../../../shared/codebook/operations';
import { Codebook, type Passage } from '../../../shared/model/coding';

const context = { analyst: 'Anna', now: '2025-03-01T10:00:00.000Z' };
const ids = (codebook: Codebook, parentId: string | null) => codebook.codes.filter((code) => code.parentId === parentId).map((code) => code.id);

function passage(id: string, codes: Array<[string, string, string]>): Passage {
  return {
    id,
    documentId: 'abcdefabcdef',
    sha256: 'f'.repeat(64),
    anchor: { page: 1, start: 0, end: 4, exact: 'test', prefix: '', suffix: '' },
    codes: codes.map(([codeId, analyst, at]) => ({ codeId, analyst, at })),
    analyst: 'Anna',
    createdAt: context.now,
    updatedAt: context.now,
  };
}

describe('the default codebook', () => {
  it('is valid, complete, and has Dutch and English labels and definitions for every code', () => {
    const codebook = Codebook.parse(defaultCodebook());
    expect(ids(codebook, null)).toEqual(['A', 'B', 'C']);
    expect(ids(codebook, 'A')).toEqual(['BO1', 'BO2', 'BO3', 'BO4', 'BO5', 'BO6']);
    expect(ids(codebook, 'B')).toEqual(['SV1', 'SV2', 'SV3', 'SV4', 'SV5', 'SV6', 'SV7', 'SV8']);
    expect(ids(codebook, 'C')).toEqual(['DW1', 'DW2', 'DW3', 'DW4']);
    for (const code of codebook.codes) {
      expect(code.definition.nl.length, code.id).toBeGreaterThan(20);
      expect(code.definition.en.length, code.id).toBeGreaterThan(20);
      if (code.codable) expect(code.indicators.nl.length, code.id).toBe(code.indicators.en.length);
    }
    expect(new Set(codebook.codes.map((code) => code.color)).size).toBe(codebook.codes.length);
  });
});

describe('code operations', () => {
  it('adds, renames and recolours; a shortcut moves from the code that had it', () => {
    let { codebook } = addCode(defaultCodebook(), { guid: '11111111-2222-4333-8444-555555555555', label: { nl: ' Nieuw ', en: 'New' }, parentId: 'B', shortcut: '1' }, context);
    expect(codebook.codes.find((c) => c.id === 'K1')).toMatchObject({ label: { nl: 'Nieuw' }, parentId: 'B', shortcut: '1', createdBy: 'Anna' });
    expect(codebook.codes.find((c) => c.id === 'BO1')?.shortcut).toBeNull();
    codebook = updateCode(codebook, 'K1', { label: { nl: 'Hernoemd', en: 'Renamed' }, color: '#010203' });
    expect(codebook.codes.find((c) => c.id === 'K1')).toMatchObject({ label: { nl: 'Hernoemd', en: 'Renamed' }, color: '#010203' });
    expect(() => addCode(codebook, { id: 'K1', guid: '21111111-2222-4333-8444-555555555555', label: { nl: 'x', en: 'x' } }, context)).toThrow(expect.objectContaining({ code: 'codebook.invalid' }));
  });

  it('nests and reorders, and refuses to nest a code under itself', () => {
    let codebook = moveCode(defaultCodebook(), 'BO6', 'A', 0);
    expect(ids(codebook, 'A')).toEqual(['BO6', 'BO1', 'BO2', 'BO3', 'BO4', 'BO5']);
    codebook = moveCode(codebook, 'BO2', 'BO1', 0);
    expect(ids(codebook, 'BO1')).toEqual(['BO2']);
    expect(codeTree(codebook).map((node) => `${node.code.id}:${node.depth}`).slice(0, 5)).toEqual(['A:0', 'BO6:1', 'BO1:1', 'BO2:2', 'BO3:1']);
    expect(() => moveCode(codebook, 'BO1', 'BO2', 0)).toThrow(expect.objectContaining({ code: 'codebook.invalid' }));
    expect(() => moveCode(codebook, 'A', 'A', 0)).toThrow(expect.objectContaining({ code: 'codebook.invalid' }));
    expect(ids(moveCode(codebook, 'C', null, 0), null)).toEqual(['C', 'A', 'B']);
  });

  it('merges two codes: passages follow, one application per analyst remains, the source is retired with a pointer', () => {
    const passages = [
      passage('p1111111', [['SV2', 'Anna', '2025-01-01T00:00:00.000Z']]),
      passage('p2222222', [['SV2', 'Anna', '2025-01-02T00:00:00.000Z'], ['SV3', 'Anna', '2025-01-01T00:00:00.000Z'], ['SV2', 'Bram', '2025-01-03T00:00:00.000Z']]),
      passage('p3333333', [['BO1', 'Anna', '2025-01-01T00:00:00.000Z']]),
    ];
    const codebook = moveCode(defaultCodebook(), 'SV5', 'SV2', 0);
    const { codebook: merged, changed } = mergeCodes(codebook, passages, 'SV2', 'SV3', context);
    expect(changed.map((p) => p.id)).toEqual(['p1111111', 'p2222222']);
    expect(changed[0]?.codes).toEqual([{ codeId: 'SV3', analyst: 'Anna', at: '2025-01-01T00:00:00.000Z' }]);
    expect(changed[1]?.codes).toEqual([
      { codeId: 'SV3', analyst: 'Anna', at: '2025-01-01T00:00:00.000Z' },
      { codeId: 'SV3', analyst: 'Bram', at: '2025-01-03T00:00:00.000Z' },
    ]);
    expect(merged.codes.find((c) => c.id === 'SV2')?.retired).toEqual({ at: context.now, by: 'Anna', mergedInto: 'SV3' });
    expect(merged.codes.find((c) => c.id === 'SV5')?.parentId).toBe('SV3');
    expect(resolveMerged(merged, 'SV2')).toBe('SV3');
    expect(() => restoreCode(merged, 'SV2')).toThrow(expect.objectContaining({ code: 'codebook.invalid' }));
    expect(() => mergeCodes(merged, passages, 'SV3', 'SV3', context)).toThrow(expect.objectContaining({ code: 'codebook.invalid' }));
  });

  it('retires without losing the code, and restores it', () => {
    const retired = retireCode(defaultCodebook(), 'DW2', context);
    const code = retired.codes.find((c) => c.id === 'DW2');
    expect(code).toMatchObject({ retired: { by: 'Anna' }, shortcut: null, label: { nl: 'Reflexiviteit' } });
    expect(codeTree(retired).some((node) => node.code.id === 'DW2')).toBe(false);
    expect(codeTree(retired, { includeRetired: true }).some((node) => node.code.id === 'DW2')).toBe(true);
    expect(restoreCode(retired, 'DW2').codes.find((c) => c.id === 'DW2')?.retired).toBeUndefined();
  });

  it('finds codes as the analyst types: id, then label starts, then words, then anywhere; in both languages', () => {
    const codebook = defaultCodebook();
    expect(findCodes(codebook, 'sv3')[0]?.id).toBe('SV3');
    expect(findCodes(codebook, 'niet g')[0]?.id).toBe('SV1');
    expect(findCodes(codebook, 'minister').map((c) => c.id)).toContain('BO1');
    expect(findCodes(codebook, 'denied').map((c) => c.id)).toEqual(['SV7']);
    expect(findCodes(codebook, 'blok')).toEqual([]);
  });
});
