import type { Codebook, Passage } from '../model/coding';
import type { DocumentRecord, PageText } from '../model/document';
import type { CodesPerDocument, GroundHit, GroundsPerDocument, HeatRow, OverviewDocument } from '../model/overview';
import { compareGroundCodes, detectGrounds } from '../woo/grounds';
import { countedDocuments, datedDocuments, titleOrder } from './documents';

/** Rows in the documents' date order (as the month chart has them, `dated`), then any other document by title. */
function inDocumentOrder(rows: Map<string, HeatRow>, dated: readonly OverviewDocument[]): HeatRow[] {
  const order = new Map(dated.map((document, index) => [document.id, index]));
  return [...rows.values()].sort((a, b) => (order.get(a.documentId) ?? Infinity) - (order.get(b.documentId) ?? Infinity) || titleOrder(a.title, b.title));
}

/**
 * How many passages of each document carry each code (a passage coded twice
 * with one code, by two analysts, counts once), as `coding:retrieve` finds
 * them for that code without sub-codes. Any document with passages is a
 * row, a bundle as much as its parts: passages are where they were made.
 */
export function codesPerDocument(passages: readonly Passage[], codebook: Codebook, records: readonly DocumentRecord[], dated = datedDocuments(records)): CodesPerDocument {
  const titles = new Map(records.map((record) => [record.id, record.title]));
  const rows = new Map<string, HeatRow>();
  for (const passage of passages) {
    const row = rows.get(passage.documentId) ?? { documentId: passage.documentId, title: titles.get(passage.documentId) ?? passage.documentId, counts: {} };
    for (const codeId of new Set(passage.codes.map((application) => application.codeId))) row.counts[codeId] = (row.counts[codeId] ?? 0) + 1;
    rows.set(passage.documentId, row);
  }
  const used = new Set([...rows.values()].flatMap((row) => Object.keys(row.counts)));
  const codes = codebook.codes.filter((code) => used.has(code.id)).map(({ id, label, color }) => ({ id, label, color }));
  return { codes, rows: inDocumentOrder(rows, dated) };
}

/** Refusal-ground markers per document, over the counted documents (a split bundle through its parts). */
export function groundsPerDocument(records: readonly DocumentRecord[], dated = datedDocuments(records)): GroundsPerDocument {
  const rows = new Map<string, HeatRow>();
  for (const record of countedDocuments(records)) {
    if (record.grounds && Object.keys(record.grounds).length > 0) rows.set(record.id, { documentId: record.id, title: record.title, counts: { ...record.grounds } });
  }
  const grounds = [...new Set([...rows.values()].flatMap((row) => Object.keys(row.counts)))].sort(compareGroundCodes);
  return { grounds, rows: inDocumentOrder(rows, dated) };
}

/** Every marker of `ground` on the pages, in reading order: what a heat-map cell of the grounds chart counts. */
export function groundHits(pages: readonly PageText[], ground: string): GroundHit[] {
  return pages.flatMap((page) =>
    page.grounds?.[ground] ? detectGrounds(page.text).flatMap((match) => (match.code === ground ? [{ page: page.page, start: match.start, end: match.end }] : [])) : [],
  );
}
