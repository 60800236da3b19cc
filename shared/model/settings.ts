import { z } from 'zod';

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

export const RecentCase = z.strictObject({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.iso.datetime(),
});
export type RecentCase = z.infer<typeof RecentCase>;

/** `system` follows the operating system's light or dark preference. */
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** A folder path typed or chosen by the person; blank means the default folder. */
const FolderPath = z.string().trim().max(4096);

/**
 * What electron-store (or the host's settings file) keeps: preferences and
 * recent cases, never case data. Fields added later have defaults, so a
 * settings file written by an older Spoor still loads with its recent cases.
 */
export const Settings = z.strictObject({
  language: Language,
  /** Recorded on every coded passage, memo and audit entry. */
  analystName: z.string().max(200),
  recentCases: z.array(RecentCase).max(20),
  theme: Theme.default('system'),
  /** Read scanned pages and images by OCR on import (off: faster, but such pages have no text). */
  ocr: z.boolean().default(true),
  /** Where new cases are created; absent: the platform's default folder. */
  casesDir: FolderPath.min(1).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  language: Language.optional(),
  analystName: z.string().max(200).optional(),
  theme: Theme.optional(),
  ocr: z.boolean().optional(),
  /** An empty string goes back to the default folder. */
  casesDir: FolderPath.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = { language: 'nl', analystName: '', recentCases: [], theme: 'system', ocr: true };

export const MAX_RECENT_CASES = 10;

/** The settings after a change; a blank data folder means the default one again. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch & { recentCases?: Settings['recentCases'] }): Settings {
  const { casesDir, ...rest } = patch;
  const next: Record<string, unknown> = { ...current, ...rest };
  if (casesDir !== undefined) next['casesDir'] = casesDir.trim() === '' ? undefined : casesDir.trim();
  return Settings.parse(next);
}

/** Puts a case at the top of the recent list, once, keeping the list short. */
export function withRecentCase(recent: readonly RecentCase[], entry: RecentCase): RecentCase[] {
  return [entry, ...recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT_CASES);
}
