import type { DocumentRecord } from '../model/document';
import type { DocumentsPerMonth, MonthKey, OverviewDocument } from '../model/overview';
import { fillMonths, monthOfDate } from './months';

/**
 * The documents an overview counts: what a reader reads, not the
 * containers. An archive or mailbox is counted through its members, and a
 * Woo bundle that was split is counted through its parts, so nothing is
 * counted twice. A bundle that could not be split is one document.
 */
export function countedDocuments(records: readonly DocumentRecord[]): DocumentRecord[] {
  const split = new Set(records.flatMap((record) => (record.parent?.relation === 'part' ? [record.parent.parentId] : [])));
  return records.filter((record) => record.kind !== 'archive' && record.kind !== 'mailbox' && !split.has(record.id));
}

/** Titles in Dutch order, numbers by value: "document 3a" before "document 11a". One collator: building one per comparison is slow. */
export const titleOrder = new Intl.Collator('nl', { numeric: true }).compare;

/** The date a document is counted under: its own, or for an attachment without one, the date of the e-mail it came with. */
function dateOf(record: DocumentRecord, byId: ReadonlyMap<string, DocumentRecord>): string | undefined {
  const own = record.metadata?.date;
  if (own || record.parent?.relation !== 'attachment') return own;
  return byId.get(record.parent.parentId)?.metadata?.date;
}

/** The counted documents with their dates and months, in date order (by month, then date, then title), undated last. */
export function datedDocuments(records: readonly DocumentRecord[]): OverviewDocument[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const documents = countedDocuments(records).map((record): OverviewDocument => {
    const date = dateOf(record, byId);
    const month = date ? (monthOfDate(date) ?? null) : null;
    return { id: record.id, title: record.title, ...(date ? { date } : {}), month };
  });
  return documents.sort((a, b) => {
    if (a.month !== b.month) return a.month === null ? 1 : b.month === null ? -1 : a.month.localeCompare(b.month);
    return (a.date ?? '').localeCompare(b.date ?? '') || titleOrder(a.title, b.title);
  });
}

/** Documents per month, empty months between included, undated counted apart. */
export function documentsPerMonth(records: readonly DocumentRecord[]): DocumentsPerMonth {
  const documents = datedDocuments(records);
  const counts = new Map<MonthKey, number>();
  for (const document of documents) if (document.month) counts.set(document.month, (counts.get(document.month) ?? 0) + 1);
  return {
    documents,
    months: fillMonths(counts, () => 0).map(([month, count]) => ({ month, count })),
    undated: documents.filter((document) => document.month === null).length,
  };
}
