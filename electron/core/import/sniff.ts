import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import type { DocumentKind } from '../../../shared/model/document';

const PDF_MAGIC = Buffer.from('%PDF-');
/** The PDF specification lets the header start anywhere in the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

const TEXT_EXTENSIONS: Record<string, DocumentKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export interface SniffedType {
  kind: DocumentKind;
  mediaType: string;
}

/**
 * Decides what a file is from its bytes first and its name second, so a file
 * with a misleading extension is treated as what it is (or refused).
 */
export async function sniffFile(file: string): Promise<SniffedType> {
  const handle = await fs.open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(PDF_HEADER_WINDOW);
    const { bytesRead } = await handle.read(buffer, 0, PDF_HEADER_WINDOW, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const extension = path.extname(file).toLowerCase();
  if (head.length === 0) throw new SpoorError('import.empty', `${file} is empty`, { file: path.basename(file) });
  if (head.includes(PDF_MAGIC)) return { kind: 'pdf', mediaType: 'application/pdf' };
  if (extension === '.pdf') throw new SpoorError('import.pdfInvalid', `${file} has no PDF header`, { file: path.basename(file) });
  const textKind = TEXT_EXTENSIONS[extension];
  if (textKind) return { kind: textKind, mediaType: textKind === 'markdown' ? 'text/markdown' : 'text/plain' };
  throw new SpoorError('import.unsupportedType', `Unsupported file type: ${extension || '(none)'}`, {
    file: path.basename(file),
    extension: extension || '(none)',
  });
}

export const SUPPORTED_EXTENSIONS = ['.pdf', ...Object.keys(TEXT_EXTENSIONS)];
