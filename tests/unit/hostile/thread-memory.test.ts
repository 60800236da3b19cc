import { describe, expect, it } from 'vitest';
import { threadFailure } from '../../../electron/core/import/import-pool';
import { SpoorError } from '../../../shared/errors';

describe('an import thread stopped at its heap limit', () => {
  it("is the file's failure, said as such; other failures pass unchanged", () => {
    const stopped = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const failure = threadFailure(stopped, 'bericht.eml', 2048);
    expect(failure).toBeInstanceOf(SpoorError);
    expect(failure).toMatchObject({ code: 'import.limitExceeded', details: { file: 'bericht.eml', limit: '2048 MB' } });
    const other = new Error('something else');
    expect(threadFailure(other, 'bericht.eml', 2048)).toBe(other);
  });
});
