import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../app/i18n';
import type { Command } from './catalog';
import { rankByTitle } from './match';
import { matchesShortcut, shortcutLabel } from './shortcuts';

interface Props {
  /** The commands available when the palette opened. */
  commands: readonly Command[];
  onRun: (command: Command) => void;
  onClose: () => void;
}

/**
 * Ctrl/⌘+K: type what you want to do, in your language. A combobox over a
 * listbox: arrow keys move, Enter runs, Escape closes (focus goes back to
 * where it was).
 */
export function CommandPalette({ commands, onRun, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => rankByTitle(commands, (command) => t(command.title, command.titleParams), query), [commands, query, t]);
  const optionId = (index: number) => `${id}-option-${index}`;
  const current = Math.min(active, shown.length - 1);

  useEffect(() => {
    document.getElementById(`${id}-option-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, current]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const command = shown[current];
      if (command) onRun(command);
    } else if (event.key === 'Escape' || matchesShortcut(event.nativeEvent, 'mod+k')) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The input is the dialog's only stop: focus stays in it.
      event.preventDefault();
    }
  }

  return (
    <div className="command-backdrop" onMouseDown={onClose}>
      <div className="command-palette" role="dialog" aria-modal="true" aria-label={t('commands.palette')} onMouseDown={(event) => event.stopPropagation()}>
        <input
          className="command-input"
          role="combobox"
          aria-label={t('commands.paletteInput')}
          aria-expanded={shown.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
          placeholder={t('commands.palettePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="command-list" role="listbox" id={`${id}-list`} aria-label={t('commands.palette')}>
          {shown.map((command, index) => (
            <li
              key={command.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'command-option active' : 'command-option'}
              onMouseMove={() => setActive(index)}
              onClick={() => onRun(command)}
            >
              <span className="command-title">{t(command.title, command.titleParams)}</span>
              <span className="command-group">{t(`commands.group.${command.group}`)}</span>
              {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
            </li>
          ))}
        </ul>
        {shown.length === 0 ? (
          <p className="command-empty" role="status">
            {t('commands.noMatch', { query })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
