/**
 * What import learns about Woo releases from extracted text: bundle PDFs
 * split into their documents, printed e-mail headers as metadata, and
 * inventory lists read from spreadsheets. Pure work on text already
 * extracted in the pool; nothing here touches the disk.
 */
import { createHash } from 'node:crypto';
import type { ErrorCode, ErrorInfo } from '../../../shared/errors';
import { documentIdFor, type DocumentMetadata, type DocumentRecord, type PageText } from '../../../shared/model/document';
import type { StoredInventory } from '../../../shared/model/woo';
import { detectDocumentNumber, splitBundle } from '../../../shared/woo/bundle';
import { leadingPrintedEmail } from '../../../shared/woo/email-header';
import { sumGroundCounts } from '../../../shared/woo/grounds';
import { looksLikeInventory, parseInventory, type InventoryIssue, type TableCell } from '../../../shared/woo/inventory';

/** Metadata of a document that opens with a printed e-mail header block. */
export function printedEmailMetadata(pageText: string): DocumentMetadata | undefined {
  const email = leadingPrintedEmail(pageText);
  if (!email) return undefined;
  const metadata: DocumentMetadata = { documentType: 'e-mail' };
  if (email.date) metadata.date = email.date;
  if (email.sender) metadata.sender = email.sender;
  if (email.recipients.length > 0) metadata.recipients = email.recipients;
  if (email.cc.length > 0) metadata.cc = email.cc;
  if (email.subject) metadata.subject = email.subject;
  return metadata;
}

export function documentGrounds(pages: readonly PageText[]): Record<string, number> | undefined {
  const total = sumGroundCounts(pages.map((page) => page.grounds));
  return Object.keys(total).length > 0 ? total : undefined;
}

/** A part's id: derived from the bundle's SHA-256 and its page range, so re-importing gives the same ids. */
export function partIdFor(sha256: string, firstPage: number, lastPage: number): string {
  return documentIdFor(createHash('sha256').update(`${sha256}#pages=${firstPage}-${lastPage}`).digest('hex'));
}

/**
 * Splits a bundle PDF into part records by the document numbers at the top
 * of its pages; undefined when the PDF is not a bundle. Parts share the
 * bundle's original and text (see DocumentLink).
 */
export function bundleParts(bundle: DocumentRecord, pages: readonly PageText[]): DocumentRecord[] | undefined {
  const parts = splitBundle(pages.map((page) => detectDocumentNumber(page.text)));
  if (!parts) return undefined;
  return parts.map((part) => {
    const partPages = pages.slice(part.firstPage - 1, part.lastPage);
    const metadata = printedEmailMetadata(partPages[0]?.text ?? '');
    const label = part.number === null ? `p. ${part.firstPage}–${part.lastPage}` : `document ${part.number}`;
    const record: DocumentRecord = {
      id: partIdFor(bundle.sha256, part.firstPage, part.lastPage),
      sha256: bundle.sha256,
      title: metadata?.subject ? `${bundle.title} · ${label} · ${metadata.subject}` : `${bundle.title} · ${label}`,
      kind: bundle.kind,
      mediaType: bundle.mediaType,
      size: bundle.size,
      pageCount: part.lastPage - part.firstPage + 1,
      provenance: bundle.provenance,
      parent: {
        relation: 'part',
        parentId: bundle.id,
        number: part.number,
        firstPage: part.firstPage,
        lastPage: part.lastPage,
        ...(part.duplicateOf ? { duplicateOf: part.duplicateOf } : {}),
      },
    };
    if (metadata) record.metadata = metadata;
    const grounds = documentGrounds(partPages);
    if (grounds) record.grounds = grounds;
    return record;
  });
}

const MAX_ISSUE_WARNINGS = 25;

function issueWarning(file: string, sheet: string, issue: InventoryIssue): ErrorInfo {
  const where = issue.column ? `row ${issue.row}, column ${issue.column}` : `row ${issue.row}`;
  return {
    code: `inventory.${issue.code}` as ErrorCode,
    message: `${file} (${sheet}) ${where}: ${issue.code}${issue.value ? ` (${issue.value})` : ''}`,
    details: { file, sheet, row: issue.row, column: issue.column ?? '', value: issue.value ?? '' },
  };
}

/**
 * Reads every sheet that looks like an inventory. Problems become warnings
 * naming file, sheet, row and column; the spreadsheet is imported either way.
 */
export function inventoriesFrom(documentId: string, file: string, tables: ReadonlyArray<{ name: string; rows: TableCell[][] }>): { inventories: StoredInventory[]; warnings: ErrorInfo[] } {
  const inventories: StoredInventory[] = [];
  const warnings: ErrorInfo[] = [];
  for (const table of tables) {
    if (!looksLikeInventory(table.rows)) continue;
    const parse = parseInventory(table.rows);
    inventories.push({ documentId, sheet: table.name, parse });
    if (!parse.ok) {
      const missing = parse.missing.join(', ');
      warnings.push({
        code: 'inventory.missingColumns',
        message: `${file} (${table.name}): no column for ${missing} in header row ${parse.headerRow}`,
        details: { file, sheet: table.name, row: parse.headerRow, missing, headers: parse.headers.join(', ') },
      });
      continue;
    }
    for (const issue of parse.issues.slice(0, MAX_ISSUE_WARNINGS)) warnings.push(issueWarning(file, table.name, issue));
  }
  return { inventories, warnings };
}
