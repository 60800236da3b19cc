import path from 'node:path';
import { CaseService } from '../core/service/case-service';

/**
 * Opens a case for one CLI command and always releases it (pending writes
 * flushed, worker threads stopped), whatever the command did.
 */
export async function withCase<T>(casePath: string, work: (service: CaseService) => Promise<T>, onProgress?: ConstructorParameters<typeof CaseService>[0]['onImportProgress']): Promise<T> {
  const service = new CaseService({ casesDir: path.dirname(path.resolve(casePath)), onImportProgress: onProgress });
  try {
    await service.openCase(casePath);
    return await work(service);
  } finally {
    await service.dispose();
  }
}
