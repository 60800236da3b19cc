/**
 * `npm run package:verify`: builds the Linux app folder with the project's
 * electron-builder configuration and checks what ends up inside it, on a
 * machine that cannot download the Electron runtime. A stand-in for the
 * Electron binary is used, so the fuses (which patch the real binary) are
 * left out of this run only; everything else — the asar, what is unpacked,
 * the production dependencies, the OCR language data — is the real thing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { Platform, build, type Configuration } from 'electron-builder';
import { projectRoot } from './build-electron';

interface PackageJson {
  version: string;
  build: Configuration;
  devDependencies: Record<string, string>;
}

const pkg = JSON.parse(await fs.readFile(path.join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-package-'));
const standIn = path.join(work, 'electron-dist');
await fs.mkdir(standIn, { recursive: true });
await fs.copyFile(process.execPath, path.join(standIn, 'electron'));
await fs.writeFile(path.join(standIn, 'version'), pkg.devDependencies['electron']?.replace(/^\D*/, '') ?? '');

const output = path.join(work, 'out');
const config = pkg.build;
await build({
  projectDir: projectRoot,
  targets: Platform.LINUX.createTarget('dir'),
  publish: 'never',
  // electron-builder merges this over package.json's "build"; null switches the fuses off for the stand-in.
  config: { electronDist: standIn, electronFuses: null, directories: { ...config.directories, output } },
});

const resources = path.join(output, 'linux-unpacked', 'resources');
const packed = new Set(listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((entry) => entry.split(path.sep).join('/')));
const unpacked = async (relative: string) =>
  fs
    .stat(path.join(resources, 'app.asar.unpacked', relative))
    .then((stat) => stat.isFile())
    .catch(() => false);

const checks: Array<[string, boolean]> = [
  ['main process bundle in the asar', packed.has('/dist/electron/main.mjs')],
  ['preload in the asar', packed.has('/dist/electron/preload.cjs')],
  ['renderer in the asar', packed.has('/dist/renderer/index.html')],
  ['no TypeScript sources', ![...packed].some((entry) => /^\/(electron|renderer|shared)\//.test(entry))],
  ['no tests or fixtures', ![...packed].some((entry) => /^\/(tests|fixtures)\//.test(entry))],
  ['no development dependencies', ![...packed].some((entry) => /^\/node_modules\/(vitest|@playwright|vite|typescript|electron-builder)\//.test(entry))],
  ['Dutch OCR data unpacked beside the asar', await unpacked('node_modules/@tesseract.js-data/nld/4.0.0_best_int/nld.traineddata.gz')],
  ['OCR engine (wasm) unpacked', await unpacked('node_modules/tesseract.js-core/tesseract-core-simd.wasm')],
  ['import workers unpacked', await unpacked('dist/electron/workers/extract.worker.mjs')],
];

let failed = false;
for (const [what, ok] of checks) {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'}  ${what}\n`);
  failed ||= !ok;
}
const size = async (file: string) => (await fs.stat(file)).size;
process.stdout.write(`app.asar ${((await size(path.join(resources, 'app.asar'))) / 1e6).toFixed(1)} MB, ${packed.size} entries\n`);
await fs.rm(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
