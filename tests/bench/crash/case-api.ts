/**
 * The case as the UI reaches it: the real contract dispatcher over a
 * CaseService with every area (coding, chronology, search, Woo) attached.
 * The crash workload makes its changes through it, and the checker reads
 * the reopened case through it, so both see exactly what the app sees.
 */
import type { Channel, Input, Output } from '../../../shared/contract';
import { createDispatcher } from '../../../shared/contract/dispatch';
import { SpoorError } from '../../../shared/errors';
import { FileGrants } from '../../../electron/core/file-grants';
import { CaseService, type CaseServiceOptions } from '../../../electron/core/service/case-service';
import { createCoreHandlers } from '../../../electron/core/service/handlers/index';
import { MemorySettings } from '../../../electron/core/settings';

export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

export interface CaseApi {
  service: CaseService;
  call: Call;
}

/** A service with every area's handlers, for one analyst; open a case with `service.openCase`. */
export async function caseApi(options: CaseServiceOptions & { analystName: string }): Promise<CaseApi> {
  const { analystName, ...serviceOptions } = options;
  const service = new CaseService({ ...serviceOptions, analyst: () => analystName });
  const settings = new MemorySettings();
  await settings.update({ analystName });
  const dispatch = createDispatcher({
    ...createCoreHandlers({ service, settings, grants: new FileGrants() }),
    'app:info': () => ({ version: 'crash test', platform: 'host' as const }),
    'case:choose': () => null,
    'files:choose': () => [],
  });
  const call: Call = async (channel, input) => {
    const envelope = await dispatch(channel, input);
    if (!envelope.ok) throw SpoorError.fromInfo(envelope.error);
    return envelope.value as Output<typeof channel>;
  };
  return { service, call };
}
