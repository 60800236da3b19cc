import path from 'node:path';
import { afterEach } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import type { ImportProgress } from '../../../shared/model/import';
import { tempDir } from '../helpers';

const services: CaseService[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

/** A service with a fresh, open case, disposed after the test. */
export async function openService(onImportProgress?: (progress: ImportProgress) => void): Promise<CaseService> {
  const service = new CaseService({ casesDir: await tempDir(), onImportProgress });
  services.push(service);
  await service.createCase('Zaak');
  return service;
}

export const source = (file: string) => ({ path: file, name: path.basename(file), origin: file });
