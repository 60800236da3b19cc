import { layoutSignalChain } from '../../../shared/chronology/signal-chain/layout';
import { descendantIds, resolveMerged } from '../../../shared/codebook/operations';
import type { ExportFormat, FileDownload, ReportOptions } from '../../../shared/contract/chronology';
import { eventsCsv } from '../../../shared/export/csv';
import { buildReport, type ReportInput } from '../../../shared/export/report/build';
import { reportHtml } from '../../../shared/export/report/html';
import { timelineJson } from '../../../shared/export/timelinejs';
import type { Codebook } from '../../../shared/model/coding';
import type { Language } from '../../../shared/model/settings';
import { safeFileName } from '../coding/team';
import type { CaseService } from '../service/case-service';
import { SPOOR_VERSION } from '../version';
import type { ChronologyArea } from './chronology-area';

/** Width of the signal chain figure in the report, in CSS pixels (fits an A4 text column at print scale). */
export const FIGURE_WIDTH = 900;

/**
 * The head hash of the case's audit log as the report is made: quoted in the
 * report, it pins the log as it stood, so a later edit of the log shows.
 */
function auditLogHead(service: CaseService): string | undefined {
  return service.auditHead().headHash || undefined;
}

/** Codes that mark a signal as altered on its way: SV5 and whatever codes were merged into it. */
export function alteredCodes(codebook: Codebook): Set<string> {
  return new Set(codebook.codes.filter((code) => resolveMerged(codebook, code.id) === 'SV5').map((code) => code.id));
}

/**
 * Everything the report needs, read from the case: the chronology with its
 * citations checked, and for every citation whether its quote still stands,
 * character for character, at its place in the current page text.
 */
export async function reportInput(area: ChronologyArea, options: ReportOptions = {}, language: Language = 'nl'): Promise<ReportInput> {
  const file = await area.checkCitations();
  const store = area.store();
  const coding = await area.coding.state();
  const verified = new Map<string, boolean>();
  const pagesByDocument = new Map<string, readonly string[]>();
  const pagesOf = async (documentId: string) => {
    let pages = pagesByDocument.get(documentId);
    if (!pages) {
      const record = store.findDocument(documentId);
      pages = record ? await area.coding.pageTexts(record) : [];
      pagesByDocument.set(documentId, pages);
    }
    return pages;
  };
  for (const event of file.events) {
    for (const citation of event.citations) {
      const pages = await pagesOf(citation.documentId);
      verified.set(citation.id, (pages[citation.anchor.page - 1] ?? '').slice(citation.anchor.start, citation.anchor.end) === citation.anchor.exact);
    }
  }
  const codeSections = (options.codeSections ?? []).map((codeId) => {
    const wanted = new Set([codeId, ...descendantIds(coding.codebook, codeId)]);
    const passages = coding
      .allPassages()
      .filter((passage) => passage.anchorCheck?.status !== 'lost' && passage.anchorCheck?.status !== 'ambiguous')
      .filter((passage) => passage.codes.some((application) => wanted.has(resolveMerged(coding.codebook, application.codeId))))
      .sort((a, b) => (store.findDocument(a.documentId)?.metadata?.date ?? '').localeCompare(store.findDocument(b.documentId)?.metadata?.date ?? '') || a.documentId.localeCompare(b.documentId) || a.anchor.page - b.anchor.page || a.anchor.start - b.anchor.start)
      .map((passage) => ({ documentId: passage.documentId, page: passage.anchor.page, quote: passage.anchor.exact }));
    return { codeId, passages };
  });
  const head = auditLogHead(area.coding.service);
  return {
    language,
    caseName: store.manifest.name,
    generatedAt: area.now(),
    generatedBy: safeAnalyst(area),
    spoorVersion: SPOOR_VERSION,
    events: file.events,
    actors: file.actors,
    codebook: coding.codebook,
    documents: store.listDocuments().map((doc) => ({ id: doc.id, sha256: doc.sha256, title: doc.title, pageCount: doc.pageCount, ...(doc.metadata?.date ? { date: doc.metadata.date } : {}) })),
    verified,
    codeSections,
    ...(head ? { auditLogHead: head } : {}),
    signalChain: layoutSignalChain(file.events, file.actors, { width: FIGURE_WIDTH, alteredCodes: alteredCodes(coding.codebook) }),
  };
}

function safeAnalyst(area: ChronologyArea): string {
  try {
    return area.analyst();
  } catch {
    return '';
  }
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  timelinejs: 'application/json',
};

const EXTENSIONS: Record<ExportFormat, string> = { html: 'html', docx: 'docx', csv: 'csv', timelinejs: 'timeline.json' };

/** What an export holds, for the CLI's --json and the UI's message. */
export interface ExportSummary {
  events: number;
  citations: number;
  /** Events without a citation that can be found in the current text. */
  unsupported: number;
  /** Citations whose quote no longer stands at its place in the current text. */
  unverified: number;
}

/** The export as bytes or text, with the file name it should get. */
export async function exportChronology(
  area: ChronologyArea,
  format: ExportFormat,
  options: ReportOptions = {},
): Promise<{ fileName: string; mediaType: string; content: string | Uint8Array; summary: ExportSummary }> {
  const language = options.language ?? 'nl';
  const input = await reportInput(area, options, language);
  const base = `${safeFileName(input.caseName)}-${language === 'nl' ? 'chronologie' : 'chronology'}-${input.generatedAt.slice(0, 10)}`;
  const report = buildReport(input);
  let content: string | Uint8Array;
  switch (format) {
    case 'html':
      content = reportHtml(report);
      break;
    case 'docx':
      content = await area.docx.write(report);
      break;
    case 'csv':
      content = eventsCsv(report);
      break;
    case 'timelinejs':
      content = `${JSON.stringify(timelineJson(report), null, 2)}\n`;
      break;
  }
  const summary = {
    events: report.events.length,
    citations: report.footnotes.length,
    unsupported: report.events.filter((event) => !event.supported).length,
    unverified: report.footnotes.filter((note) => !note.verified).length,
  };
  const fileName = `${base}.${EXTENSIONS[format]}`;
  // The audit log keeps what was published and its hash.
  await area.store().recordExport('chronology', `Exported the chronology as ${format}: ${summary.events} events, ${summary.citations} citations`, { format, fileName, content });
  return { fileName, mediaType: MEDIA_TYPES[format], content, summary };
}

/** The export as a download for the UI: text as is, bytes in base64. */
export async function exportDownload(area: ChronologyArea, format: ExportFormat, options: ReportOptions = {}): Promise<FileDownload> {
  const file = await exportChronology(area, format, options);
  return typeof file.content === 'string'
    ? { fileName: file.fileName, mediaType: file.mediaType, encoding: 'utf8', content: file.content }
    : { fileName: file.fileName, mediaType: file.mediaType, encoding: 'base64', content: Buffer.from(file.content).toString('base64') };
}
