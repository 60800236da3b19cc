import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Finds the Electron executable without triggering the electron package's
 * own download (which `require('electron')` does, and which fails offline).
 */
export function findElectronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH']) {
    const override = path.join(process.env['ELECTRON_OVERRIDE_DIST_PATH'], 'electron');
    return fs.existsSync(override) ? override : undefined;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

/** Runs the electron package's installer once; true when the binary is there afterwards. */
export function tryInstallElectron(): boolean {
  if (process.env['ELECTRON_SKIP_BINARY_DOWNLOAD']) return false;
  const require = createRequire(import.meta.url);
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  return result.status === 0 && findElectronBinary() !== undefined;
}

export const MISSING_ELECTRON_MESSAGE = `
Spoor cannot start as a desktop app: the Electron runtime is not installed.
This happens when dependencies were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1
or without internet access (the electron package downloads its binary on first use).
To install it, connect to the internet and run \`npm start\` again (or
\`npx install-electron\`). Until then you can use Spoor in your browser:
\`npm run serve\` starts the headless host and prints the address to open.
`;
