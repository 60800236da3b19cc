import { useI18n } from '../app/i18n';
import { useSettings } from './settings-context';

/** Opens the settings dialog; focus comes back here when it closes. */
export function SettingsButton() {
  const { t } = useI18n();
  const { openSettings } = useSettings();
  return (
    <button type="button" className="secondary" onClick={(event) => openSettings(event.currentTarget)}>
      {t('settings.open')}
    </button>
  );
}
