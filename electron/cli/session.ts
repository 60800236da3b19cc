import path from 'node:path';
import { CaseService, type CaseServiceOptions, type OpenCaseOptions } from '../core/service/case-service';
import { auditAnalyst } from '../core/settings';

export interface SessionOptions extends OpenCaseOptions {
  /** The verb, for the case lock (`spoor import`), so the app can say who holds the case. */
  holder?: string;
}

/** The analyst the CLI records in the audit log: SPOOR_ANALYST, else the system account. */
export function cliAnalyst(): string {
  return auditAnalyst(process.env['SPOOR_ANALYST'] ?? '');
}

export function cliService(casesDir: string, extra: Partial<CaseServiceOptions> = {}): CaseService {
  return new CaseService({ casesDir, analyst: cliAnalyst, holder: 'spoor (command line)', ...extra });
}

/**
 * Opens a case for one CLI command and always releases it (pending writes
 * flushed, lock released, worker threads stopped), whatever the command did.
 * Commands that only read open the case read-only, so they work while the
 * app has it open.
 */
export async function withCase<T>(
  casePath: string,
  work: (service: CaseService) => Promise<T>,
  onProgress?: CaseServiceOptions['onImportProgress'],
  options: SessionOptions = {},
): Promise<T> {
  const { holder, ...open } = options;
  const service = cliService(path.dirname(path.resolve(casePath)), {
    onImportProgress: onProgress,
    ...(holder ? { holder: `${holder} (command line)` } : {}),
  });
  try {
    await service.openCase(casePath, open);
    return await work(service);
  } finally {
    await service.dispose();
  }
}
