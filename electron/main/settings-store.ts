import Store from 'electron-store';
import { DEFAULT_SETTINGS, Settings, applySettingsPatch, type SettingsPatch } from '../../shared/model/settings';
import type { SettingsPort } from '../core/settings';

/** Preferences and recent cases in electron-store (main process only). Never case data. */
export class ElectronSettings implements SettingsPort {
  private readonly store = new Store<{ settings: Settings }>({
    name: 'settings',
    defaults: { settings: DEFAULT_SETTINGS },
    clearInvalidConfig: true,
  });

  get(): Settings {
    const parsed = Settings.safeParse(this.store.get('settings'));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  async update(patch: SettingsPatch & { recentCases?: Settings['recentCases'] }): Promise<Settings> {
    const next = applySettingsPatch(this.get(), patch);
    this.store.set('settings', next);
    return next;
  }
}
