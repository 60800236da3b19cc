import { Settings, SettingsPatch } from '../model/settings';
import { NoInput } from './common';
import { call } from './define';

export const settingsCalls = {
  'settings:get': call(NoInput, Settings),
  'settings:update': call(SettingsPatch, Settings),
};
