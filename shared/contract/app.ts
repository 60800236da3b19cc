import { z } from 'zod';
import { call } from './define';
import { NoInput } from './common';

export const AppInfo = z.strictObject({
  version: z.string(),
  /** 'electron' has native dialogs; 'host' (headless, in a browser) uploads files instead. */
  platform: z.enum(['electron', 'host']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appCalls = {
  'app:info': call(NoInput, AppInfo),
};
