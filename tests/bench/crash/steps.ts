/**
 * The crash test's workload, one step per kind of change a case has. The
 * child process runs steps and prints one `SAVED <json>` line per change
 * once the call that makes it has resolved; the parent, after killing the
 * child, checks each reported change is in the reopened case.
 *
 * A capability that adds a kind of change (coding, chronology events, memos)
 * adds a step here: how to make the change through CaseService, and how to
 * find it again in a reopened case.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CaseService } from '../../../electron/core/service/case-service';

export interface StepContext {
  service: CaseService;
  /** Scratch folder outside the case for files to import. */
  scratch: string;
  /** The running child's number, so each child's changes are its own. */
  child: number;
  /** Counts this child's changes. */
  next: () => number;
  samplePdf: string;
  random: () => number;
}

/** What the child reports as saved: the step's name and what identifies the change. */
export interface SavedChange {
  step: string;
  key: string;
  value: string;
}

export interface Step {
  name: string;
  weight: number;
  run: (context: StepContext) => Promise<SavedChange | undefined>;
}

/** An area's data file as the generic step keeps it: every note this child wrote. */
/** Imports one file and returns its result line, refusing any other status than the one expected. */
async function importExpecting(service: CaseService, file: string, expected: 'imported' | 'duplicate') {
  const name = path.basename(file);
  const [result] = (await service.importFiles([{ path: file, name, origin: file }])).results;
  if (result?.status !== expected) throw new Error(`expected ${expected}: ${JSON.stringify(result)}`);
  return result;
}

const AreaNotes = z.strictObject({ version: z.literal(1), notes: z.record(z.string(), z.string()) });

const areaFile = (child: number) => `crash-area-${child}.json`;

async function readAreaNotes(service: CaseService, child: number) {
  return service.requireStore().readData(areaFile(child), AreaNotes, { version: 1, notes: {} });
}

export const STEPS: readonly Step[] = [
  {
    // Stands for every area that keeps its own JSON file through writeData (codebook, coding, chronology, memos).
    name: 'area.write',
    weight: 6,
    run: async ({ service, child, next }) => {
      const current = await readAreaNotes(service, child);
      const key = `n${next()}`;
      const value = `notitie ${key} van proces ${child}`;
      await service.requireStore().writeData(areaFile(child), { version: 1, notes: { ...current.notes, [key]: value } }, { type: 'crash.note', summary: value });
      return { step: 'area.write', key: `${child}/${key}`, value };
    },
  },
  {
    name: 'import.text',
    weight: 2,
    run: async ({ service, scratch, child, next }) => {
      const name = `notitie-${child}-${next()}.txt`;
      const file = path.join(scratch, name);
      await fs.writeFile(file, `Gespreksnotitie ${name}\n\nUniek: ${child}-${Date.now()}-${Math.random()}\n`);
      const result = await importExpecting(service, file, 'imported');
      return { step: 'import.text', key: result.documentId, value: name };
    },
  },
  {
    name: 'import.pdf',
    weight: 1,
    run: async ({ service, scratch, child, next, samplePdf }) => {
      const name = `rapport-${child}-${next()}.pdf`;
      const file = path.join(scratch, name);
      // A comment after %%EOF makes each copy a distinct original that still parses.
      await fs.writeFile(file, Buffer.concat([await fs.readFile(samplePdf), Buffer.from(`\n% ${name} ${Math.random()}\n`)]));
      const result = await importExpecting(service, file, 'imported');
      return { step: 'import.pdf', key: result.documentId, value: name };
    },
  },
  {
    name: 'import.duplicate',
    weight: 1,
    run: async ({ service, scratch, child, next, random }) => {
      const documents = service.listDocuments().filter((doc) => doc.kind === 'text');
      const doc = documents[Math.floor(random() * documents.length)];
      if (!doc) return undefined;
      const record = service.getDocument(doc.id);
      const name = `kopie-${child}-${next()}.txt`;
      const file = path.join(scratch, name);
      await fs.copyFile(service.requireStore().layout.original(record.sha256, record.kind), file);
      await importExpecting(service, file, 'duplicate');
      return { step: 'import.duplicate', key: doc.id, value: name };
    },
  },
];

/** Picks a step by weight. */
export function pickStep(random: () => number): Step {
  const total = STEPS.reduce((sum, step) => sum + step.weight, 0);
  let roll = random() * total;
  for (const step of STEPS) {
    roll -= step.weight;
    if (roll < 0) return step;
  }
  return STEPS[0] as Step;
}

/** Whether a reported change is in the reopened case; a reason when it is not. */
export async function findChange(service: CaseService, change: SavedChange): Promise<string | undefined> {
  switch (change.step) {
    case 'area.write': {
      const [child, key] = change.key.split('/') as [string, string];
      const notes = await readAreaNotes(service, Number(child));
      return notes.notes[key] === change.value ? undefined : `note ${change.key} missing from ${areaFile(Number(child))}`;
    }
    case 'import.text':
    case 'import.pdf': {
      const doc = service.requireStore().findDocument(change.key);
      if (!doc) return `document ${change.key} (${change.value}) missing`;
      return doc.provenance.some((p) => p.originalName === change.value) ? undefined : `document ${change.key} lost its name ${change.value}`;
    }
    case 'import.duplicate': {
      const doc = service.requireStore().findDocument(change.key);
      return doc?.provenance.some((p) => p.originalName === change.value) ? undefined : `provenance ${change.value} of ${change.key} missing`;
    }
    default:
      return `unknown step ${change.step}`;
  }
}

/** A small deterministic generator (mulberry32), so a failing run can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
