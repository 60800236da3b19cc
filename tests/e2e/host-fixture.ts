import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { fixturePaths, type Fixtures } from '../../fixtures/generate';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostHandle {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  casesDir: string;
}

async function startHostProcess(dataDir: string): Promise<{ child: ChildProcess; handle: HostHandle }> {
  const casesDir = path.join(dataDir, 'cases');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', '--port', '0', '--data-dir', dataDir, '--cases-dir', casesDir], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`host did not start in time\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^SPOOR_HOST_URL=(\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = /token=([^&]+)/.exec(parsed.hash)?.[1] ?? '';
  return { child, handle: { url, origin: parsed.origin, token, dataDir, casesDir } };
}

/** Each test gets its own headless host with a fresh, empty data directory. */
export const test = base.extend<{ host: HostHandle; fixtures: Fixtures }>({
  host: async ({}, use) => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-e2e-'));
    const { child, handle } = await startHostProcess(dataDir);
    try {
      await use(handle);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
  // Generated once per run by global-setup.ts.
  fixtures: async ({}, use) => {
    await use(fixturePaths());
  },
});

export { expect };
