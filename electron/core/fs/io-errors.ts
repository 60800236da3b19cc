import { SpoorError } from '../../../shared/errors';

/**
 * Maps an operating-system error to what a person can act on: a full disk, a
 * read-only folder, or another I/O failure naming the file.
 */
export function toIoError(error: unknown, file: string): SpoorError {
  if (error instanceof SpoorError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new SpoorError('io.diskFull', `Disk full while writing ${file}`, { file });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new SpoorError('io.readOnly', `Cannot write ${file}: ${reason}`, { file });
  }
  return new SpoorError('io.failed', `I/O failure on ${file}: ${reason}`, { file, reason });
}
