import type { SpoorApi } from '../../shared/contract/api';
import { events } from '../../shared/contract/events';
import type { CommandRegistry } from './registry';

/**
 * Electron's native menu says which command was chosen (`menu:command`);
 * the registry runs it, if the screen shown has it. The id is checked
 * again here: the renderer trusts nothing it is sent.
 */
export function runMenuCommands(on: SpoorApi['on'], registry: CommandRegistry, beforeRun: () => void): () => void {
  return on('menu:command', (payload) => {
    const parsed = events['menu:command'].safeParse(payload);
    if (!parsed.success) return;
    beforeRun();
    registry.run(parsed.data.command);
  });
}
