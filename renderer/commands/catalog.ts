import type { MessageKey, MessageParams } from '../../shared/i18n';

/** Where a command belongs, for the palette and the cheat sheet; in this order. */
export const COMMAND_GROUPS = ['general', 'case', 'views', 'search', 'reader', 'coding', 'chronology', 'integrity'] as const;
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/** What a command is, apart from what it does: the table of shortcuts is made of these. */
export interface CommandInfo {
  id: string;
  title: MessageKey;
  /** `mod+k`, `alt+1`, `shift+f3`, `/`: see shortcuts.ts. */
  shortcut?: string;
  group: CommandGroup;
}

/** A command as a mounted view registers it. */
export interface Command extends CommandInfo {
  titleParams?: MessageParams;
  /** Whether it can run now (a selection exists, there is a next hit…); always when absent. */
  available?: () => boolean;
  run: () => void;
  /**
   * Stands in for a view's own command while that view is not shown: it
   * shows the view, and the view's command (same id) then runs. A view's
   * own registration always wins over a stand-in.
   */
  standIn?: boolean;
}

/**
 * Every fixed command with its shortcut: the one table the palette, the key
 * handler, the cheat sheet and the native menu's ids agree on. Views add
 * `run` (and `available`) where they register them; commands that depend on
 * data (a tab, a code) are made by the functions below.
 */
export const COMMANDS = {
  openPalette: { id: 'palette.open', title: 'commands.openPalette', shortcut: 'mod+k', group: 'general' },
  showShortcuts: { id: 'help.shortcuts', title: 'commands.showShortcuts', shortcut: '?', group: 'general' },
  switchLanguage: { id: 'language.switch', title: 'commands.switchLanguage', group: 'general' },
  newCase: { id: 'case.new', title: 'commands.newCase', group: 'case' },
  openCase: { id: 'case.open', title: 'commands.openCase', group: 'case' },
  openDemo: { id: 'case.openDemo', title: 'demo.open', group: 'case' },
  closeCase: { id: 'case.close', title: 'commands.closeCase', group: 'case' },
  importFiles: { id: 'documents.import', title: 'commands.importFiles', group: 'case' },
  focusSearch: { id: 'search.focus', title: 'commands.focusSearch', shortcut: '/', group: 'search' },
  nextHit: { id: 'hit.next', title: 'commands.nextHit', shortcut: 'f3', group: 'search' },
  previousHit: { id: 'hit.previous', title: 'commands.previousHit', shortcut: 'shift+f3', group: 'search' },
  selectHit: { id: 'hit.select', title: 'commands.selectHit', shortcut: 'alt+enter', group: 'reader' },
  zoomIn: { id: 'reader.zoomIn', title: 'commands.zoomIn', shortcut: 'mod+=', group: 'reader' },
  zoomOut: { id: 'reader.zoomOut', title: 'commands.zoomOut', shortcut: 'mod+-', group: 'reader' },
  zoomFit: { id: 'reader.zoomFit', title: 'commands.zoomFit', shortcut: 'mod+0', group: 'reader' },
  undoCoding: { id: 'coding.undo', title: 'commands.undoCoding', shortcut: 'mod+z', group: 'coding' },
  redoCoding: { id: 'coding.redo', title: 'commands.redoCoding', shortcut: 'mod+shift+z', group: 'coding' },
  makeEvent: { id: 'event.make', title: 'commands.makeEvent', shortcut: 'mod+e', group: 'chronology' },
  exportChronology: { id: 'chronology.export', title: 'commands.exportChronology', group: 'chronology' },
  verifyIntegrity: { id: 'integrity.verify', title: 'commands.verifyIntegrity', group: 'integrity' },
  verifyAudit: { id: 'audit.verify', title: 'commands.verifyAudit', group: 'integrity' },
} as const satisfies Record<string, CommandInfo>;

/** Going to a case tab: Alt+1…9 in tab order (Ctrl+digit switches browser tabs, Alt+digit is free in Electron and the browser). */
export function viewCommand(viewId: string, index: number): CommandInfo {
  return { id: `view.${viewId}`, title: 'commands.showView', group: 'views', ...(index < 9 ? { shortcut: `alt+${index + 1}` } : {}) };
}

/** Applying one code to the selection, with the code's own shortcut from the codebook (`1`, `shift+1`). */
export function codeCommand(code: { id: string; shortcut: string | null }): CommandInfo {
  return { id: `code.${code.id}`, title: 'commands.applyCode', group: 'coding', ...(code.shortcut ? { shortcut: code.shortcut } : {}) };
}
