import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { computeAgreement } from '../../../shared/coding/agreement';
import { planMerge, unionOfPassages, type MergePlan } from '../../../shared/coding/merge';
import type { AgreementReport, MergeChoice, MergeOutcome, MergePreview } from '../../../shared/contract/coding';
import type { TextDownload, TextFileInput } from '../../../shared/contract/codebook';
import { describeIssues } from '../../../shared/contract/dispatch';
import { SpoorError } from '../../../shared/errors';
import { CodingBundle, type Code, type Memo, type Passage } from '../../../shared/model/coding';
import type { FileGrants } from '../file-grants';
import { newPassageId, type CodingArea } from './coding-area';
import type { Change } from './state';

/** How long a previewed merge waits for the analyst's decisions. */
const PREVIEW_TTL_MS = 60 * 60 * 1000;
const MAX_DISAGREEMENTS = 500;

export function safeFileName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'spoor';
}

/** The whole coding of the case, for another analyst to merge. */
export async function exportBundle(area: CodingArea): Promise<TextDownload> {
  const state = await area.state();
  const store = area.store();
  const analyst = area.analyst();
  const bundle: CodingBundle = {
    format: 'spoor-coding',
    version: 1,
    exportedAt: area.now(),
    exportedBy: analyst,
    caseName: store.manifest.name,
    documents: store.listDocuments().map((doc) => ({ documentId: doc.id, sha256: doc.sha256, title: doc.title })),
    codebook: state.codebook,
    passages: state.allPassages(),
    memos: state.allMemos(),
  };
  const date = bundle.exportedAt.slice(0, 10);
  const file = {
    fileName: `${safeFileName(store.manifest.name)}-${safeFileName(analyst || 'analist')}-${date}.spoor-coding.json`,
    mediaType: 'application/json',
    content: `${JSON.stringify(bundle, null, 1)}\n`,
  };
  await store.recordExport('coding', `Exported the coding to merge: ${bundle.passages.length} passages, ${bundle.memos.length} memos`, { ...file, format: 'coding' });
  return file;
}

/** Reads a file the analyst chose: an upload/dialog reference, or the text the UI read itself. */
export async function readFileInput(input: TextFileInput, grants: FileGrants): Promise<Uint8Array> {
  if ('content' in input) return new TextEncoder().encode(input.content);
  if ('base64' in input) return new Uint8Array(Buffer.from(input.base64, 'base64'));
  const [grant] = grants.take([input.file]);
  if (!grant) throw new SpoorError('files.unknownRef', `Unknown file reference ${input.file}`, { id: input.file });
  try {
    return new Uint8Array(await fs.readFile(grant.path));
  } finally {
    if (grant.staged) await fs.rm(grant.path, { force: true });
  }
}

/** A zip (a REFI-QDA project) starts with "PK". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export function parseBundle(text: string): CodingBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SpoorError('coding.bundleInvalid', 'Not JSON', { reason: error instanceof Error ? error.message : String(error) });
  }
  const parsed = CodingBundle.safeParse(json);
  if (!parsed.success) throw new SpoorError('coding.bundleInvalid', `Not a Spoor coding export: ${describeIssues(parsed.error)}`, { reason: describeIssues(parsed.error) });
  return parsed.data;
}

/** Previews and merges exports; a preview is kept until applied or expired. */
export class TeamMerge {
  private readonly previews = new Map<string, { plan: MergePlan; bundle: CodingBundle; at: number }>();

  constructor(private readonly area: CodingArea) {}

  async preview(bundle: CodingBundle): Promise<MergePreview> {
    const state = await this.area.state();
    const plan = planMerge(
      {
        codes: state.codebook.codes,
        passages: state.passages,
        memos: state.memos,
        documentsBySha: new Map(this.area.store().listDocuments().map((doc) => [doc.sha256, doc.id])),
      },
      bundle,
    );
    const now = Date.now();
    for (const [token, entry] of this.previews) if (now - entry.at > PREVIEW_TTL_MS) this.previews.delete(token);
    const token = randomBytes(12).toString('base64url');
    this.previews.set(token, { plan, bundle, at: now });
    return {
      token,
      from: { analyst: bundle.exportedBy, caseName: bundle.caseName, exportedAt: bundle.exportedAt },
      matchedDocuments: plan.matchedDocuments,
      missingDocuments: plan.missingDocuments,
      newCodes: plan.newCodes.map((code) => ({ id: code.id, label: code.label.nl })),
      newPassages: plan.newPassages.length,
      newMemos: plan.newMemos.length,
      identical: plan.identical,
      skippedPassages: plan.skippedPassages,
      conflicts: plan.conflicts,
    };
  }

  async apply(token: string, resolutions: Record<string, MergeChoice>): Promise<MergeOutcome> {
    const entry = this.previews.get(token);
    if (!entry) throw new SpoorError('coding.mergeExpired', 'Unknown or expired merge preview');
    const { plan, bundle } = entry;
    const open = plan.conflicts.filter((conflict) => !conflict.choices.includes(resolutions[conflict.id] as MergeChoice));
    if (open.length > 0) throw new SpoorError('coding.mergeUnresolved', `${open.length} conflict(s) without a choice`, { count: open.length });

    const state = await this.area.state();
    const now = this.area.now();
    let codebook = { ...state.codebook, codes: [...state.codebook.codes, ...plan.newCodes] };
    const changes: Change[] = [];
    let resolvedConflicts = 0;
    for (const conflict of plan.conflicts) {
      const choice = resolutions[conflict.id] as MergeChoice;
      const values = plan.conflictValues.get(conflict.id);
      if (!values || choice === 'ours') continue;
      resolvedConflicts += 1;
      if (conflict.kind === 'code') {
        const theirs = values.theirs as Code;
        codebook = { ...codebook, codes: codebook.codes.map((code) => (code.id === theirs.id ? theirs : code)) };
      } else if (conflict.kind === 'passage') {
        const ours = values.ours as Passage;
        const after = choice === 'theirs' ? (values.theirs as Passage) : unionOfPassages(ours, values.theirs as Passage, now);
        changes.push({ kind: 'passage', id: ours.id, before: ours, after });
      } else {
        const ours = values.ours as Memo;
        const theirs = values.theirs as Memo;
        if (choice === 'theirs') changes.push({ kind: 'memo', id: ours.id, before: ours, after: theirs });
        else {
          const copy = { ...theirs, id: newPassageId() };
          changes.push({ kind: 'memo', id: copy.id, before: null, after: copy });
        }
      }
    }
    if (codebook.codes.length !== state.codebook.codes.length || resolvedConflicts > 0) changes.unshift({ kind: 'codebook', before: state.codebook, after: codebook });
    for (const passage of plan.newPassages) changes.push({ kind: 'passage', id: passage.id, before: null, after: passage });
    for (const memo of plan.newMemos) changes.push({ kind: 'memo', id: memo.id, before: null, after: memo });
    await this.area.commit({
      type: 'coding.merge',
      summary: `Merged the coding of ${bundle.exportedBy} (${plan.newPassages.length} passage(s), ${plan.newMemos.length} memo(s), ${plan.newCodes.length} code(s))`,
      changes,
    });
    this.previews.delete(token);
    const analysts = [...new Set((await this.area.state()).allPassages().flatMap((p) => p.codes.map((c) => c.analyst)))].sort();
    return { addedCodes: plan.newCodes.length, addedPassages: plan.newPassages.length, addedMemos: plan.newMemos.length, resolvedConflicts, analysts };
  }
}

/** Agreement between two analysts, with the disputed stretches of text to show side by side. */
export async function agreementReport(area: CodingArea, analystA: string, analystB: string): Promise<AgreementReport> {
  const state = await area.state();
  const passages = state.allPassages().filter((p) => p.anchorCheck?.status !== 'lost' && p.anchorCheck?.status !== 'ambiguous');
  const documents = new Map(area.store().listDocuments().map((doc) => [doc.id, doc]));
  const texts = new Map<string, string[]>();
  for (const documentId of new Set(passages.map((p) => p.documentId))) {
    const record = documents.get(documentId);
    if (record) texts.set(documentId, await area.pageTexts(record));
  }
  const lengths = new Map([...texts].map(([id, pages]) => [id, pages.map((page) => page.length)]));
  const result = computeAgreement(passages, analystA, analystB, lengths);
  return {
    analystA,
    analystB,
    documents: result.documents.map((documentId) => ({ documentId, title: documents.get(documentId)?.title ?? documentId })),
    characters: result.characters,
    perCode: result.perCode,
    overall: result.overall,
    disagreementCount: result.disagreements.length,
    disagreements: result.disagreements.slice(0, MAX_DISAGREEMENTS).map((d) => ({
      codeId: d.codeId,
      documentId: d.documentId,
      documentTitle: documents.get(d.documentId)?.title ?? d.documentId,
      page: d.page,
      start: d.start,
      end: d.end,
      text: (texts.get(d.documentId)?.[d.page - 1] ?? '').slice(d.start, d.end),
      aRanges: d.aRanges.map(([s, e]) => [s - d.start, e - d.start] as [number, number]),
      bRanges: d.bRanges.map(([s, e]) => [s - d.start, e - d.start] as [number, number]),
      aPassageIds: d.aPassageIds,
      bPassageIds: d.bPassageIds,
    })),
  };
}
