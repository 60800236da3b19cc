import fs from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { spoor } from '../cli/spoor';
import { SIGNAL, storyCase } from './helpers';

describe('spoor export (chronology)', () => {
  it('writes the report as HTML and .docx, the CSV and the TimelineJS file, with the same footnotes as the app', async () => {
    const { service, dir, call } = await storyCase();
    const casePath = service.requireStore().root;
    const memo = service.requireStore().listDocuments().find((doc) => doc.title === 'nota')!;
    await call('case:close', {});

    const html = await spoor('export', casePath, '--format', 'html', '--out', path.join(dir, 'rapport.html'), '--json');
    expect(html.code).toBe(0);
    expect(JSON.parse(html.stdout)).toEqual({ format: 'html', path: path.join(dir, 'rapport.html'), events: 4, citations: 4, unsupported: 1, unverified: 0 });
    const footnote = `“${SIGNAL}” — nota, p. 1. SHA-256 ${memo.sha256.slice(0, 12)}.`;
    expect(await fs.readFile(path.join(dir, 'rapport.html'), 'utf8')).toContain(`<li id="fn-1" value="1">${footnote}`);

    const docx = await spoor('export', casePath, '--format', 'docx', '--language', 'en', '--codes', 'SV2', '--json');
    expect(docx.code).toBe(0);
    const written = JSON.parse(docx.stdout).path as string;
    expect(path.dirname(written)).toBe(path.join(casePath, 'exports'));
    expect(written).toMatch(/Chronologie-chronology-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = unzipSync(new Uint8Array(await fs.readFile(written)));
    expect(strFromU8(zip['word/footnotes.xml']!)).toContain(`nota, p. 1. SHA-256 ${memo.sha256.slice(0, 12)}.`);
    expect(strFromU8(zip['word/document.xml']!)).toContain('Passages per code');

    const csv = await spoor('export', casePath, '--format', 'csv', '--out', path.join(dir, 'events.csv'));
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(`${path.join(dir, 'events.csv')} (4 events, 4 citations, 1 unsupported)\n`);
    const timeline = await spoor('export', casePath, '--format', 'timelinejs', '--out', path.join(dir, 'timeline.json'), '--json');
    expect(JSON.parse(await fs.readFile(JSON.parse(timeline.stdout).path, 'utf8')).events).toHaveLength(4);

    expect((await spoor('export', casePath, '--format', 'html', '--language', 'de')).code).toBe(2);
  });
});
