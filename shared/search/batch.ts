/**
 * Batch search: a list of terms (names, organisations, file numbers), one a
 * line, each counted per document. A line is taken as the words it holds,
 * together and in order (a name is a phrase), unless the person asks for the
 * query syntax.
 */
import type { BatchRow } from '../model/search';
import { tokenize } from './text';

export function batchQuery(line: string, syntax: boolean): string {
  if (syntax) return line;
  const words = tokenize(line).map((token) => token.surface);
  return words.length === 0 ? line : `"${words.join(' ')}"`;
}

/** Splits pasted or loaded text into terms: one per non-empty line, duplicates once. */
export function termsFromText(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''))];
}

function csvField(value: string | number): string {
  const text = String(value);
  // Quote when needed; neutralise spreadsheet formulas (a term starting with = + - @ is shown, not run).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const BATCH_CSV_HEADER = ['term', 'total_hits', 'document_id', 'document_title', 'document_hits', 'problem'] as const;

/** One row per term and document; a term without hits gets one row with 0. */
export function batchCsv(rows: readonly BatchRow[]): string {
  const lines = [BATCH_CSV_HEADER.join(',')];
  for (const row of rows) {
    if (row.documents.length === 0) lines.push([row.term, row.hits, '', '', 0, row.problem ?? ''].map(csvField).join(','));
    for (const doc of row.documents) lines.push([row.term, row.hits, doc.documentId, doc.title, doc.hits, ''].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
