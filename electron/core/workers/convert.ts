/**
 * Worker side of every non-PDF format: text, Markdown, HTML, CSV, .docx,
 * .xlsx and e-mail messages become pages of plain text (never HTML), with
 * what the file says about itself as metadata, attachments as bytes for the
 * importer to import in their own right, and tables for inventory detection.
 */
import fs from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { convert as htmlToText } from 'html-to-text';
import { simpleParser, type AddressObject } from 'mailparser';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { SpoorError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { DocumentKind, DocumentMetadata, PageText } from '../../../shared/model/document';
import { paginateText } from '../../../shared/text/paginate';
import { countGrounds } from '../../../shared/woo/grounds';
import type { TableCell } from '../../../shared/woo/inventory';
import { decodeText } from '../import/text-file';
import { MAX_HTML_DEPTH, flattenHtml, nestingDepth } from './html-depth';
import { imagePages } from './image';
import { compactSpreadsheet } from './xlsx-compact';

export type ConvertibleKind = Exclude<DocumentKind, 'pdf' | 'mailbox' | 'archive'>;

export interface ConvertTask {
  file: string;
  name: string;
  kind: ConvertibleKind;
  /** Read images by OCR (default true). */
  ocr?: boolean;
}

export interface Attachment {
  name: string;
  contentType: string;
  data: Uint8Array;
}

export interface Table {
  name: string;
  rows: TableCell[][];
}

export type ConvertResult =
  | { ok: true; pages: PageText[]; title?: string; metadata?: DocumentMetadata; attachments?: Attachment[]; tables?: Table[] }
  | { ok: false; error: ErrorInfo };

/** Most attachments a single message may bring in; more is a mail bomb, not a mail. */
const MAX_ATTACHMENTS = 500;

/**
 * HTML to text with a real parser (htmlparser2): scripts, styles and images
 * dropped, links as their text only. HTML nested deeper than any real page is
 * flattened first (html-depth.ts), so it costs neither minutes nor the stack.
 */
export function htmlBodyToText(html: string): string {
  return htmlToText(nestingDepth(html) > MAX_HTML_DEPTH ? flattenHtml(html) : html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'head', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

function htmlTitle(html: string): string | undefined {
  // Only the title text is taken, as text; the markup is never interpreted beyond that.
  const match = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(html);
  const title = match?.[1] ? htmlToText(match[1], { wordwrap: false }).trim() : '';
  return title || undefined;
}

function withGrounds(pages: string[]): PageText[] {
  return pages.map((text, index) => {
    const grounds = countGrounds(text);
    const page: PageText = { page: index + 1, text, source: 'plain' };
    return Object.keys(grounds).length > 0 ? { ...page, grounds } : page;
  });
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => {
      if (entry.group) return entry.group.map((member) => (member.name ? `${member.name} <${member.address ?? ''}>` : (member.address ?? '')));
      return [entry.name && entry.address ? `${entry.name} <${entry.address}>` : (entry.address ?? entry.name)];
    }),
  ).filter((text) => text.length > 0);
}

async function convertEmail(bytes: Buffer, name: string): Promise<ConvertResult> {
  const mail = await simpleParser(bytes, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 20 * 1024 * 1024 });
  const metadata: DocumentMetadata = { documentType: 'e-mail' };
  const sender = addresses(mail.from)[0];
  if (sender) metadata.sender = sender;
  const to = addresses(mail.to);
  if (to.length > 0) metadata.recipients = to;
  const cc = addresses(mail.cc);
  if (cc.length > 0) metadata.cc = cc;
  if (mail.subject) metadata.subject = mail.subject;
  if (mail.date && !Number.isNaN(mail.date.getTime())) metadata.date = mail.date.toISOString();

  // mailparser derives `text` from HTML on its own terms (image URLs, upper-cased headings); our converter decides what HTML becomes.
  const body = mail.html ? htmlBodyToText(mail.html) : (mail.text ?? '');
  const real = mail.attachments.filter((attachment) => !(attachment.related && attachment.contentType.startsWith('image/')));
  if (real.length > MAX_ATTACHMENTS) {
    throw new SpoorError('import.limitExceeded', `${name} has ${real.length} attachments`, { file: name, limit: `${MAX_ATTACHMENTS} attachments` });
  }
  const attachments = real.map((attachment, index) => ({
    name: attachment.filename ?? `bijlage-${index + 1}${attachment.contentType === 'message/rfc822' ? '.eml' : ''}`,
    contentType: attachment.contentType,
    data: new Uint8Array(attachment.content),
  }));
  // The reader sees the headers as they were, above the body; nothing is rendered as HTML.
  const header = [
    metadata.sender ? `Van: ${metadata.sender}` : undefined,
    metadata.date ? `Datum: ${mail.date?.toISOString()}` : undefined,
    to.length > 0 ? `Aan: ${to.join('; ')}` : undefined,
    cc.length > 0 ? `CC: ${cc.join('; ')}` : undefined,
    mail.subject ? `Onderwerp: ${mail.subject}` : undefined,
    attachments.length > 0 ? `Bijlagen: ${attachments.map((a) => a.name).join('; ')}` : undefined,
  ].filter((line) => line !== undefined);
  const text = `${header.join('\n')}\n\n${body}`;
  return { ok: true, pages: withGrounds(paginateText(text)), title: mail.subject || undefined, metadata, attachments };
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
      return convertEmail(bytes, task.name);
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
