import fs from 'node:fs/promises';
import { SpoorError } from '../../../shared/errors';
import type { PageText } from '../../../shared/model/document';
import { paginateText } from '../../../shared/text/paginate';

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * otherwise Windows-1252, the usual encoding of older Dutch office exports.
 * A file with NUL bytes and no UTF-16 BOM is binary, not text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new SpoorError('import.textEncoding', `${fileName} contains binary data`, { file: fileName });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The largest plain-text file imported. Decoding holds the file about five
 * times over (bytes, string, pages, stored JSON); 64 MB is some 10,000 pages
 * of text, more than any real document, and keeps an import within ~0.5 GB.
 */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The largest PDF imported. PDFs are read by byte ranges (workers/pdf-pages.ts),
 * so memory follows what the pages need, not the file's size; beyond 4 GiB
 * pdfjs cannot address a file at all, and 2 GiB is far above any real release.
 */
export const MAX_PDF_BYTES = 2 * 1024 ** 3;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
}

/** Refuses a file too large to import, before anything reads it. */
export function assertFileSize(size: number, fileName: string, limit = MAX_TEXT_FILE_BYTES, what = 'text files'): void {
  if (size > limit) {
    throw new SpoorError('import.tooLarge', `${fileName} is ${megabytes(size)}; ${what} of at most ${megabytes(limit)} are imported`, {
      file: fileName,
      size: megabytes(size),
      limit: megabytes(limit),
    });
  }
}

export async function extractTextFile(file: string, fileName: string): Promise<PageText[]> {
  const bytes = await fs.readFile(file);
  return paginateText(decodeText(bytes, fileName)).map((text, index) => ({ page: index + 1, text, source: 'plain' as const }));
}
