import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { Dispatch } from '../../shared/contract/dispatch';
import { failure } from '../../shared/contract/envelope';
import { SpoorError } from '../../shared/errors';
import { isAppUrl } from './web-preferences';

/** Only the app's own top-level page may call the back end; a subframe or foreign page may not. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Registers one ipcMain handler per contract channel; every input is parsed from unknown by the dispatcher. */
export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return failure(new SpoorError('contract.unknownChannel', `Refused ${channel} from an untrusted frame`, { channel }).toInfo());
      }
      return dispatch(channel, input);
    });
  }
}
