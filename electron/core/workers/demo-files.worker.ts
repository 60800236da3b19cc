/**
 * Worker thread: writes the demo case's documents (the PDFs, the bundle with
 * its scanned page, the spreadsheet: seconds of work), so the thread that
 * answers the UI never waits on it.
 */
import type { ImportSource } from '../import/importer';
import { writeDemoFiles } from '../demo/demo-files';

export interface DemoFilesTask {
  dir: string;
}

export default function writeDemoFilesTask({ dir }: DemoFilesTask): Promise<ImportSource[][]> {
  return writeDemoFiles(dir);
}
