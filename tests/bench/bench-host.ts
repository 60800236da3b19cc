/** What the benchmarks that drive the headless host share: a host on a fresh data directory, its API, timing and figures. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startHost } from '../../electron/host/server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Median, p95 and maximum of timings in milliseconds. */
export function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (n=${samples.length})`;
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

/** Starts the host (serving the built renderer) on a new data directory; `stop` removes both. */
export async function startBenchHost(name: string) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `spoor-bench-${name}-`));
  const host = await startHost({ dataDir, rendererDir: path.join(projectRoot, 'dist', 'renderer'), port: 0 });
  const auth = { Authorization: `Bearer ${host.token}` };
  const call = async <T>(channel: string, body: unknown): Promise<T> => {
    const response = await fetch(`${host.origin}/api/call/${channel}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const envelope = (await response.json()) as { ok: boolean; value: T; error?: unknown };
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  const stop = async () => {
    await host.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  return { host, dataDir, auth, call, stop };
}
