import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { SpoorError, type ErrorInfo } from '../../../shared/errors';
import { resolveWorker } from '../workers/worker-entry';
import type { SearchSession } from './search-session';

/** What the main thread may ask the search worker: the methods of SearchSession. */
export const SEARCH_METHODS = ['setShards', 'setDocuments', 'setCodes', 'query', 'documentHits', 'batch', 'memory'] as const;
export type SearchMethod = (typeof SEARCH_METHODS)[number];

type Args<M extends SearchMethod> = Parameters<SearchSession[M]>;
type Result<M extends SearchMethod> = Awaited<ReturnType<SearchSession[M]>>;

export interface SearchCall {
  id: number;
  method: SearchMethod;
  args: unknown[];
}
export type SearchReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorInfo };

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The main thread's end of the search worker (workers/search-index.worker.ts):
 * typed calls as messages, answered in order. The thread starts with the
 * first call. If it dies (out of memory, a bug), every waiting call fails,
 * `onExit` listeners hear of it, and the next call starts a fresh thread.
 */
export class SearchWorker {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly exitListeners = new Set<(error: Error) => void>();
  private closing = false;

  call<M extends SearchMethod>(method: M, ...args: Args<M>): Promise<Result<M>> {
    if (this.closing) return Promise.reject(new SpoorError('case.notOpen', 'The case is closing'));
    const worker = this.start();
    const id = (this.nextId += 1);
    return new Promise<Result<M>>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, method, args } satisfies SearchCall);
    });
  }

  /** Called when the thread ends without being asked to (what it held is gone). */
  onExit(listener: (error: Error) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
    this.failAll(new SpoorError('case.notOpen', 'The case was closed'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const entry = resolveWorker('search-index');
    // Built, the entry is plain ESM. From source (tests, CLI, host), it is TypeScript, required through tsx's CommonJS hook.
    const worker = entry.filename.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs'))}); require(${JSON.stringify(entry.filename)});`, { eval: true })
      : new Worker(entry.filename);
    worker.on('message', (reply: SearchReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(SpoorError.fromInfo(reply.error));
    });
    let failure: Error | undefined;
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const error = new SpoorError('internal', `The search worker stopped (${failure?.message ?? `exit code ${code}`})`);
      this.failAll(error);
      for (const listener of this.exitListeners) listener(error);
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
