/**
 * The search worker thread: holds the open case's loaded index shards and
 * answers every query (see search/search-session.ts). Long-lived: it starts
 * with the first search call of a case and ends when the case closes.
 * Requests are answered one at a time, in the order they came.
 */
import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../../../shared/errors';
import { SerialQueue } from '../fs/serial-queue';
import { SEARCH_METHODS, type SearchCall, type SearchReply } from '../search/search-worker';
import { SearchSession } from '../search/search-session';

const port = parentPort;
if (!port) throw new Error('search-index.worker must run in a worker thread');

const session = new SearchSession();
const queue = new SerialQueue();

port.on('message', (message: SearchCall) => {
  void queue
    .run(async () => {
      if (!(SEARCH_METHODS as readonly string[]).includes(message.method)) throw new Error(`unknown search method ${message.method}`);
      const method = session[message.method] as (...args: unknown[]) => unknown;
      return method.apply(session, message.args);
    })
    .then(
      (value) => port.postMessage({ id: message.id, ok: true, value } satisfies SearchReply),
      (error: unknown) => port.postMessage({ id: message.id, ok: false, error: toErrorInfo(error) } satisfies SearchReply),
    );
});
