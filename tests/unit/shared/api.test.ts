import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { buildRawApi, unwrapApi, type Transport } from '../../../shared/contract/api';
import type { EventMessage } from '../../../shared/contract/events';
import { SpoorError } from '../../../shared/errors';

function recordingTransport(answer: Awaited<ReturnType<Transport['invoke']>>) {
  const listeners = new Set<(message: EventMessage) => void>();
  const transport: Transport = {
    invoke: vi.fn(async () => answer),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, emit: (message: EventMessage) => listeners.forEach((listener) => listener(message)) };
}

describe('the API built from the contract', () => {
  it('has one named function per channel, and nothing that reaches the transport raw', () => {
    const api = buildRawApi(recordingTransport({ ok: true, value: null }).transport) as unknown as Record<string, Record<string, unknown>>;
    for (const channel of CHANNELS) {
      const [area, verb] = channel.split(':') as [string, string];
      expect(typeof api[area]?.[verb]).toBe('function');
    }
    expect(Object.keys(api).sort()).toEqual([...new Set(CHANNELS.map((c) => c.split(':')[0]))].concat('on').sort());
  });

  it('sends calls on their own channel, with an empty object for calls without input', async () => {
    const { transport } = recordingTransport({ ok: true, value: null });
    const api = buildRawApi(transport);
    await api.case.current();
    await api.documents.page({ id: 'e012cb315d5c', page: 2 });
    expect(transport.invoke).toHaveBeenNthCalledWith(1, 'case:current', {});
    expect(transport.invoke).toHaveBeenNthCalledWith(2, 'documents:page', { id: 'e012cb315d5c', page: 2 });
  });

  it('unwraps values and throws SpoorError with the code and details of an error envelope', async () => {
    const ok = unwrapApi(buildRawApi(recordingTransport({ ok: true, value: 'fine' }).transport));
    await expect(ok.case.current()).resolves.toBe('fine');
    const error = { code: 'case.notOpen' as const, message: 'No case is open', details: { a: 1 } };
    const failing = unwrapApi(buildRawApi(recordingTransport({ ok: false, error }).transport));
    const thrown = await failing.documents.list().catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(SpoorError);
    expect((thrown as SpoorError).toInfo()).toEqual(error);
  });

  it('delivers only the subscribed event and stops after unsubscribe', () => {
    const { transport, emit } = recordingTransport({ ok: true, value: null });
    const api = buildRawApi(transport);
    const listener = vi.fn();
    const stop = api.on('import:progress', listener);
    const payload = { batchId: 'b', fileIndex: 0, fileCount: 1, fileName: 'a.pdf', phase: 'hashing' as const, fraction: 0 };
    emit({ event: 'import:progress', payload });
    stop();
    emit({ event: 'import:progress', payload });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledWith(payload);
  });
});
