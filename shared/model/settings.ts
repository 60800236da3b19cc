import { z } from 'zod';

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

export const RecentCase = z.strictObject({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.iso.datetime(),
});
export type RecentCase = z.infer<typeof RecentCase>;

/** What electron-store (or the host's settings file) keeps: preferences and recent cases, never case data. */
export const Settings = z.strictObject({
  language: Language,
  /** Recorded on every coded passage, memo and audit entry. */
  analystName: z.string().max(200),
  recentCases: z.array(RecentCase).max(20),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  language: Language.optional(),
  analystName: z.string().max(200).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = { language: 'nl', analystName: '', recentCases: [] };

export const MAX_RECENT_CASES = 10;

/** Puts a case at the top of the recent list, once, keeping the list short. */
export function withRecentCase(recent: readonly RecentCase[], entry: RecentCase): RecentCase[] {
  return [entry, ...recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT_CASES);
}
