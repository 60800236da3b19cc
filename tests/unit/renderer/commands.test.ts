import { describe, expect, it, vi } from 'vitest';
import type { SpoorApi } from '../../../shared/contract/api';
import { MenuCommand } from '../../../shared/contract/events';
import { COMMANDS, codeCommand, viewCommand, type Command } from '../../../renderer/commands/catalog';
import { matchScore, rankByTitle } from '../../../renderer/commands/match';
import { runMenuCommands } from '../../../renderer/commands/menu-bridge';
import { CommandRegistry } from '../../../renderer/commands/registry';
import { matchesShortcut, shortcutLabel, type KeyPress } from '../../../renderer/commands/shortcuts';

const key = (press: Partial<KeyPress> & Pick<KeyPress, 'key'>): KeyPress => ({ code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...press });

describe('shortcuts', () => {
  it('matches mod as Ctrl or ⌘, and no other modifier than written', () => {
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), 'mod+k')).toBe(true);
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), 'mod+k')).toBe(true);
    expect(matchesShortcut(key({ key: 'k' }), 'mod+k')).toBe(false);
    expect(matchesShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }), 'mod+k')).toBe(false);
    expect(matchesShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'mod+shift+z')).toBe(true);
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true, altKey: true }), 'mod+k')).toBe(false);
  });

  it('matches digits by the physical key, whatever character Shift or Alt makes of them', () => {
    expect(matchesShortcut(key({ key: '1', code: 'Digit1' }), '1')).toBe(true);
    expect(matchesShortcut(key({ key: '1', code: 'Numpad1' }), '1')).toBe(true);
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', shiftKey: true }), 'shift+1')).toBe(true);
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', shiftKey: true }), '1')).toBe(false);
    expect(matchesShortcut(key({ key: '¡', code: 'Digit1', altKey: true }), 'alt+1')).toBe(true);
    expect(matchesShortcut(key({ key: '1', code: 'Digit1' }), 'alt+1')).toBe(false);
  });

  it('matches function keys with Shift as written, and characters whatever Shift typed them', () => {
    expect(matchesShortcut(key({ key: 'F3' }), 'f3')).toBe(true);
    expect(matchesShortcut(key({ key: 'F3', shiftKey: true }), 'f3')).toBe(false);
    expect(matchesShortcut(key({ key: 'F3', shiftKey: true }), 'shift+f3')).toBe(true);
    expect(matchesShortcut(key({ key: '?', shiftKey: true }), '?')).toBe(true);
    expect(matchesShortcut(key({ key: '/', shiftKey: true, code: 'Digit7' }), '/')).toBe(true);
    expect(matchesShortcut(key({ key: 'Enter', altKey: true }), 'alt+enter')).toBe(true);
  });

  it('writes shortcuts as people do, on a PC and on a Mac', () => {
    expect(shortcutLabel('mod+k', false)).toBe('Ctrl+K');
    expect(shortcutLabel('mod+k', true)).toBe('⌘K');
    expect(shortcutLabel('shift+f3', false)).toBe('Shift+F3');
    expect(shortcutLabel('alt+enter', false)).toBe('Alt+Enter');
    expect(shortcutLabel('?', false)).toBe('?');
  });

  it('gives no two fixed commands, tabs or the default digit codes the same keys', () => {
    const shortcuts = [
      ...Object.values(COMMANDS).flatMap((command): string[] => ('shortcut' in command ? [command.shortcut] : [])),
      ...Array.from({ length: 9 }, (_, index) => viewCommand(`view${index}`, index).shortcut ?? ''),
      ...['1', '2', 'shift+1'].map((shortcut) => codeCommand({ id: 'X', shortcut }).shortcut ?? ''),
    ];
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(viewCommand('tenth', 9).shortcut).toBeUndefined();
  });
});

describe('matching a typed query to a title', () => {
  it('ranks a title that starts with the query over a word start, a substring and scattered letters', () => {
    expect(matchScore('Zoeken in de zaak', 'zoek')).toBe(0);
    expect(matchScore('Naar tabblad Zoeken', 'zoek')).toBe(1);
    expect(matchScore('Bestanden importeren…', 'porte')).toBe(2);
    expect(matchScore('Volgende treffer', 'vlgtr')).toBeGreaterThan(3);
    expect(matchScore('Volgende treffer', 'xyz')).toBeUndefined();
    const titles = ['Naar tabblad Zoeken', 'Volgende treffer', 'Zoeken in de zaak'];
    expect(rankByTitle(titles, (title) => title, 'zoeken')).toEqual(['Zoeken in de zaak', 'Naar tabblad Zoeken']);
    expect(rankByTitle(titles, (title) => title, '')).toEqual(titles);
  });

  it('ignores case and accents', () => {
    expect(matchScore('Kopiëren', 'kopieren')).toBe(0);
    expect(matchScore('Selectie coderen: BO1 De minister', 'bo1')).toBe(1);
  });
});

function command(id: string, extra: Partial<Command> = {}): Command & { run: ReturnType<typeof vi.fn> } {
  return { id, title: 'commands.nextHit', group: 'search', run: vi.fn(), ...extra } as Command & { run: ReturnType<typeof vi.fn> };
}

describe('the command registry', () => {
  it('offers what the mounted views registered, while they are mounted and available', () => {
    const registry = new CommandRegistry();
    const view = Symbol('view');
    let hasNext = false;
    const next = command('hit.next', { shortcut: 'f3', available: () => hasNext });
    registry.register(view, [next]);
    expect(registry.available()).toEqual([]);
    expect(registry.forKey(key({ key: 'F3' }))).toBeUndefined();
    hasNext = true;
    expect(registry.forKey(key({ key: 'F3' }))).toBe(next);
    expect(registry.run('hit.next')).toBe(true);
    expect(next.run).toHaveBeenCalledTimes(1);
    registry.unregister(view);
    expect(registry.run('hit.next')).toBe(false);
    expect(registry.all()).toEqual([]);
  });

  it('prefers a view’s own command to a stand-in, which runs the view’s command once the view registers it', () => {
    let now = 0;
    const registry = new CommandRegistry(() => now);
    const own = command('documents.import');
    const standIn = command('documents.import', { standIn: true, run: vi.fn(() => registry.runWhenShown('documents.import')) });
    registry.register(Symbol('case screen'), [standIn]);
    expect(registry.all()).toEqual([standIn]);

    // The view is not shown: the stand-in runs, and the view's command waits for the view.
    registry.run('documents.import');
    expect(standIn.run).toHaveBeenCalledTimes(1);
    expect(own.run).not.toHaveBeenCalled();
    const view = Symbol('documents view');
    registry.register(view, [own]);
    expect(own.run).toHaveBeenCalledTimes(1);
    // Shown now: the view's own command wins, and it ran once only.
    registry.register(view, [own]);
    expect(own.run).toHaveBeenCalledTimes(1);
    expect(registry.all()).toEqual([own]);
    registry.run('documents.import');
    expect(own.run).toHaveBeenCalledTimes(2);
    expect(standIn.run).toHaveBeenCalledTimes(1);

    // A view shown too late (after the wait) does not run a command asked for long ago.
    registry.unregister(view);
    registry.run('documents.import');
    now += 10_000;
    registry.register(view, [own]);
    expect(own.run).toHaveBeenCalledTimes(2);
  });
});

describe('menu:command in the renderer', () => {
  function fakeOn() {
    const listeners: Array<(payload: unknown) => void> = [];
    const on = ((event: string, listener: (payload: unknown) => void) => {
      if (event === 'menu:command') listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    }) as unknown as SpoorApi['on'];
    return { on, emit: (payload: unknown) => listeners.forEach((listener) => listener(payload)), listeners };
  }

  it('runs the registered command with the menu item’s id, and ignores ids the menu does not have', () => {
    const registry = new CommandRegistry();
    const palette = command('palette.open');
    const secret = command('code.BO1');
    registry.register(Symbol('app'), [palette, secret]);
    const events = fakeOn();
    const beforeRun = vi.fn();
    const stop = runMenuCommands(events.on, registry, beforeRun);

    events.emit({ command: 'palette.open' });
    expect(palette.run).toHaveBeenCalledTimes(1);
    expect(beforeRun).toHaveBeenCalledTimes(1);
    events.emit({ command: 'code.BO1' });
    events.emit({ command: 'palette.open', extra: true });
    expect(secret.run).not.toHaveBeenCalled();
    expect(palette.run).toHaveBeenCalledTimes(1);

    stop();
    expect(events.listeners).toHaveLength(0);
  });

  it('has a renderer command for every menu item', () => {
    const fixedIds = new Set<string>(Object.values(COMMANDS).map((entry) => entry.id));
    for (const id of MenuCommand.options) expect(fixedIds.has(id) || id.startsWith('view.'), id).toBe(true);
  });
});
