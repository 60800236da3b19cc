import { createContext, useContext } from 'react';
import type { Settings, SettingsPatch } from '../../shared/model/settings';

/** The loaded settings, a way to change them, and the button that opens the settings dialog. */
export interface SettingsControl {
  settings: Settings;
  /** Saves a change; rejects with the back end's error (an unusable data folder, say). */
  update: (patch: SettingsPatch) => Promise<Settings>;
  openSettings: (opener?: HTMLElement | null) => void;
}

export const SettingsContext = createContext<SettingsControl | undefined>(undefined);

export function useSettings(): SettingsControl {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsContext');
  return value;
}
