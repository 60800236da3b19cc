/**
 * The case as the UI reaches it: the real contract dispatcher over a
 * CaseService with every area (coding, chronology, search, Woo) attached.
 * Tests, benchmarks and the crash workload make their changes through it,
 * so they see exactly what the app sees.
 */
import type { Channel, Input, Output } from '../shared/contract';
import { createDispatcher } from '../shared/contract/dispatch';
import { SpoorError } from '../shared/errors';
import { FileGrants } from '../electron/core/file-grants';
import { CaseService, type CaseServiceOptions } from '../electron/core/service/case-service';
import { createCoreHandlers } from '../electron/core/service/handlers/index';
import { MemorySettings } from '../electron/core/settings';

export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

export interface CaseApi {
  service: CaseService;
  call: Call;
  settings: MemorySettings;
  grants: FileGrants;
}

/** A service with every area's handlers, for one analyst; open a case with `service.openCase`. */
export async function caseApi(options: CaseServiceOptions & { analystName: string }): Promise<CaseApi> {
  const { analystName, ...serviceOptions } = options;
  const service = new CaseService({ ...serviceOptions, analyst: () => analystName });
  const settings = new MemorySettings();
  await settings.update({ analystName });
  const grants = new FileGrants();
  const dispatch = createDispatcher({
    ...createCoreHandlers({ service, settings, grants }),
    'app:info': () => ({ version: 'test', platform: 'host' as const }),
    'case:choose': () => null,
    'files:choose': () => [],
    'settings:chooseCasesDir': () => null,
  });
  const call: Call = async (channel, input) => {
    const envelope = await dispatch(channel, input);
    if (!envelope.ok) throw SpoorError.fromInfo(envelope.error);
    return envelope.value as Output<typeof channel>;
  };
  return { service, call, settings, grants };
}
