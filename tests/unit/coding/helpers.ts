import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { CaseService } from '../../../electron/core/service/case-service';
import { caseApi } from '../../case-api';
import { tempDir } from '../helpers';

const services: CaseService[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

/** A case behind the real dispatcher, as the UI reaches it, with typed calls that throw SpoorError. */
export async function codingCase(name = 'Zaak', analyst = 'Anna') {
  const dir = await tempDir();
  const { service, settings, grants, call } = await caseApi({ casesDir: dir, analystName: analyst });
  services.push(service);
  await call('case:create', { name });

  async function importText(fileName: string, text: string): Promise<string> {
    const file = path.join(dir, fileName);
    await fs.writeFile(file, text);
    const report = await service.importFiles([{ path: file, name: fileName, origin: file }]);
    const result = report.results[0];
    if (result?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result)}`);
    return result.documentId;
  }

  /** Rewrites a document's extracted text as a re-extraction (e.g. an OCR rerun) would. */
  async function rewriteText(documentId: string, pages: string[]): Promise<void> {
    const store = service.requireStore();
    const record = service.getDocument(documentId);
    const file = store.layout.text(record.sha256);
    const extracted = { version: 1, sha256: record.sha256, pages: pages.map((text, index) => ({ page: index + 1, text, source: 'plain' })) };
    await fs.writeFile(file, JSON.stringify(extracted));
    // Make sure the modification time differs from the cached one even on coarse clocks.
    const later = new Date(Date.now() + 5000);
    await fs.utimes(file, later, later);
  }

  return { dir, service, settings, grants, call, importText, rewriteText };
}
