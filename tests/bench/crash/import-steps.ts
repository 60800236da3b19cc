/** Crash-test steps that import: text, PDF, a duplicate, e-mail with an attachment, .docx, .zip and an inventory .xlsx. */
import fs from 'node:fs/promises';
import path from 'node:path';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import type { ImportResult } from '../../../shared/model/import';
import { mailWithAttachments } from '../../../fixtures/formats';
import { makeDocx, makeZip } from '../../../fixtures/zip-writer';
import { pick, type Step, type StepContext } from './steps';

/** Imports one file; the first result line (the file's own) must be `expected`. Returns every line. */
async function importFile({ service }: StepContext, file: string, expected: 'imported' | 'duplicate'): Promise<ImportResult[]> {
  const name = path.basename(file);
  const { results } = await service.importFiles([{ path: file, name, origin: file }]);
  if (results[0]?.status !== expected) throw new Error(`expected ${expected}: ${JSON.stringify(results[0])}`);
  return results;
}

const imported = (result: ImportResult | undefined) => (result?.status === 'imported' ? result.documentId : '');

/** Keys of a newly imported document: it exists, under the name it was imported with. */
const documentKeys = (id: string, name: string) => [`doc:${id}`, `provenance:${id}:${name}`];

/** A copy of the sample PDF that is a distinct original but still parses (a comment after %%EOF). */
async function uniquePdf(context: StepContext, name: string): Promise<Buffer> {
  return Buffer.concat([await fs.readFile(context.samplePdf), Buffer.from(`\n% ${name} ${context.random()}\n`)]);
}

async function writeScratch(context: StepContext, name: string, data: string | Uint8Array): Promise<string> {
  const file = path.join(context.scratch, name);
  await fs.writeFile(file, data);
  return file;
}

export const IMPORT_STEPS: Step[] = [
  {
    name: 'import.text',
    weight: 2,
    run: (context) =>
      context.change([], async () => {
        const name = `notitie-${context.child}-${context.next()}.txt`;
        const text = `Gespreksnotitie ${name}\n\nDe directie wist van het signaal van de ombudsman (${context.child}-${context.random()}). Het signaal is niet doorgegeven aan de minister.\n`;
        return documentKeys(imported((await importFile(context, await writeScratch(context, name, text), 'imported'))[0]), name);
      }),
  },
  {
    name: 'import.pdf',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const name = `rapport-${context.child}-${context.next()}.pdf`;
        const file = await writeScratch(context, name, await uniquePdf(context, name));
        return documentKeys(imported((await importFile(context, file, 'imported'))[0]), name);
      }),
  },
  {
    name: 'import.duplicate',
    weight: 1,
    run: async (context) => {
      const doc = pick(context.random, context.service.listDocuments().filter((candidate) => candidate.kind === 'text'));
      if (!doc) return;
      const record = context.service.getDocument(doc.id);
      const name = `kopie-${context.child}-${context.next()}.txt`;
      const file = path.join(context.scratch, name);
      await fs.copyFile(context.service.requireStore().layout.original(record.sha256, record.kind), file);
      await context.change([`provenance:${doc.id}:${name}`], async () => void (await importFile(context, file, 'duplicate')));
    },
  },
  {
    // An e-mail with a PDF attachment: the attachment becomes a document of its own, linked to the mail.
    name: 'import.email',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const name = `mail-${context.child}-${context.next()}.eml`;
        const mail = mailWithAttachments(await uniquePdf(context, name)).replace('Message-ID: <fixture-1@spoor.example>', `Message-ID: <${name}@spoor.example>`);
        const results = await importFile(context, await writeScratch(context, name, mail), 'imported');
        const id = imported(results[0]);
        return [...documentKeys(id, name), `part:attachment:${id}:rapport.pdf`];
      }),
  },
  {
    name: 'import.docx',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const name = `nota-${context.child}-${context.next()}.docx`;
        const docx = makeDocx(['Nota hersteloperatie', `Kenmerk ${name} ${context.random()}`, 'De hersteloperatie vraagt om een nieuwe aanpak.']);
        return documentKeys(imported((await importFile(context, await writeScratch(context, name, docx), 'imported'))[0]), name);
      }),
  },
  {
    name: 'import.zip',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const name = `archief-${context.child}-${context.next()}.zip`;
        const member = `stukken/notitie-${context.child}-${context.random()}.txt`;
        const zip = makeZip([
          { name: member, data: `Notitie in ${name}: signaal besproken.\n`, deflate: true },
          { name: 'stukken/nota.docx', data: makeDocx([`Nota in ${name}`, String(context.random())]) },
        ]);
        const id = imported((await importFile(context, await writeScratch(context, name, zip), 'imported'))[0]);
        return [...documentKeys(id, name), `part:member:${id}:${member}`];
      }),
  },
  {
    // An inventory list: its rows are kept in woo.json for the reconciliation.
    name: 'import.inventory',
    weight: 1,
    run: (context) =>
      context.change([], async () => {
        const name = `inventaris-${context.child}-${context.next()}.xlsx`;
        const header = ['Nr.', 'Datum', 'Documentnaam', 'Beoordeling', 'Weigeringsgronden'].map((value) => ({ value }));
        const rows = [1, 2, 3].map((n) => [`${context.child}.${n}`, '05-12-2019', `Stuk ${n} van ${name}`, 'Deels openbaar', '5.1.2e'].map((value) => ({ value })));
        const xlsx = await writeExcelFile([header, ...rows] as SheetData, { sheet: `Inventaris ${context.random()}`.slice(0, 31) }).toBuffer();
        const id = imported((await importFile(context, await writeScratch(context, name, xlsx), 'imported'))[0]);
        return [...documentKeys(id, name), `inventory:${id}`];
      }),
  },
];
