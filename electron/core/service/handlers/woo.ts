import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CoreDeps } from './context';

export function wooHandlers({ service }: CoreDeps): Pick<Handlers, 'woo:report'> {
  return {
    'woo:report': () => service.wooReport(),
  };
}
