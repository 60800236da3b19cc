import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(projectRoot, 'dist', 'electron');

/**
 * Bundles the Electron side: main (ESM), preload (CommonJS, as sandboxed
 * preloads must be) and the worker threads. npm packages stay external and
 * are loaded from node_modules at run time, except in the preload, which
 * may require nothing but 'electron'.
 */
export async function buildElectron(): Promise<void> {
  await fs.rm(outDir, { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' } as const;
  const workers = (await fs.readdir(path.join(projectRoot, 'electron/core/workers')))
    .filter((name) => name.endsWith('.worker.ts'))
    .map((name) => path.join(projectRoot, 'electron/core/workers', name));
  await Promise.all([
    build({ ...common, entryPoints: [path.join(projectRoot, 'electron/main/index.ts')], outfile: path.join(outDir, 'main.mjs'), format: 'esm', packages: 'external' }),
    build({ ...common, entryPoints: [path.join(projectRoot, 'electron/preload/index.ts')], outfile: path.join(outDir, 'preload.cjs'), format: 'cjs', external: ['electron'] }),
    build({ ...common, entryPoints: workers, outdir: path.join(outDir, 'workers'), outExtension: { '.js': '.mjs' }, format: 'esm', packages: 'external' }),
  ]);
}
