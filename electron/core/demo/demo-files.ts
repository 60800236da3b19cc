/**
 * The documents of the demo case, written by the repo's own fixture
 * generators: the sample report, a Woo release (decision letter, inventory,
 * a bundle of printed e-mails with one scanned page), an e-mail with the
 * report attached, and a Word note. Invented names and facts; the same
 * bytes on every run. Written in a worker thread (demo-files.worker.ts):
 * these modules load pdf-lib, which the app's main thread should not.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { mailWithAttachments } from '../../../fixtures/formats';
import { SAMPLE_REPORT_PAGES, makeTextPdf } from '../../../fixtures/sample-pdf';
import { WOO_RELEASE_SEED, generateWooRelease } from '../../../fixtures/woo-release';
import { makeDocx } from '../../../fixtures/zip-writer';
import type { ImportSource } from '../import/importer';
import { NOTE_PARAGRAPHS } from './demo-note';

/**
 * Pages of the Woo bundle. The test fixture has 200; 60 still give some
 * twenty e-mails, an attachment, a scanned page for OCR and every kind of
 * reconciliation finding, and keep building the demo quick.
 */
const DEMO_BUNDLE_PAGES = 60;

/** Where provenance says the demo documents came from: no temporary path, the same on every run. */
const DEMO_ORIGIN = 'Spoor-voorbeeldzaak';

/**
 * Writes the documents into `dir` and lists them as import batches, in
 * order. The e-mail comes last, on its own: it brings the report again as an
 * attachment, and the importer reads the files of one batch side by side.
 */
export async function writeDemoFiles(dir: string): Promise<ImportSource[][]> {
  const report = await makeTextPdf(SAMPLE_REPORT_PAGES, 'Rapport signalen kinderopvangtoeslag');
  const files: Array<[name: string, bytes: Uint8Array | string]> = [
    ['rapport-signalen.pdf', report],
    ['nota-hersteloperatie.docx', makeDocx(NOTE_PARAGRAPHS)],
    ['mail-planning-hersteloperatie.eml', mailWithAttachments(report)],
  ];
  for (const [name, bytes] of files) await fs.writeFile(path.join(dir, name), bytes);
  const woo = await generateWooRelease(path.join(dir, 'woo-besluit'), WOO_RELEASE_SEED, DEMO_BUNDLE_PAGES);
  const [reportSource, note, mail] = files.map(([name]) => source(path.join(dir, name), name));
  const release = [woo.decision, woo.inventory, woo.bundle].map((file) => source(file, `woo-besluit/${path.basename(file)}`));
  return [[reportSource!, note!, ...release], [mail!]];
}

function source(file: string, name: string): ImportSource {
  return { path: file, name: path.basename(name), origin: `${DEMO_ORIGIN}/${name}` };
}
