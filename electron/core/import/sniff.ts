import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import type { DocumentKind } from '../../../shared/model/document';
import { listZipEntryNames } from './zip';

const HEAD_BYTES = 4096;
const PDF_MAGIC = Buffer.from('%PDF-');
/** The PDF specification lets the header start anywhere in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;
const ZIP_MAGIC = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface SniffedType {
  kind: DocumentKind;
  mediaType: string;
}

const MEDIA_TYPES: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  email: 'message/rfc822',
  mailbox: 'application/mbox',
  archive: 'application/zip',
  image: 'image/png',
};

const typed = (kind: DocumentKind): SniffedType => ({ kind, mediaType: MEDIA_TYPES[kind] });

/** Headers that only an Internet message starts with; two of them in the first block make it an e-mail. */
const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|received|mime-version|return-path|delivered-to|reply-to|sender|x-[a-z0-9-]+|content-type|thread-topic|in-reply-to)$/i;

export function looksLikeEmail(head: string): boolean {
  const block = head.replace(/^\uFEFF/, '').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = block.split(/\r?\n/).filter((line) => !/^[ \t]/.test(line));
  if (lines.length < 2) return false;
  let known = 0;
  for (const line of lines) {
    const match = /^([A-Za-z][A-Za-z0-9-]*):/.exec(line);
    if (!match) return false;
    if (MAIL_HEADERS.test(match[1]!)) known += 1;
  }
  return known >= 2;
}

export function looksLikeMbox(head: string): boolean {
  return /^From \S+[^\n]*\r?\n[A-Za-z][A-Za-z0-9-]*:/.test(head.replace(/^\uFEFF/, ''));
}

export function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head.replace(/^\uFEFF/, ''));
}

/** Images read by OCR (workers/image.ts), by their first bytes. */
const IMAGE_MAGIC: Array<[Buffer, string]> = [
  [Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'],
  [Buffer.from('GIF8'), 'image/gif'],
  [Buffer.from('BM'), 'image/bmp'],
  // Not decoded: recognised so that the refusal can say what it is (workers/image.ts).
  [Buffer.from([0x49, 0x49, 0x2a, 0x00]), 'image/tiff'],
  [Buffer.from([0x4d, 0x4d, 0x00, 0x2a]), 'image/tiff'],
];

function imageType(head: Buffer): SniffedType | undefined {
  if (head.subarray(0, 4).equals(Buffer.from('RIFF')) && head.subarray(8, 12).equals(Buffer.from('WEBP'))) return { kind: 'image', mediaType: 'image/webp' };
  const found = IMAGE_MAGIC.find(([magic]) => head.subarray(0, magic.length).equals(magic));
  return found && { kind: 'image', mediaType: found[1] };
}


/** Control characters other than tab, newline, carriage return and form feed. */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

function isBinary(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  if (head.includes(0)) return true;
  // A few control characters (terminal escape codes in a log, a stray form of ^Z) do not make a text binary.
  let control = 0;
  for (const byte of head) if (isControl(byte)) control += 1;
  return control > 8 && control / head.length > 0.05;
}

function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  return new TextDecoder('utf-8').decode(head);
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function sniffZip(file: string, name: string): Promise<SniffedType> {
  const entries = await listZipEntryNames(file, name, 64);
  if (entries.includes('word/document.xml')) return typed('docx');
  if (entries.includes('xl/workbook.xml')) return typed('xlsx');
  return typed('archive');
}

/**
 * Decides what a file is from its bytes: PDF, zip (and within zip .docx and
 * .xlsx by their parts), e-mail, mbox and HTML by their content. Only among
 * plain texts does the name decide between text, Markdown and CSV.
 * `name` is the name shown in messages (a zip member's path, an attachment's name).
 */
export async function sniffFile(file: string, name = path.basename(file)): Promise<SniffedType> {
  const head = await readHead(file);
  const extension = path.extname(name).toLowerCase();
  if (head.length === 0) throw new SpoorError('import.empty', `${name} is empty`, { file: name });
  // A zip signature at byte 0 is decisive: a stored PDF member can put `%PDF-` in the first kilobyte of an archive.
  if (ZIP_MAGIC.some((magic) => head.subarray(0, 4).equals(magic))) return sniffZip(file, name);
  if (head.subarray(0, PDF_HEADER_WINDOW).includes(PDF_MAGIC)) return typed('pdf');
  if (extension === '.pdf') throw new SpoorError('import.pdfInvalid', `${name} has no PDF header`, { file: name });
  if (head.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new SpoorError('import.unsupportedType', `${name} is an old Office or Outlook file (.doc, .xls, .msg): save it as .docx, .xlsx, .eml or PDF`, { file: name, extension: extension || '(none)' });
  }
  const image = imageType(head);
  // "BM" also starts plain text ("BM-nummer …"): a bitmap is only taken for one when the rest is binary too.
  if (image && (image.mediaType !== 'image/bmp' || isBinary(head.subarray(2)))) return image;
  if (isBinary(head)) {
    throw new SpoorError('import.unsupportedType', `Unsupported file type: ${extension || '(none)'}`, { file: name, extension: extension || '(none)' });
  }
  const text = headText(head);
  if (looksLikeMbox(text)) return typed('mailbox');
  if (looksLikeEmail(text)) return typed('email');
  if (looksLikeHtml(text)) return typed('html');
  if (extension === '.csv' || extension === '.tsv') return typed('csv');
  if (extension === '.md' || extension === '.markdown') return typed('markdown');
  return typed('text');
}

export const SUPPORTED_EXTENSIONS = ['.pdf', '.txt', '.md', '.html', '.htm', '.csv', '.docx', '.xlsx', '.eml', '.mbox', '.zip', '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp'];
