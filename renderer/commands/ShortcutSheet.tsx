import { useId, type KeyboardEvent } from 'react';
import { useI18n } from '../app/i18n';
import { COMMAND_GROUPS, COMMANDS, type Command, type CommandInfo } from './catalog';
import { shortcutLabel } from './shortcuts';

interface Props {
  /** The commands registered now: they add the tabs' and the codes' shortcuts to the fixed table. */
  registered: readonly Command[];
  onClose: () => void;
}

type Row = CommandInfo & Partial<Pick<Command, 'titleParams'>>;

/** Every shortcut at a glance (`?`), by group. Escape or Close returns focus to where it was. */
export function ShortcutSheet({ registered, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const fixed: Row[] = Object.values(COMMANDS);
  const fixedIds = new Set(fixed.map((command) => command.id));
  const rows = [...fixed, ...registered.filter((command) => !fixedIds.has(command.id))].filter((command) => command.shortcut !== undefined);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // Close is the dialog's only control: focus stays on it.
      event.preventDefault();
    }
  }

  return (
    <div className="command-backdrop" onMouseDown={onClose}>
      <div className="shortcut-sheet" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} onMouseDown={(event) => event.stopPropagation()}>
        <h2 id={`${id}-title`}>{t('commands.sheet')}</h2>
        <p className="muted">{t('commands.sheetIntro', { palette: shortcutLabel(COMMANDS.openPalette.shortcut) })}</p>
        <div className="shortcut-groups">
          {COMMAND_GROUPS.map((group) => {
            const inGroup = rows.filter((row) => row.group === group);
            if (inGroup.length === 0) return null;
            return (
              <table key={group} className="shortcut-table">
                <caption>{t(`commands.group.${group}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('commands.sheetCommand')}</th>
                    <th scope="col">{t('commands.sheetKey')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inGroup.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{t(row.title, row.titleParams)}</th>
                      <td>
                        <kbd>{shortcutLabel(row.shortcut ?? '')}</kbd>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
        <p className="muted">{t('commands.sheetCodes')}</p>
        <button type="button" autoFocus onClick={onClose}>
          {t('commands.close')}
        </button>
      </div>
    </div>
  );
}
