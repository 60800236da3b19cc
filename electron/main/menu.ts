import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/events';
import { translate, type MessageKey } from '../../shared/i18n';
import { CASE_TABS } from '../../shared/model/case-tabs';
import type { Language } from '../../shared/model/settings';

/** The case tabs, in the renderer's tab order. */
const MENU_VIEWS: ReadonlyArray<readonly [MenuCommand, MessageKey]> = CASE_TABS.map((tab) => [`view.${tab.id}`, tab.label] as const);

export interface MenuOptions {
  language: Language;
  /** A packaged app has no developer tools in its menu. */
  packaged: boolean;
  /** On a Mac the first menu is the app's own (About, Hide, Quit). */
  mac: boolean;
  /** The app's own actions are the renderer's commands: main only says which was chosen. */
  send: (command: MenuCommand) => void;
}

/** File, Edit, View and Help in the analyst's language. */
export function menuTemplate({ language, packaged, mac, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(language, key);
  const command = (label: MessageKey, id: MenuCommand): MenuItemConstructorOptions => ({ label: t(label), click: () => send(id) });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: t('menu.file'),
      submenu: [
        command('menu.newCase', 'case.new'),
        command('menu.openCase', 'case.open'),
        separator,
        command('menu.import', 'documents.import'),
        separator,
        command('menu.closeCase', 'case.close'),
        ...(mac ? [] : [separator, { role: 'quit', label: t('menu.quit') } as const]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        separator,
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        command('menu.palette', 'palette.open'),
        separator,
        ...MENU_VIEWS.map(([id, label]) => command(label, id)),
        separator,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...(packaged ? [] : [{ role: 'toggleDevTools', label: t('menu.devTools') } as const]),
      ],
    },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [command('menu.shortcuts', 'help.shortcuts'), command('demo.open', 'case.openDemo'), separator, { role: 'about', label: t('menu.about') }],
    },
  ];
}

/** Sets the app menu; the function it returns sets it again (after the language changed). */
export function setupMenu(options: Omit<MenuOptions, 'language'> & { language: () => Language }): () => void {
  const apply = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...options, language: options.language() })));
  apply();
  return apply;
}
