import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where a worker's code lives and how to start it. From source (tests, CLI,
 * headless host) workers are TypeScript files loaded through tsx; in the
 * Electron build they are bundled next to the main bundle under workers/.
 */
export interface WorkerEntry {
  filename: string;
  /** Undefined: the worker inherits the process's own flags. */
  execArgv: string[] | undefined;
}

export function resolveWorker(name: string, base: string = import.meta.url): WorkerEntry {
  if (base.endsWith('.ts')) {
    const tsxLoader = pathToFileURL(createRequire(base).resolve('tsx')).href;
    // Started as `node --import tsx …`: workers inherit that flag. Otherwise (tsx's register API, vitest) add it.
    const inherited = process.execArgv.some((arg) => arg.includes('tsx'));
    return {
      filename: fileURLToPath(new URL(`./${name}.worker.ts`, base)),
      execArgv: inherited ? undefined : [...process.execArgv, '--import', tsxLoader],
    };
  }
  return { filename: fileURLToPath(new URL(`./workers/${name}.worker.mjs`, base)), execArgv: undefined };
}
