import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ANALYST } from '../../../electron/core/demo/demo-case';
import type { CaseService } from '../../../electron/core/service/case-service';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { caseApi, type Call } from '../../case-api';
import { spoor } from '../cli/spoor';
import { tempDir } from '../helpers';

const BUILD_TIMEOUT = 180_000;
const services: CaseService[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

/** The app's service over an empty cases folder, with an analyst of its own (not the demo's). */
async function app() {
  const casesDir = await tempDir();
  const api = await caseApi({ casesDir, analystName: 'Anna' });
  services.push(api.service);
  return { casesDir, ...api };
}

/** Everything the demo case holds that a person could lose or see twice. */
async function contents(call: Call) {
  const documents = await call('documents:list', {});
  const passages = await call('coding:retrieve', {});
  const memos = await call('memos:list', {});
  const chronology = await call('chronology:get', {});
  return { documents, passages, memos, chronology };
}

describe('the demo case', () => {
  it(
    'is built from the fixtures and holds documents, searchable words, coded passages, cited events, a signal chain; it verifies clean; opening it again keeps everything',
    async () => {
      const { casesDir, call, settings } = await app();
      const summary = await call('case:openDemo', {});
      expect(summary).toMatchObject({ name: 'Voorbeeldzaak', path: path.join(casesDir, 'Voorbeeldzaak.spoor') });
      expect(settings.get().recentCases[0]).toMatchObject({ path: summary.path, name: 'Voorbeeldzaak' });
      // The hidden folder it was built in is gone: only the finished case is there.
      expect(await fs.readdir(casesDir)).toEqual(['Voorbeeldzaak.spoor']);

      const before = await contents(call);
      const titles = before.documents.map((doc) => doc.title);
      expect(titles).toEqual(expect.arrayContaining(['rapport-signalen', 'nota-hersteloperatie', 'besluit-woo-verzoek', 'inventarislijst', 'documenten-bundel', 'Planning hersteloperatie – reactie Uitvoering']));
      expect(before.documents.filter((doc) => doc.parent?.relation === 'part').length).toBeGreaterThanOrEqual(15);
      expect(summary.documentCount).toBe(before.documents.length);

      // The Woo release: a bundle split into e-mails, reconciled with its inventory, and one scanned page read by OCR.
      const woo = await call('woo:report', {});
      expect(woo.releases).toHaveLength(1);
      expect(woo.releases[0]!.counts).toMatchObject({ missing: 3, extra: 1 });
      const bundle = before.documents.find((doc) => doc.title === 'documenten-bundel')!;
      const pages = await Promise.all(Array.from({ length: bundle.pageCount }, (_, index) => call('documents:page', { id: bundle.id, page: index + 1 })));
      expect(pages.filter((page) => page.page.source === 'ocr')).toHaveLength(1);

      // Searchable at once: the index was built with the case.
      const hits = await call('search:query', { query: 'ombudsman' });
      expect(hits.index.pendingDocuments).toBe(0);
      expect(hits.documentCount).toBeGreaterThanOrEqual(5);
      expect(hits.groups.map((group) => group.title)).toContain('rapport-signalen');

      // Coded passages, found in the imported text, by the demo's analyst.
      const lost = await call('coding:retrieve', { codeId: 'SV1' });
      expect(lost.items.map((item) => item.passage.anchor.exact)).toEqual([SAMPLE_SENTENCE_PAGE_2]);
      expect(new Set(before.passages.items.flatMap((item) => item.passage.codes.map((code) => code.codeId)))).toEqual(new Set(['DW1', 'SV1', 'BO1', 'BO6', 'SV2', 'DW4', 'SV6', 'SV4']));
      expect(before.passages.items.every((item) => item.passage.analyst === DEMO_ANALYST)).toBe(true);
      expect(before.memos.map((memo) => memo.target.kind).sort()).toEqual(['case', 'passage']);

      // Events, each citing a passage that stands word for word in its document's text.
      const { events, actors } = before.chronology;
      expect(events.length).toBeGreaterThanOrEqual(4);
      expect(events.length).toBeLessThanOrEqual(8);
      expect(new Set(events.map((event) => event.date.kind)).size).toBeGreaterThanOrEqual(4);
      const passageIds = new Set(before.passages.items.map((item) => item.passage.id));
      for (const event of events) {
        expect(event.citations.length).toBeGreaterThan(0);
        for (const citation of event.citations) {
          const { page } = await call('documents:page', { id: citation.documentId, page: citation.anchor.page });
          expect(page.text.slice(citation.anchor.start, citation.anchor.end)).toBe(citation.anchor.exact);
          expect(citation.anchorCheck?.status ?? 'found').toBe('found');
          if (citation.passageId) expect(passageIds).toContain(citation.passageId);
        }
      }

      // A signal chain: every signal runs between actors of the case; one was answered by another event, one was lost.
      const signals = events.flatMap((event) => (event.signal ? [event.signal] : []));
      expect(signals.length).toBeGreaterThanOrEqual(2);
      const actorIds = new Set(actors.map((actor) => actor.id));
      for (const signal of signals) {
        expect(actorIds).toContain(signal.fromActorId);
        expect(actorIds).toContain(signal.toActorId);
        if (signal.answer.kind === 'response') expect(events.map((event) => event.id)).toContain(signal.answer.eventId);
      }
      const lostSignal = signals.find((signal) => signal.answer.kind === 'none');
      expect(lostSignal).toMatchObject({ codeIds: expect.arrayContaining(['SV1']) });
      expect(actors.find((actor) => actor.id === lostSignal!.toActorId)?.name).toBe('Minister van Financiën');

      const report = await call('case:verify', { full: true });
      expect(report.problems).toEqual([]);
      expect(report.audit.valid).toBe(true);

      // The person works in the demo; opening it again opens the same case with that work, nothing lost or doubled.
      const note = await call('memos:add', { target: { kind: 'case' }, text: 'Mijn eigen aantekening' });
      await call('case:close', {});
      const again = await call('case:openDemo', {});
      expect(again).toEqual(summary);
      const after = await contents(call);
      expect(after.documents).toEqual(before.documents);
      expect(after.passages).toEqual(before.passages);
      expect(after.chronology.events).toEqual(before.chronology.events);
      expect(after.chronology.actors).toEqual(before.chronology.actors);
      expect(after.memos).toEqual([...before.memos, note]);
      expect(await fs.readdir(casesDir)).toEqual(['Voorbeeldzaak.spoor']);
    },
    BUILD_TIMEOUT,
  );

  it(
    'leaves a damaged demo case alone and builds a new one beside it; the command line does the same',
    async () => {
      const { casesDir, call } = await app();
      const damaged = path.join(casesDir, 'Voorbeeldzaak.spoor');
      const created = await spoor('case', 'demo', casesDir, '--json');
      expect(created.code).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({ name: 'Voorbeeldzaak', path: damaged });
      // The CLI opens an intact demo case again instead of building another.
      expect(JSON.parse((await spoor('case', 'demo', casesDir, '--json')).stdout).path).toBe(damaged);

      const documents = JSON.parse(await fs.readFile(path.join(damaged, 'documents.json'), 'utf8')) as { documents: Array<{ sha256: string }> };
      const text = path.join(damaged, 'text', `${documents.documents[0]!.sha256}.json`);
      await fs.rm(text);

      const summary = await call('case:openDemo', {});
      expect(summary).toMatchObject({ name: 'Voorbeeldzaak 2', path: path.join(casesDir, 'Voorbeeldzaak 2.spoor') });
      expect((await call('case:verify', { full: false })).problems).toEqual([]);
      // Left as it was: still without that text, for the person to repair or remove.
      await expect(fs.access(text)).rejects.toThrow();
      expect(await fs.readdir(damaged)).toContain('chronology.json');
      expect((await fs.readdir(casesDir)).sort()).toEqual(['Voorbeeldzaak 2.spoor', 'Voorbeeldzaak.spoor']);
    },
    BUILD_TIMEOUT,
  );
});
