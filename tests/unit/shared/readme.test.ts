import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers';

/** The README shows the screenshots the e2e suite takes (tests/e2e/screenshots.spec.ts), all of them, and nothing else. */
describe('the README screenshots', () => {
  it('link to files that exist, and every screenshot taken is shown', async () => {
    const readme = await fs.readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    const taken = (await fs.readdir(path.join(projectRoot, 'tests/e2e/screenshots'))).filter((name) => name.endsWith('.png'));
    expect(taken.length).toBeGreaterThan(5);
    expect(linked.sort()).toEqual(taken.map((name) => `tests/e2e/screenshots/${name}`).sort());
  });
});
