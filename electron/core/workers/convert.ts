/**
 * Worker side of every non-PDF format: text, Markdown, HTML, CSV, .docx,
 * .xlsx, e-mail messages and images become pages of plain text (never HTML), with
 * what the file says about itself as metadata, attachments as bytes for the
 * importer to import in their own right, and tables for inventory detection.
 */
import fs from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { SpoorError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { DocumentKind, DocumentMetadata, PageText } from '../../../shared/model/document';
import { paginateText } from '../../../shared/text/paginate';
import { countGrounds } from '../../../shared/woo/grounds';
import type { TableCell } from '../../../shared/woo/inventory';
import { decodeText } from '../import/text-file';
import { htmlBodyToText, htmlTitle } from './html-text';
import { imagePages } from './image';
import { readEml, type Attachment, type Mail } from './mail';

export type { Attachment } from './mail';
import { compactSpreadsheet } from './xlsx-compact';

export type ConvertibleKind = Exclude<DocumentKind, 'pdf' | 'mailbox' | 'archive'>;

export interface ConvertTask {
  file: string;
  name: string;
  kind: ConvertibleKind;
  /** Read images by OCR (default true). */
  ocr?: boolean;
}

export interface Table {
  name: string;
  rows: TableCell[][];
}

export type ConvertResult =
  | { ok: true; pages: PageText[]; title?: string; metadata?: DocumentMetadata; attachments?: Attachment[]; tables?: Table[] }
  | { ok: false; error: ErrorInfo };



function withGrounds(pages: string[]): PageText[] {
  return pages.map((text, index) => {
    const grounds = countGrounds(text);
    const page: PageText = { page: index + 1, text, source: 'plain' };
    return Object.keys(grounds).length > 0 ? { ...page, grounds } : page;
  });
}



function tableText(table: Table): string {
  const lines = table.rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell === null ? '' : String(cell))).join('\t').trimEnd());
  return `${table.name}\n\n${lines.join('\n')}`;
}

/** Semicolon (Dutch Excel), tab or comma: whichever splits the header line into the most columns. */
function csvDelimiter(text: string): string {
  const header = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length }));
  return counts.sort((a, b) => b.count - a.count)[0]!.delimiter;
}

export function parseCsvTable(text: string): TableCell[][] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), { delimiter: csvDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  return rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));
}

function fromMail({ text, metadata, attachments }: Mail): ConvertResult {
  return { ok: true, pages: withGrounds(paginateText(text)), title: metadata.subject || undefined, metadata, attachments };
}

async function convert(task: ConvertTask): Promise<ConvertResult> {
  const bytes = await fs.readFile(task.file);
  switch (task.kind) {
    case 'text':
    case 'markdown':
      return { ok: true, pages: withGrounds(paginateText(decodeText(bytes, task.name))) };
    case 'html': {
      const html = decodeText(bytes, task.name);
      return { ok: true, pages: withGrounds(paginateText(htmlBodyToText(html))), title: htmlTitle(html) };
    }
    case 'csv': {
      const text = decodeText(bytes, task.name);
      let rows: TableCell[][];
      try {
        rows = parseCsvTable(text);
      } catch (error) {
        throw new SpoorError('import.unreadable', `${task.name}: ${(error as Error).message}`, { file: task.name, reason: (error as Error).message });
      }
      return { ok: true, pages: withGrounds(paginateText(text)), tables: [{ name: task.name, rows }] };
    }
    case 'xlsx': {
      const sheets = await readXlsxFile(Buffer.from(compactSpreadsheet(bytes, task.name)));
      const tables: Table[] = sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as TableCell[][] }));
      const pages = tables.flatMap((table) => paginateText(tableText(table)));
      return { ok: true, pages: withGrounds(pages), tables };
    }
    case 'docx': {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return { ok: true, pages: withGrounds(paginateText(value.replace(/\n{3,}/g, '\n\n'))) };
    }
    case 'email':
      return fromMail(await readEml(bytes, task.name));
    case 'image':
      return { ok: true, pages: await imagePages(bytes, task.name, task.ocr !== false) };
  }
}

export async function convertFile(task: ConvertTask): Promise<ConvertResult> {
  try {
    return await convert(task);
  } catch (error) {
    if (error instanceof SpoorError) return { ok: false, error: error.toInfo() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { ...toErrorInfo(error), code: 'import.unreadable', details: { file: task.name, reason: message } } };
  }
}
