import { useI18n } from '../app/i18n';
import { COMMANDS } from './catalog';
import { useOpenPalette } from './CommandsProvider';
import { shortcutLabel } from './shortcuts';

/** The palette for those who look for it in the header rather than press Ctrl/⌘+K. */
export function PaletteButton() {
  const { t } = useI18n();
  const openPalette = useOpenPalette();
  const keys = shortcutLabel(COMMANDS.openPalette.shortcut);
  return (
    <button type="button" className="palette-button" aria-keyshortcuts="Control+K Meta+K" onClick={openPalette}>
      {t('commands.palette')} <kbd aria-hidden="true">{keys}</kbd>
    </button>
  );
}
