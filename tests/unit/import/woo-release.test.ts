import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { SCANNED_PAGE_WORDS, generateWooRelease, planRelease } from '../../../fixtures/woo-release';
import { tempDir } from '../helpers';
import { openService, source } from './service';

const { wooDir } = fixturePaths();
const plan = planRelease();
const files = ['besluit-woo-verzoek.pdf', 'inventarislijst.xlsx', 'documenten-bundel.pdf'].map((name) => `${wooDir}/${name}`);

describe('a Woo release', () => {
  it('splits the bundle, reads the inventory, reconciles both, and reads the scanned page by OCR', { timeout: 120_000 }, async () => {
    const service = await openService();
    const report = await service.importFiles(files.map(source));
    expect(report.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    const bundleResult = report.results[2];
    expect(bundleResult).toMatchObject({ pageCount: 200, parts: plan.documents.length, ocrPages: 1 });

    const woo = await service.wooReport();
    const [bundle] = woo.bundles;
    expect(bundle?.pageCount).toBe(200);
    expect(bundle?.parts.map((p) => [p.number, p.lastPage - p.firstPage + 1])).toEqual(plan.documents.map((d) => [d.number, d.pages]));

    // A printed e-mail's header block became the part's metadata, redacted addresses kept as they were.
    const firstMail = plan.documents.find((d) => d.email)!;
    const part = bundle!.parts.find((p) => p.number === firstMail.number)!;
    const hh = String(firstMail.date.getUTCHours()).padStart(2, '0');
    const mm = String(firstMail.date.getUTCMinutes()).padStart(2, '0');
    expect(part.metadata).toEqual({
      documentType: 'e-mail',
      date: `${firstMail.date.toISOString().slice(0, 10)}T${hh}:${mm}`,
      sender: firstMail.sender,
      recipients: firstMail.recipients,
      cc: ['5.1.2e'],
      subject: firstMail.subject,
    });
    expect(part.inventory).toMatchObject({ id: firstMail.number, judgement: 'deels openbaar' });

    const [release] = woo.releases;
    expect(release?.counts).toEqual({ rows: plan.inventoryRows, found: plan.found, missing: plan.missing.length, extra: plan.extra.length });
    expect(release?.missing.map((row) => row.id)).toEqual(plan.missing);
    expect(release?.extra.map((d) => d.number)).toEqual(plan.extra);
    const mismatch = release?.found.find((f) => f.row.id === plan.mismatch);
    expect(mismatch).toMatchObject({ onlyInInventory: ['5.1.2i'], onlyInText: ['5.1.2e'] });
    expect(woo.inventories).toEqual([expect.objectContaining({ ok: true, rowCount: plan.inventoryRows, issues: [] })]);

    // Ground counts per page: every bundle page carries 5.1.2e markers; the decision letter names its grounds in words.
    const bundleGrounds = woo.documents.find((d) => d.id === bundle!.documentId)!;
    expect(bundleGrounds.pages.length).toBeGreaterThan(190);
    expect(bundleGrounds.grounds['5.1.2e']).toBeGreaterThan(200);
    const decision = woo.documents.find((d) => d.title === 'besluit-woo-verzoek')!;
    expect(decision.grounds).toEqual({ '5.1.2e': 1, '5.1.2i': 1, '5.2.1': 1 });

    // The scanned page: no text layer, read by OCR, with its confidence.
    const [scanned] = plan.imagePages;
    const page = (await service.getPage(bundle!.documentId, scanned!)).page;
    expect(page.source).toBe('ocr');
    expect(page.ocrConfidence).toBeGreaterThan(60);
    for (const word of SCANNED_PAGE_WORDS) expect(page.text).toContain(word);
    expect(page.boxes?.length).toBeGreaterThan(20);

    // A part reads as its own document: its page 1 is the bundle page where it starts.
    const partPage = await service.getPage(part.documentId, 1);
    expect(partPage.pageCount).toBe(firstMail.pages);
    expect(partPage.page.text).toContain(`Document ${firstMail.number}`);
  });
});

describe('the Woo release generator', () => {
  it('writes the same bytes for the same seed', { timeout: 60_000 }, async () => {
    const digest = async (files: string[]) => Promise.all(files.map(async (file) => createHash('sha256').update(await fs.readFile(file)).digest('hex')));
    const again = await generateWooRelease(await tempDir());
    expect(await digest([again.decision, again.inventory, again.bundle])).toEqual(await digest(files));
  });
});
