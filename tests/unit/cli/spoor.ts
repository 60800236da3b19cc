import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../helpers';

const run = promisify(execFile);
const SPOOR = path.join(projectRoot, 'electron/cli/spoor.mjs');

/** Runs the real `spoor` binary in a child process, as a script would: English, no analyst name from the environment. */
export async function spoor(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SPOOR, ...args], { env: { ...process.env, LANG: 'C', SPOOR_LANG: '', SPOOR_ANALYST: '' } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}
