import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePlatform } from '../app/platform-context';
import { isTyping } from '../coding/selection';
import { COMMANDS, type Command } from './catalog';
import { CommandPalette } from './CommandPalette';
import { runMenuCommands } from './menu-bridge';
import { CommandRegistry } from './registry';
import { ShortcutSheet } from './ShortcutSheet';
import '../styles/commands.css';

type Dialog = 'palette' | 'sheet';

interface Commands {
  registry: CommandRegistry;
  open: (dialog: Dialog) => void;
}

const CommandsContext = createContext<Commands | undefined>(undefined);

function useCommandsContext(): Commands {
  const value = useContext(CommandsContext);
  if (!value) throw new Error('commands outside CommandsProvider');
  return value;
}

/**
 * Registers a mounted component's commands for as long as it is mounted.
 * Pass a fresh list on every render: the registry keeps the latest, so `run`
 * and `available` see the component's current state.
 */
export function useCommands(commands: readonly Command[]): void {
  const { registry } = useCommandsContext();
  const [owner] = useState(() => Symbol('commands'));
  useEffect(() => registry.register(owner, commands));
  useEffect(() => () => registry.unregister(owner), [registry, owner]);
}

/** For stand-ins (see Command.standIn): run a view's own command once the view is shown. */
export function useRunWhenShown(): (id: string) => void {
  const { registry } = useCommandsContext();
  return useCallback((id: string) => registry.runWhenShown(id), [registry]);
}

export function useOpenPalette(): () => void {
  const { open } = useCommandsContext();
  return useCallback(() => open('palette'), [open]);
}

/**
 * The command registry with its three ways in: shortcuts (one key handler
 * for the whole app), the palette (Ctrl/⌘+K) and Electron's menu
 * (`menu:command` events); and the cheat sheet (`?`).
 */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const { api } = usePlatform();
  const [registry] = useState(() => new CommandRegistry());
  const [dialog, setDialog] = useState<Dialog | undefined>();
  const dialogRef = useRef<Dialog | undefined>(undefined);
  const returnFocus = useRef<Element | null>(null);

  const open = useCallback((next: Dialog) => {
    if (!dialogRef.current) returnFocus.current = document.activeElement;
    dialogRef.current = next;
    setDialog(next);
  }, []);

  const close = useCallback(() => {
    dialogRef.current = undefined;
    setDialog(undefined);
    const previous = returnFocus.current;
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  }, []);

  useEffect(() => {
    const owner = Symbol('dialogs');
    registry.register(owner, [
      { ...COMMANDS.openPalette, run: () => open('palette') },
      { ...COMMANDS.showShortcuts, run: () => open('sheet') },
    ]);
    return () => registry.unregister(owner);
  }, [registry, open]);

  // One handler, in the capture phase, so a shortcut wins over the page's own keys.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || dialogRef.current) return;
      const command = registry.forKey(event);
      if (!command) return;
      // While typing, only the palette: every other key belongs to the text field.
      if (isTyping(event.target) && command.id !== COMMANDS.openPalette.id) return;
      event.preventDefault();
      event.stopPropagation();
      command.run();
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [registry]);

  useEffect(
    () =>
      runMenuCommands(api.on, registry, () => {
        if (dialogRef.current) close();
      }),
    [api, registry, close],
  );

  const value = useMemo(() => ({ registry, open }), [registry, open]);

  function runFromPalette(command: Command) {
    close();
    command.run();
  }

  return (
    <CommandsContext.Provider value={value}>
      {children}
      {dialog === 'palette' ? <CommandPalette commands={registry.available()} onRun={runFromPalette} onClose={close} /> : null}
      {dialog === 'sheet' ? <ShortcutSheet registered={registry.all()} onClose={close} /> : null}
    </CommandsContext.Provider>
  );
}
