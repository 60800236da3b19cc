import { describe, expect, it, vi } from 'vitest';
import { buildRawApi } from '../../../shared/contract/api';
import { electronPlatform } from '../../../renderer/platform/electron';

const raw = buildRawApi({ invoke: async () => ({ ok: true, value: null }), subscribe: () => () => undefined });

describe("Electron's platform layer", () => {
  it('hands the dropped File objects to the preload as they are and returns the refs main granted', async () => {
    const ref = { id: 'ref-1', name: 'rapport.pdf', size: 8 };
    const preload = vi.fn(async () => ({ ok: true as const, value: [ref] }));
    const dropped = [new File(['%PDF-1.7'], 'rapport.pdf')];
    const platform = electronPlatform(raw, preload);
    expect(platform.uploadFiles).toBeUndefined();
    expect(await platform.grantDroppedFiles?.(dropped)).toEqual([ref]);
    expect(preload).toHaveBeenCalledWith(dropped);
  });

  it("throws main's refusal as a SpoorError, so the import reports it", async () => {
    const preload = async () => ({ ok: false as const, error: { code: 'import.limitExceeded' as const, message: 'too many', details: { file: 'Schijf', limit: '10000 files' } } });
    await expect(electronPlatform(raw, preload).grantDroppedFiles?.([])).rejects.toMatchObject({ code: 'import.limitExceeded' });
  });

  it('offers no drop import when the preload does not provide the function', () => {
    expect(electronPlatform(raw, undefined).grantDroppedFiles).toBeUndefined();
  });
});
