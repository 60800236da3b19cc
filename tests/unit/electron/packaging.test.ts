import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

interface BuildConfig {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
  files?: string[];
}

/** Checklist item 19 ("check which fuses you can change"): the packaging config sets every security fuse. */
describe('the electron-builder config in package.json', () => {
  it('flips every Electron fuse that hardens the packaged app', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { build: BuildConfig };
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an asar archive of the built files only (no sources, no tests, no case data)', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as { build: BuildConfig };
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
  });
});
