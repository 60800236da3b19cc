import { matchesShortcut, type KeyPress } from './shortcuts';
import type { Command } from './catalog';

/** How long a command asked for before its view was shown may wait for that view. */
const WAIT_MS = 3000;

/**
 * The commands of what is mounted now. Each mounted component owns one
 * registration (its list, replaced on every render so `run` sees current
 * state); readers ask when they need to (a key press, the palette opening),
 * so registering never re-renders anything.
 */
export class CommandRegistry {
  private readonly registrations = new Map<symbol, readonly Command[]>();
  private waiting: { id: string; until: number } | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  register(owner: symbol, commands: readonly Command[]): void {
    this.registrations.set(owner, commands);
    this.runWaiting();
  }

  unregister(owner: symbol): void {
    this.registrations.delete(owner);
  }

  /** Every registered command once per id (a view's own before a stand-in), available or not. */
  all(): Command[] {
    const byId = new Map<string, Command>();
    for (const command of [...this.registrations.values()].flat()) {
      const seen = byId.get(command.id);
      if (!seen || (seen.standIn && !command.standIn)) byId.set(command.id, command);
    }
    return [...byId.values()];
  }

  /** The command that would run for `id` now: a view's own registration first, then a stand-in. */
  find(id: string, options: { standIn?: boolean } = {}): Command | undefined {
    const candidates = [...this.registrations.values()].flat().filter((command) => command.id === id && isAvailable(command));
    return candidates.find((command) => !command.standIn) ?? (options.standIn === false ? undefined : candidates[0]);
  }

  available(): Command[] {
    return this.all().flatMap((command) => {
      const runnable = this.find(command.id);
      return runnable ? [runnable] : [];
    });
  }

  /** The available command whose shortcut this key press is. */
  forKey(event: KeyPress): Command | undefined {
    return this.available().find((command) => command.shortcut !== undefined && matchesShortcut(event, command.shortcut));
  }

  run(id: string): boolean {
    const command = this.find(id);
    command?.run();
    return command !== undefined;
  }

  /** For stand-ins: runs the view's own command `id` now, or as soon as its view registers it. */
  runWhenShown(id: string): void {
    const own = this.find(id, { standIn: false });
    if (own) own.run();
    else this.waiting = { id, until: this.now() + WAIT_MS };
  }

  private runWaiting(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    if (this.now() > waiting.until) {
      this.waiting = undefined;
      return;
    }
    const own = this.find(waiting.id, { standIn: false });
    if (!own) return;
    this.waiting = undefined;
    own.run();
  }
}

function isAvailable(command: Command): boolean {
  return command.available?.() ?? true;
}
