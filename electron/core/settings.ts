import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SpoorError } from '../../shared/errors';
import { DEFAULT_SETTINGS, Settings, applySettingsPatch, type SettingsPatch } from '../../shared/model/settings';
import { writeJsonAtomic } from './fs/atomic';

/**
 * Preferences and the recent-cases list. Electron keeps them in
 * electron-store (electron/main); the headless host and the CLI in a JSON file.
 */
export interface SettingsPort {
  get(): Settings;
  update(patch: SettingsPatch & { recentCases?: Settings['recentCases'] }): Promise<Settings>;
}

/** Settings in a JSON file; a missing or unreadable file starts from the defaults. */
export class JsonFileSettings implements SettingsPort {
  private constructor(
    private readonly file: string,
    private current: Settings,
  ) {}

  static async load(file: string): Promise<JsonFileSettings> {
    let current = DEFAULT_SETTINGS;
    try {
      const parsed = Settings.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      if (parsed.success) current = parsed.data;
    } catch {
      // First start, or a damaged settings file: preferences are not case data, defaults will do.
    }
    return new JsonFileSettings(file, current);
  }

  get(): Settings {
    return this.current;
  }

  async update(patch: SettingsPatch & { recentCases?: Settings['recentCases'] }): Promise<Settings> {
    const next = applySettingsPatch(this.current, patch);
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeJsonAtomic(this.file, next);
    this.current = next;
    return next;
  }
}

/** Settings held in memory only, for the CLI and tests. */
export class MemorySettings implements SettingsPort {
  private current: Settings = DEFAULT_SETTINGS;

  get(): Settings {
    return this.current;
  }

  async update(patch: SettingsPatch & { recentCases?: Settings['recentCases'] }): Promise<Settings> {
    this.current = applySettingsPatch(this.current, patch);
    return this.current;
  }
}

/**
 * The analyst an audit entry names: the name set in the settings, or else
 * the operating-system account, marked as such, so no entry is anonymous.
 */
export function auditAnalyst(configured: string): string {
  if (configured.trim() !== '') return configured.trim();
  try {
    return `${os.userInfo().username} (system account)`;
  } catch {
    return '(unknown)';
  }
}

/**
 * A data folder chosen in the settings must be an existing, writable folder
 * given by its full path; anything else is refused with one clear message
 * rather than failing later, half-way through creating a case.
 */
export async function assertUsableFolder(folder: string): Promise<void> {
  const unusable = (reason: string) => new SpoorError('settings.casesDirUnusable', `${folder} cannot hold new cases: ${reason}`, { path: folder });
  if (!path.isAbsolute(folder)) throw unusable('not a full path');
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch {
    throw unusable('it does not exist');
  }
  if (!stat.isDirectory()) throw unusable('it is not a folder');
  try {
    await fs.access(folder, fsConstants.W_OK);
  } catch {
    throw unusable('it is not writable');
  }
}
