import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { expect, test } from './host-fixture';

const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

test('the built UI has no inline script or handler, and its CSP allows no eval', async () => {
  const html = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
});

test('the UI runs under its CSP without a single violation', async ({ page, host, fixtures }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to (CSP): ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(host.url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await page.getByLabel('Naam van de zaak').fill('CSP');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');
  await page.getByRole('tab', { name: 'Integriteit' }).click();
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('In orde');
  expect(violations).toEqual([]);
  // And the policy really is enforced: an inline script injected now does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});

test('a page of another origin cannot call the host, not even with the token', async ({ page, host }) => {
  const evil = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elders</title>'));
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    await page.goto(`${evilOrigin}/`);
    const outcome = await page.evaluate(
      async ({ origin, token }) => {
        const results: string[] = [];
        try {
          const response = await fetch(`${origin}/api/call/case:create`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ name: 'Gestolen' }),
          });
          results.push(`json:${response.status}`);
        } catch {
          results.push('json:blocked');
        }
        // A "simple" request needs no preflight: the host must refuse it itself.
        const simple = await fetch(`${origin}/api/call/case:create`, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ name: 'Stiekem' }) });
        results.push(`simple:${simple.type}`);
        return results;
      },
      { origin: host.origin, token: host.token },
    );
    expect(outcome).toEqual(['json:blocked', 'simple:opaque']);
    await expect(fs.readdir(host.casesDir)).rejects.toThrow(); // no case was created: the folder does not even exist
  } finally {
    await new Promise((resolve) => evil.close(resolve));
  }
});
