/**
 * Shortcuts as short strings, `mod+shift+z`, `alt+1`, `f3`, `/`: `mod` is
 * Ctrl, or ⌘ on a Mac. Digits are matched by the physical key (so Shift+1
 * and Alt+1 work whatever character the layout makes of them), letters and
 * function keys by name with Shift as written, and other characters (`/`,
 * `?`) by the character typed, whatever Shift it took to type it.
 */

export interface Shortcut {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function parseShortcut(text: string): Shortcut {
  const parts = text.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('mod'), alt: parts.includes('alt'), shift: parts.includes('shift'), key };
}

const isDigit = (key: string) => /^[0-9]$/.test(key);
const isNamed = (key: string) => /^[a-z]$/.test(key) || /^f[0-9]{1,2}$/.test(key) || ['enter', 'escape', 'arrowup', 'arrowdown', 'arrowleft', 'arrowright', 'delete', 'backspace', 'home', 'end'].includes(key);

export function matchesShortcut(event: KeyPress, text: string): boolean {
  const shortcut = parseShortcut(text);
  if ((event.ctrlKey || event.metaKey) !== shortcut.mod || event.altKey !== shortcut.alt) return false;
  if (isDigit(shortcut.key)) {
    const digit = /^(?:Digit|Numpad)([0-9])$/.exec(event.code)?.[1];
    return digit === shortcut.key && event.shiftKey === shortcut.shift;
  }
  if (isNamed(shortcut.key)) return event.key.toLowerCase() === shortcut.key && event.shiftKey === shortcut.shift;
  return event.key === shortcut.key;
}

/** True on a Mac, where `mod` is ⌘. */
function onMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

const KEY_NAMES: Record<string, string> = { enter: 'Enter', escape: 'Esc', arrowup: '↑', arrowdown: '↓', arrowleft: '←', arrowright: '→', delete: 'Delete', backspace: '⌫', home: 'Home', end: 'End' };

/** The keys to press, as people write them: `Ctrl+K`, `⌘K`, `Shift+F3`, `Alt+1`. */
function shortcutKeys(text: string, mac = onMac()): string[] {
  const shortcut = parseShortcut(text);
  const keys: string[] = [];
  if (shortcut.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (shortcut.alt) keys.push(mac ? '⌥' : 'Alt');
  if (shortcut.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(KEY_NAMES[shortcut.key] ?? shortcut.key.toUpperCase());
  return keys;
}

export function shortcutLabel(text: string, mac = onMac()): string {
  return shortcutKeys(text, mac).join(mac ? '' : '+');
}

