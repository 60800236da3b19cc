import type { Handlers } from '../../../../shared/contract/dispatch';
import { openDemoCase } from '../../demo/demo-case';
import { rememberCase } from './case';
import type { CoreDeps } from './context';

export function demoHandlers({ service, settings }: CoreDeps): Pick<Handlers, 'case:openDemo'> {
  return {
    'case:openDemo': async () => rememberCase(settings, await openDemoCase(service)),
  };
}
