// `npm start`: builds the renderer and the Electron bundles, then launches Electron.
import { spawn } from 'node:child_process';
import { build as viteBuild } from 'vite';
import { buildElectron, projectRoot } from './build-electron';
import { MISSING_ELECTRON_MESSAGE, findElectronBinary, tryInstallElectron } from './electron-binary';

let binary = findElectronBinary();
if (!binary && tryInstallElectron()) binary = findElectronBinary();
if (!binary) {
  process.stderr.write(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

await viteBuild({ configFile: `${projectRoot}/renderer/vite.config.ts`, logLevel: 'warn' });
await buildElectron();

const child = spawn(binary, [projectRoot], { stdio: 'inherit', cwd: projectRoot });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
