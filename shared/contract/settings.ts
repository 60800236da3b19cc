import { z } from 'zod';
import { Settings, SettingsPatch } from '../model/settings';
import { NoInput } from './common';
import { call } from './define';

export const settingsCalls = {
  'settings:get': call(NoInput, Settings),
  /** A data folder in the patch must exist and be writable (settings.casesDirUnusable otherwise). */
  'settings:update': call(SettingsPatch, Settings),
  /** Native folder dialog for the data folder (Electron only); the chosen path, or null when the person cancels. */
  'settings:chooseCasesDir': call(NoInput, z.string().nullable()),
};
