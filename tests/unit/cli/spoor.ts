import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../helpers';

const run = promisify(execFile);
const SPOOR = path.join(projectRoot, 'electron/cli/spoor.mjs');

export interface SpoorRun {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs the real `spoor` binary in a child process, as a script would: in
 * English, with no analyst name from the environment unless `env` gives one.
 */
export async function spoorWithEnv(env: NodeJS.ProcessEnv, ...args: string[]): Promise<SpoorRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SPOOR, ...args], {
      env: { ...process.env, LANG: 'C', SPOOR_LANG: '', SPOOR_ANALYST: '', ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as SpoorRun;
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

export function spoor(...args: string[]): Promise<SpoorRun> {
  return spoorWithEnv({}, ...args);
}
