import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, visibleJson } from '../../../electron/cli/terminal';
import { DEFAULT_FIXTURES_DIR } from '../../../fixtures/generate';
import { TERMINAL_ESCAPES_TEXT, TERMINAL_ESCAPES_TITLE, generateHostileFixtures, type HostileFixtures } from '../../../fixtures/hostile';
import { projectRoot } from '../helpers';
import { spoor } from './spoor';

/** What a terminal would obey: C0 but tab, newline and form feed; DEL and C1; bidi embeddings, overrides and isolates. */
const OBEYED = /[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text for a terminal', () => {
  it('shows every control character and bidi override as an escape, and leaves the rest alone', () => {
    expect(visible(TERMINAL_ESCAPES_TEXT)).toBe('Regel \\x1b[31mrood\\x1b[0m \\x1b[2J\\x1b]0;gehackt\\x07 \\x9b6n \\u202eesrever\\u2066 vals\\x0dwaar\n');
    expect(visible('kolom\tkolom\fvolgende pagina\nregel — “Zoë” € ✓')).toBe('kolom\tkolom\fvolgende pagina\nregel — “Zoë” € ✓');
  });

  it('leaves nothing a terminal would obey, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(visible(text)).not.toMatch(OBEYED);
        if (!OBEYED.test(text)) expect(visible(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps JSON the same value while escaping what a terminal would obey', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const item of [value, { text }]) {
          const json = visibleJson(JSON.stringify(item, null, 2));
          expect(json).not.toMatch(OBEYED);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(item)));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const run = promisify(execFile);
const SPOOR = path.join(projectRoot, 'electron/cli/spoor.mjs');
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs spoor with stdout on a real terminal (util-linux `script` gives it a pseudo-terminal); stderr is dropped. */
async function onTerminal(...args: string[]): Promise<string> {
  const command = `${[process.execPath, SPOOR, ...args].map(quote).join(' ')} 2>/dev/null`;
  try {
    const { stdout } = await run('script', ['-qec', command, '/dev/null'], { env: { ...process.env, LANG: 'C', SPOOR_LANG: '', TERM: 'xterm' } });
    // The terminal ends each line with \r\n; that carriage return is the terminal's, not the text's.
    return stdout.replace(/\r\n/g, '\n');
  } catch (error) {
    throw new Error(`${command}: ${JSON.stringify(error)}`);
  }
}

describe('the CLI on a terminal and in a pipe', () => {
  let hostile: HostileFixtures;
  let workDir: string;
  let casePath: string;
  let mailId: string;
  let textId: string;

  beforeAll(async () => {
    hostile = await generateHostileFixtures(path.join(DEFAULT_FIXTURES_DIR, 'hostile'));
    // Made here, not with tempDir(): that one is removed after each test, and this case serves them all.
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-terminal-'));
    casePath = path.join(workDir, 'Zaak.spoor');
    await spoor('case', 'create', casePath);
    const files = ['stuurtekens.txt', 'stuurtekens.eml'].map((name) => path.join(hostile.dir, name));
    const report = JSON.parse((await spoor('import', casePath, ...files, '--json')).stdout) as { results: Array<{ file: string; documentId: string }> };
    textId = report.results.find((result) => result.file === 'stuurtekens.txt')!.documentId;
    mailId = report.results.find((result) => result.file === 'stuurtekens.eml')!.documentId;
  }, 60_000);

  afterAll(() => fs.rm(workDir, { recursive: true, force: true }));

  it('prints document text and titles byte for byte into a pipe', async () => {
    // As stored: the importer reads the carriage return as a line break; every other character is kept.
    const stored = JSON.parse((await spoor('text', casePath, textId, '--json')).stdout).pages[0].text as string;
    expect(stored).toBe(TERMINAL_ESCAPES_TEXT.replace('\r', '\n'));
    expect((await spoor('text', casePath, textId)).stdout).toBe(`${stored}\n`);
    expect((await spoor('docs', casePath)).stdout).toContain(TERMINAL_ESCAPES_TITLE);
  });

  it('shows them escaped on a terminal, for every verb that prints what documents hold', { timeout: 120_000 }, async () => {
    const outputs = {
      text: await onTerminal('text', casePath, textId),
      docs: await onTerminal('docs', casePath),
      search: await onTerminal('search', casePath, 'vals'),
      dates: await onTerminal('dates', '--case', casePath, '--doc', mailId),
      woo: await onTerminal('woo', casePath),
      audit: await onTerminal('audit', casePath),
      verify: await onTerminal('verify', casePath),
      json: await onTerminal('docs', casePath, '--json'),
    };
    for (const [verb, output] of Object.entries(outputs)) expect(output, verb).not.toMatch(OBEYED);
    expect(outputs.text).toContain('Regel \\x1b[31mrood\\x1b[0m \\x1b[2J\\x1b]0;gehackt\\x07 \\x9b6n \\u202eesrever\\u2066 vals\nwaar');
    expect(outputs.docs).toContain('Nota \\x1b]0;gehackt\\x07\\x1b[2J \\u202eesrever');
    expect(outputs.search).toContain('\\x1b[31m');
    expect(JSON.parse(outputs.json)).toEqual(expect.arrayContaining([expect.objectContaining({ title: TERMINAL_ESCAPES_TITLE })]));
  });
});
