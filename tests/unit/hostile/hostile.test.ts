import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { MAX_TEXT_FILE_BYTES } from '../../../electron/core/import/text-file';
import { DEFAULT_FIXTURES_DIR } from '../../../fixtures/generate';
import { CANARY_NAME, CANARY_PORT, generateHostileFixtures, type HostileFixtures } from '../../../fixtures/hostile';
import { HOSTILE_FORMAT_TEXT, NESTING_DEPTH, generateHostileFormatFixtures, type HostileFormatFixtures } from '../../../fixtures/hostile-formats';
import { CORPUS_SKIP_REASON, corpusFiles, hasCorpus } from '../helpers';

/**
 * Every hostile file gives a clear error or a safe import: nothing runs,
 * nothing is fetched, nothing is written outside the case folder.
 */
let hostile: HostileFixtures;
let service: CaseService;
let workDir: string;
let canary: net.Server | undefined;
const connections: string[] = [];

const source = (file: string) => ({ path: file, name: path.basename(file), origin: file });

async function escapedFiles(): Promise<string[]> {
  const places = [os.tmpdir(), workDir, path.dirname(workDir), hostile.dir, path.dirname(hostile.dir)];
  const found: string[] = [];
  for (const place of places) {
    for (const name of await fs.readdir(place).catch(() => [] as string[])) {
      if (name.startsWith('spoor-escaped') || name === CANARY_NAME || name === 'payload.exe') found.push(path.join(place, name));
    }
  }
  return found;
}

async function importOne(file: string) {
  const before = process.memoryUsage().rss;
  const [result] = (await service.importFiles([source(file)])).results;
  return { result: result!, rssGrowthMb: (process.memoryUsage().rss - before) / 1024 / 1024 };
}

beforeAll(async () => {
  hostile = await generateHostileFixtures(path.join(DEFAULT_FIXTURES_DIR, 'hostile'));
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-hostile-'));
  service = new CaseService({ casesDir: workDir });
  await service.createCase('Vijandig');
  canary = net.createServer((socket) => {
    connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => {
    canary!.once('error', () => {
      console.warn(`[hostile] port ${CANARY_PORT} is taken: network attempts are not counted in this run`);
      canary = undefined;
      resolve();
    });
    canary!.listen(CANARY_PORT, '127.0.0.1', () => resolve());
  });
}, 60_000);

afterAll(async () => {
  await service.dispose();
  await new Promise((resolve) => (canary ? canary.close(resolve) : resolve(undefined)));
  await fs.rm(workDir, { recursive: true, force: true });
});

describe('hostile files the importer refuses', () => {
  it('refuses each with its own clear error and keeps the case as it was', async () => {
    for (const { file, code, what } of hostile.refused) {
      const { result } = await importOne(file);
      expect(result, what).toMatchObject({ status: 'failed', error: { code } });
    }
    expect(service.listDocuments()).toEqual([]);
  });

  it(`refuses a text file over ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const file = path.join(workDir, 'enorm.txt');
    const handle = await fs.open(file, 'w');
    await handle.write('Dit is een heel groot tekstbestand.\n'.repeat(4000)); // longer than the head the importer sniffs
    await handle.truncate(MAX_TEXT_FILE_BYTES + 1); // the rest sparse: no disk used
    await handle.close();
    const { result } = await importOne(file);
    expect(result).toMatchObject({ status: 'failed', error: { code: 'import.tooLarge', details: { limit: '64 MB' } } });
  });

  it.skipIf(!hasCorpus)('refuses every file of ../shared/corpus/broken', async () => {
    for (const file of corpusFiles('broken')) {
      const { result } = await importOne(file);
      expect(result.status, file).toBe('failed');
      expect(result.status === 'failed' && result.error.code).not.toBe('internal');
    }
  });
});

describe('hostile files imported safely', () => {
  it('imports each as text only: scripts not run, attachments not unpacked', async () => {
    for (const { file, text, what, absent = [] } of hostile.imported) {
      const { result } = await importOne(file);
      expect(result, what).toMatchObject({ status: 'imported' });
      const pages = await service.getAllPages(result.status === 'imported' ? result.documentId : '');
      const content = pages.map((page) => page.text).join('\n');
      expect(content, what).toContain(text);
      for (const fragment of absent) expect(content, what).not.toContain(fragment);
    }
    expect(await escapedFiles()).toEqual([]);
    expect((await service.verify(true)).problems).toEqual([]);
  });
});

/** Formats the importer does not take yet are tested as soon as it does. */
function skipUnlessSupported(result: { status: string; error?: { code: string } }, format: string, skip: (note: string) => never): void {
  if (result.status === 'failed' && result.error?.code === 'import.unsupportedType') {
    const note = `the importer does not accept .${format} yet (that format is being built on the import branch): this test runs once it does`;
    console.warn(`[hostile] skipped: ${note}`);
    skip(note);
  }
}

describe('zip bombs and path traversal in .zip, .docx and .xlsx', () => {
  it.for([
    ['zip', 'zip-bomb'],
    ['docx', 'zip-bomb'],
    ['xlsx', 'zip-bomb'],
    ['zip', 'path-traversal'],
    ['docx', 'path-traversal'],
    ['xlsx', 'path-traversal'],
  ] as const)('.%s %s: a clear error or a safe import, in bounded memory, nothing outside the case', async ([format, kind], context) => {
    const fixture = hostile.containers.find((candidate) => candidate.format === format && candidate.kind === kind)!;
    const { result, rssGrowthMb } = await importOne(fixture.file);
    skipUnlessSupported(result as { status: string; error?: { code: string } }, format, (note) => context.skip(note) as never);
    if (result.status === 'failed') expect(result.error.code, fixture.what).not.toBe('internal');
    expect(rssGrowthMb, `${fixture.what}: memory grew by ${rssGrowthMb.toFixed(0)} MB`).toBeLessThan(200);
    expect(await escapedFiles()).toEqual([]);
    const caseFiles = await fs.readdir(service.current()!.path, { recursive: true });
    expect(caseFiles.filter((name) => String(name).includes('spoor-escaped'))).toEqual([]);
    expect((await service.verify(true)).problems).toEqual([]);
  });
});

describe('hostile HTML e-mails', () => {
  it.for(['vijandig.eml', 'kapotte-codering.eml', 'onbekende-codering.eml'])('%s: imported as text, nothing run or fetched', async (name, context) => {
    const fixture = hostile.mails.find((mail) => path.basename(mail.file) === name)!;
    const { result } = await importOne(fixture.file);
    skipUnlessSupported(result as { status: string; error?: { code: string } }, 'eml', (note) => context.skip(note) as never);
    expect(result.status === 'failed' ? result.error.code : 'imported', fixture.what).not.toBe('internal');
    if (result.status === 'imported') {
      const text = (await service.getAllPages(result.documentId)).map((page) => page.text).join('\n');
      expect(text).not.toContain("require('fs')");
      expect(text).not.toMatch(/<script|<iframe|javascript:/i);
      if (name === 'vijandig.eml') expect(text).toContain('Geachte collega');
    }
    expect(await escapedFiles()).toEqual([]);
  });
});

describe('hostile mailboxes, attachments, spreadsheets and HTML, with the real importer', () => {
  let formats: HostileFormatFixtures;
  beforeAll(async () => {
    formats = await generateHostileFormatFixtures(path.join(DEFAULT_FIXTURES_DIR, 'hostile-formats'));
  }, 60_000);

  /** Imports one file, timing it, and returns every result line (the file's own first). */
  async function importTimed(file: string) {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { results } = await service.importFiles([source(file)]);
    return { results, seconds: (Date.now() - started) / 1000, rssGrowthMb: (process.memoryUsage().rss - before) / 1024 / 1024 };
  }
  const textOf = async (documentId: string) => (await service.getAllPages(documentId)).map((page) => page.text).join('\n');

  it('an mbox with a hostile HTML message: each message as text, nothing run or fetched', async () => {
    const { results } = await importTimed(formats.mbox);
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'imported']);
    const hostileMessage = results[2]!;
    const text = await textOf(hostileMessage.status === 'imported' ? hostileMessage.documentId : '');
    expect(text).toContain(HOSTILE_FORMAT_TEXT.mbox);
    expect(text).not.toMatch(/<script|<iframe|javascript:|require\(|onload/i);
    expect(await escapedFiles()).toEqual([]);
  });

  it('a mail whose attachment is a zip bomb: the mail imported, the attachment refused at once', async () => {
    const { results, seconds, rssGrowthMb } = await importTimed(formats.bombAttachmentMail);
    expect(results[0]).toMatchObject({ status: 'imported' });
    expect(results[1]).toMatchObject({ status: 'failed', file: 'zipbom-bijlage.eml › stukken.zip', error: { code: 'import.limitExceeded' } });
    expect(await textOf(results[0]!.status === 'imported' ? results[0]!.documentId : '')).toContain(HOSTILE_FORMAT_TEXT.bombMail);
    expect(seconds).toBeLessThan(20);
    expect(rssGrowthMb).toBeLessThan(200);
  });

  it('an inventory with formula cells and a million empty rows: read in seconds, cached values only, nothing evaluated', async () => {
    const { results, seconds } = await importTimed(formats.inventoryWithFormulas);
    expect(results[0]).toMatchObject({ status: 'imported', pageCount: 1 });
    expect(seconds).toBeLessThan(30);
    const documentId = results[0]!.status === 'imported' ? results[0]!.documentId : '';
    const text = await textOf(documentId);
    expect(text).toContain(HOSTILE_FORMAT_TEXT.inventory);
    expect(text).toContain(HOSTILE_FORMAT_TEXT.formulaResult);
    expect(text).not.toMatch(/WEBSERVICE|HYPERLINK|cmd\|/);
    const inventory = (await service.wooReport()).inventories.find((candidate) => candidate.documentId === documentId);
    expect(inventory).toMatchObject({ ok: true, rowCount: 1 });
  });

  it('a .docx whose zip bomb hides behind 80 harmless parts is refused before any reader unpacks it', async () => {
    const { results, rssGrowthMb } = await importTimed(formats.lateBombDocx);
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'import.limitExceeded' } });
    expect(rssGrowthMb).toBeLessThan(100);
  });

  it.for(['nestedHtml', 'nestedHtmlMail'] as const)(`%s: HTML nested ${NESTING_DEPTH.toLocaleString('en')} deep is read flat, every word kept, in seconds`, async (key) => {
    const { results, seconds } = await importTimed(formats[key]);
    expect(results[0]).toMatchObject({ status: 'imported', pageCount: 1 });
    expect(seconds).toBeLessThan(10);
    expect(await textOf(results[0]!.status === 'imported' ? results[0]!.documentId : '')).toContain(HOSTILE_FORMAT_TEXT.nested);
  });

  it('left nothing outside the case and a case that verifies', async () => {
    expect(await escapedFiles()).toEqual([]);
    expect((await service.verify(true)).problems).toEqual([]);
  });
});

describe('after all hostile input', () => {
  it('nothing tried to reach the network', () => {
    expect(connections).toEqual([]);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
