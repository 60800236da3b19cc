import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchArea } from '../../../electron/core/search/search-area';
import { CaseService } from '../../../electron/core/service/case-service';
import { tempDir } from '../helpers';

const services: CaseService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

const hits = async (search: SearchArea, query: string) =>
  (await search.query({ query, exact: false, facets: {}, page: 0, pageSize: 20, passagesPerDocument: 5 })).groups.flatMap((group) => group.passages.map((passage) => passage.snippet.text));

describe('the index after a text repair', () => {
  it('searches the text read again from the original, not the damaged text it indexed before', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'nota.txt');
    await fs.writeFile(file, 'De inspecteur meldde het signaal over de kinderopvangtoeslag aan de directie.\n');
    const service = new CaseService({ casesDir: dir });
    services.push(service);
    const search = new SearchArea(service, () => 'nl');
    const { path: root } = await service.createCase('Herstel');
    const [result] = (await service.importFiles([{ path: file, name: 'nota.txt', origin: file }])).results;
    if (result?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result)}`);
    const record = service.getDocument(result.documentId);

    // The stored text is replaced behind Spoor's back by other, still readable text, and indexed as such.
    const textFile = service.requireStore().layout.text(record.sha256);
    const stored = JSON.parse(await fs.readFile(textFile, 'utf8')) as { pages: Array<{ text: string }> };
    stored.pages[0]!.text = 'Een vervalste zin die nooit in het origineel stond.';
    await fs.writeFile(textFile, JSON.stringify(stored));
    await service.closeCase();
    await fs.rm(path.join(root, 'index'), { recursive: true, force: true });
    await service.openCase(root);
    await search.ready();
    expect(await hits(search, 'vervalste')).toHaveLength(1);

    const report = await service.repairTexts([record.id]);
    expect(report.repaired.map((doc) => doc.documentId)).toEqual([record.id]);
    await search.ready();
    expect(await hits(search, 'vervalste')).toEqual([]);
    const found = await hits(search, 'signalen');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('kinderopvangtoeslag');
  });
});
