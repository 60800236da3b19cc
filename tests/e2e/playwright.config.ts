import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

/**
 * The e2e suite drives the real UI in Debian's Chromium against the headless
 * host (electron/host), one host with a fresh data directory per test.
 * The Electron suite (electron.spec.ts) runs only where the Electron binary exists.
 */
export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The README's screenshots (screenshots.spec.ts) live beside the tests, one file per name.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'nl-NL',
    viewport: { width: 1280, height: 860 },
  },
});
