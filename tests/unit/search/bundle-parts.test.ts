import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBundlePdf, planBundle } from '../../../fixtures/woo-release';
import { SearchArea } from '../../../electron/core/search/search-area';
import { CaseService } from '../../../electron/core/service/case-service';
import { tempDir } from '../helpers';

const services: CaseService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

describe('a Woo bundle and its parts in the index', () => {
  it('finds every page once: under its part, numbered as the part shows it, never again under the bundle', async () => {
    const dir = await tempDir();
    const bundle = path.join(dir, 'bundel.pdf');
    const seed = 7;
    await fs.writeFile(bundle, await makeBundlePdf(planBundle(seed, 24), seed, []));
    const service = new CaseService({ casesDir: dir });
    services.push(service);
    const search = new SearchArea(service, () => 'nl');
    await service.createCase('Bundel');
    await service.importFiles([{ path: bundle, name: 'bundel.pdf', origin: bundle }], { ocr: false });
    const store = service.requireStore();
    const bundleRecord = store.listDocuments().find((doc) => !doc.parent)!;
    const parts = store.listDocuments().filter((doc) => doc.parent?.relation === 'part');
    expect(parts.length).toBeGreaterThan(3);
    await search.ready();

    // Every printed e-mail in the bundle has an "Onderwerp:" line.
    const result = await search.query({ query: 'onderwerp', exact: false, facets: {}, page: 0, pageSize: 500, passagesPerDocument: 50 });
    const bundlePages = result.groups.flatMap((group) => {
      const record = store.findDocument(group.documentId)!;
      const offset = record.parent?.relation === 'part' ? record.parent.firstPage - 1 : 0;
      return group.passages.map((passage) => `${passage.page + offset}:${passage.start}`);
    });
    expect(bundlePages.length).toBeGreaterThanOrEqual(parts.length / 2);
    expect(new Set(bundlePages).size).toBe(bundlePages.length);
    // Pages covered by parts are not found again under the bundle itself.
    const covered = new Set(parts.flatMap((part) => (part.parent?.relation === 'part' ? [part.parent.firstPage, part.parent.lastPage] : [])));
    const underBundle = result.groups.find((group) => group.documentId === bundleRecord.id)?.passages ?? [];
    for (const passage of underBundle) expect(covered.has(passage.page)).toBe(false);
    for (const group of result.groups) {
      const record = store.findDocument(group.documentId)!;
      if (record.parent?.relation === 'part') {
        for (const passage of group.passages) expect(passage.page).toBeLessThanOrEqual(record.parent.lastPage - record.parent.firstPage + 1);
      }
    }
  });
});
