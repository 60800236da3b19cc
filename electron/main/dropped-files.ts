import path from 'node:path';
import type { IpcMain } from 'electron';
import { z } from 'zod';
import { DROPPED_FILES_CHANNEL, MAX_DROPPED_ITEMS } from '../../shared/contract/dropped-files';
import { describeIssues } from '../../shared/contract/dispatch';
import { failure, success } from '../../shared/contract/envelope';
import { SpoorError, toErrorInfo } from '../../shared/errors';
import type { FileGrants } from '../core/file-grants';
import { isTrustedSender } from './ipc';

const DroppedPaths = z
  .array(z.string().min(1).max(4096).refine((given) => path.isAbsolute(given), 'not an absolute path'))
  .min(1)
  .max(MAX_DROPPED_ITEMS);

/**
 * The paths of files and folders dropped on the window, sent by the preload
 * (which alone can read them from the dropped File objects). Granted like the
 * open dialog's choice; the page gets only the opaque refs.
 */
export function bindDroppedFiles(ipcMain: Pick<IpcMain, 'handle'>, grants: FileGrants): void {
  ipcMain.handle(DROPPED_FILES_CHANNEL, async (event, input: unknown) => {
    const channel = DROPPED_FILES_CHANNEL;
    if (!isTrustedSender(event)) {
      return failure(new SpoorError('contract.unknownChannel', `Refused ${channel} from an untrusted frame`, { channel }).toInfo());
    }
    const parsed = DroppedPaths.safeParse(input);
    if (!parsed.success) {
      const reason = describeIssues(parsed.error);
      return failure(new SpoorError('contract.invalidInput', `Invalid input for ${channel}: ${reason}`, { channel, reason }).toInfo());
    }
    try {
      return success(await grants.addPaths(parsed.data));
    } catch (error) {
      return failure(toErrorInfo(error));
    }
  });
}
