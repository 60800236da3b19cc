import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../../electron/host/guard';
import { resolveStatic } from '../../../electron/core/static-files';

const PORT = 4321;
const TOKEN = 'a'.repeat(43);
const good = { host: `127.0.0.1:${PORT}`, authorization: `Bearer ${TOKEN}` };

describe('checkRequest', () => {
  const table: Array<[string, Record<string, string | undefined>, boolean, number]> = [
    ['a correct API call', good, true, 200],
    ['a same-origin call with Origin', { ...good, origin: `http://127.0.0.1:${PORT}` }, true, 200],
    ['localhost as host name', { ...good, host: `localhost:${PORT}` }, true, 200],
    ['no token', { host: good.host }, false, 401],
    ['a wrong token', { ...good, authorization: `Bearer ${'b'.repeat(43)}` }, false, 401],
    ['a token of another length', { ...good, authorization: 'Bearer abc' }, false, 401],
    ['the token without Bearer', { ...good, authorization: TOKEN }, false, 401],
    ['another origin', { ...good, origin: 'https://evil.example' }, false, 403],
    ['another port as origin', { ...good, origin: `http://127.0.0.1:${PORT + 1}` }, false, 403],
    ['a null origin (sandboxed frame, file://)', { ...good, origin: 'null' }, false, 403],
    ['a rebinding host name', { ...good, host: `evil.example:${PORT}` }, false, 421],
    ['no Host header', { authorization: good.authorization }, false, 421],
  ];

  it.each(table)('%s', (_label, headers, allowed, status) => {
    const verdict = checkRequest(headers, PORT, TOKEN, true);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.status).toBe(status);
  });

  it('serves the UI itself without a token, but never to another origin', () => {
    expect(checkRequest({ host: good.host }, PORT, TOKEN, false).allowed).toBe(true);
    expect(checkRequest({ host: good.host, origin: 'https://evil.example' }, PORT, TOKEN, false).allowed).toBe(false);
  });
});

describe('resolveStatic', () => {
  const root = '/srv/renderer';
  it.each([
    ['/', '/srv/renderer/index.html'],
    ['/assets/app.js', '/srv/renderer/assets/app.js'],
    ['/../secret', undefined],
    ['/%2e%2e/secret', undefined],
    ['/assets/..%2f..%2fsecret', undefined],
    ['/a%00b', undefined],
    ['/%E0%A4%A', undefined],
    ['/..', undefined],
  ])('%s → %s', (urlPath, expected) => {
    expect(resolveStatic(root, urlPath)).toBe(expected);
  });
});
