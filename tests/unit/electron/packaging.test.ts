import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

interface BuildConfig {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
  files?: string[];
  asarUnpack?: string[];
  linux?: { target: string[] };
  win?: { target: string[] };
  mac?: { target: string[] };
}

interface PackageJson {
  build: BuildConfig;
  dependencies: Record<string, string>;
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

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
    expect(pkg.build.linux?.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.win?.target).toEqual(['nsis']);
    expect(pkg.build.mac?.target).toEqual(['dmg']);
  });

  it('ships the Dutch OCR language data as a production dependency, unpacked so tesseract can read it', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
    expect(Object.keys(pkg.dependencies)).toContain('@tesseract.js-data/nld');
    expect(pkg.build.asarUnpack).toContain('node_modules/@tesseract.js-data/**');
    await expect(fs.stat(path.join(projectRoot, 'node_modules/@tesseract.js-data/nld/4.0.0_best_int/nld.traineddata.gz'))).resolves.toBeTruthy();
  });
});
