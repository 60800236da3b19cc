import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, CHANNEL_PATTERN, contract } from '../../../shared/contract';
import { createDispatcher, type Handlers } from '../../../shared/contract/dispatch';
import { SpoorError } from '../../../shared/errors';

const summary = { id: 'c1', name: 'Zaak', path: '/tmp/Zaak.spoor', createdAt: '2024-01-01T00:00:00.000Z', documentCount: 0 };

/** Handlers that answer validly, so any failure below comes from the dispatcher's checks. */
function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const notUsed = () => {
    throw new Error('not used in this test');
  };
  const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, notUsed])) as unknown as Handlers;
  return { ...handlers, 'case:create': async () => summary, 'case:current': () => null, ...overrides };
}

describe('the contract', () => {
  it('names every channel area:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(CHANNEL_PATTERN);
  });

  it('gives every call an input and an output schema', () => {
    for (const spec of Object.values(contract)) {
      expect(typeof spec.input.safeParse).toBe('function');
      expect(typeof spec.output.safeParse).toBe('function');
    }
  });
});

describe('createDispatcher', () => {
  const unknownChannels: unknown[] = [
    'nope:verb',
    'case:create ',
    'CASE:CREATE',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    42,
    null,
    undefined,
    {},
    ['case:create'],
    'x'.repeat(100_000),
  ];

  it.each(unknownChannels.map((channel) => [channel]))('refuses unknown channel %#', async (channel) => {
    const result = await createDispatcher(fakeHandlers())(channel, {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('contract.unknownChannel');
      expect(result.error.message.length).toBeLessThan(200);
    }
  });

  const hostileInputs: Array<[string, unknown]> = [
    ['no input', undefined],
    ['null', null],
    ['a string', 'Zaak'],
    ['an array', [{ name: 'Zaak' }]],
    ['a number', 7],
    ['a wrong type', { name: 42 }],
    ['an empty name', { name: '   ' }],
    ['a path in the name', { name: '../../etc' }],
    ['a backslash path', { name: '..\\windows' }],
    ['a NUL byte', { name: 'a\u0000b' }],
    ['a dot name', { name: '..' }],
    ['an overlong name', { name: 'a'.repeat(500) }],
    ['an unknown key', { name: 'Zaak', admin: true }],
    ['a prototype key', JSON.parse('{"name":"Zaak","__proto__":{"polluted":true}}')],
  ];

  it.each(hostileInputs)('rejects %s for case:create with a clear message', async (_label, input) => {
    const create = vi.fn(async () => summary);
    const result = await createDispatcher(fakeHandlers({ 'case:create': create }))('case:create', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('contract.invalidInput');
      expect(result.error.message).toMatch(/^Invalid input for case:create: /);
    }
    expect(create).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('passes parsed input to the handler and returns its checked output', async () => {
    const create = vi.fn(async () => summary);
    const result = await createDispatcher(fakeHandlers({ 'case:create': create }))('case:create', { name: '  Toeslagen  ' });
    expect(create).toHaveBeenCalledWith({ name: 'Toeslagen' });
    expect(result).toEqual({ ok: true, value: summary });
  });

  it('reports a handler answer that breaks the contract as an internal error', async () => {
    const onInternal = vi.fn();
    const broken = fakeHandlers({ 'case:create': async () => ({ ...summary, documentCount: -1 }) });
    const result = await createDispatcher(broken, onInternal)('case:create', { name: 'Zaak' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('contract.invalidOutput');
    expect(onInternal).toHaveBeenCalledOnce();
  });

  it('returns a SpoorError thrown by a handler with its code and details', async () => {
    const failing = fakeHandlers({
      'case:create': async () => {
        throw new SpoorError('case.exists', 'exists', { path: '/x.spoor' });
      },
    });
    const result = await createDispatcher(failing)('case:create', { name: 'Zaak' });
    expect(result).toEqual({ ok: false, error: { code: 'case.exists', message: 'exists', details: { path: '/x.spoor' } } });
  });

  it('turns any other exception into an internal error without a stack trace', async () => {
    const failing = fakeHandlers({
      'case:create': async () => {
        throw new TypeError('boom');
      },
    });
    const result = await createDispatcher(failing, () => undefined)('case:create', { name: 'Zaak' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'boom', details: {} } });
  });
});
