import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, parseLog } from '../../../electron/core/case/audit';
import { resolveStatic } from '../../../electron/core/static-files';
import { checkRequest } from '../../../electron/host/guard';
import { safeUploadName } from '../../../electron/host/server';
import { CHANNELS } from '../../../shared/contract';
import { createDispatcher, type Handlers } from '../../../shared/contract/dispatch';
import { SpoorError } from '../../../shared/errors';
import { paginateText } from '../../../shared/text/paginate';

/** "No input crashes it", and what each parser promises, for any input fast-check can think of. */
describe('property: the dispatcher answers any channel and input with an envelope', () => {
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      () => {
        throw new SpoorError('case.notOpen', 'no case');
      },
    ]),
  ) as unknown as Handlers;
  const dispatch = createDispatcher(handlers);
  const channel = fc.oneof(fc.constantFrom(...CHANNELS), fc.string(), fc.anything());

  it('never throws, and fails with a code from the contract', async () => {
    await fc.assert(
      fc.asyncProperty(channel, fc.anything(), async (name, input) => {
        const envelope = await dispatch(name, input);
        expect(envelope.ok).toBe(false);
        if (!envelope.ok) expect(['contract.unknownChannel', 'contract.invalidInput', 'case.notOpen']).toContain(envelope.error.code);
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: paginateText', () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.array(fc.constantFrom('a', ' ', '\n', '\n\n', '\r\n', '\f', 'woord ', 'é'), { maxLength: 800 }).map((parts) => parts.join('')));

  it('loses and invents nothing, and keeps every page within the limit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 7000 }), (input, limit) => {
        const pages = paginateText(input, limit);
        expect(pages.length).toBeGreaterThan(0);
        expect(pages.join('')).toBe(input.replace(/\r\n?/g, '\n').replace(/\f/g, ''));
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(limit);
        expect(paginateText(input, limit)).toEqual(pages);
      }),
      { numRuns: 400 },
    );
  });
});

describe('property: the host guard', () => {
  const token = 'T'.repeat(43);
  const headerValue = fc.oneof(fc.string(), fc.constantFrom(`Bearer ${token}`, '127.0.0.1:4000', 'localhost:4000', 'http://127.0.0.1:4000', 'null'));
  const headers = fc.dictionary(fc.constantFrom('host', 'origin', 'authorization', 'cookie', 'referer', 'x-forwarded-for'), headerValue);

  it('never throws, and lets a request through only with the right Host, no foreign Origin and the token', () => {
    fc.assert(
      fc.property(headers, fc.boolean(), (given, needsToken) => {
        const verdict = checkRequest(given, 4000, token, needsToken);
        if (!verdict.allowed) return;
        expect(['127.0.0.1:4000', 'localhost:4000']).toContain(given['host']);
        if (given['origin'] !== undefined) expect(['http://127.0.0.1:4000', 'http://localhost:4000']).toContain(given['origin']);
        if (needsToken) expect(given['authorization']).toBe(`Bearer ${token}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: resolveStatic', () => {
  const root = '/srv/spoor/renderer';
  const urlPath = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '/', '\\', 'assets', 'index.html', '%00', '%', '//', 'a'), { maxLength: 12 }).map((parts) => parts.join('/')),
  );

  it('never throws and never resolves outside the renderer folder', () => {
    fc.assert(
      fc.property(urlPath, (url) => {
        const resolved = resolveStatic(root, url);
        if (resolved !== undefined) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: safeUploadName', () => {
  it('always gives one non-empty, harmless path segment', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('..', '.', '/', '\\', '../..', 'C:\\x\\..')), (raw) => {
        const name = safeUploadName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(200);
        expect(name).not.toMatch(/[\\/\u0000-\u001f]/);
        expect(['.', '..']).not.toContain(name);
        expect(path.basename(name)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: the audit log parser and its canonical JSON', () => {
  it('reads any text without throwing, and calls it valid only when every line is a linked entry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.jsonValue().map((value) => JSON.stringify(value)), { maxLength: 5 }).map((lines) => lines.join('\n'))), (raw) => {
        const parsed = parseLog(raw);
        if (parsed.verification.valid) expect(parsed.entries.length).toBe(parsed.verification.entries);
        expect(parsed.completeBytes).toBeLessThanOrEqual(Buffer.byteLength(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same canonical form whatever the key order', () => {
    const shuffle = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shuffle);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, shuffle(item)]));
      return value;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(shuffle(value))).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
  });
});
