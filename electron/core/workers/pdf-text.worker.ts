/**
 * Worker thread: extracts the text of a PDF page by page with pdfjs-dist,
 * keeping each text item's box so passages can be highlighted later. Runs
 * off the main thread; reports progress through the MessagePort it is given.
 */
import fs from 'node:fs/promises';
import type { MessagePort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { PageText, TextBox } from '../../../shared/model/document';

export interface PdfTextTask {
  file: string;
  progress?: MessagePort;
}

export interface PdfPageProgress {
  page: number;
  pageCount: number;
}

export type PdfTextResult =
  | { ok: true; pages: PageText[] }
  | { ok: false; reason: 'invalid' | 'encrypted' | 'unreadable'; message: string };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/** Joins a page's text items into one string, recording where each item's text landed. */
export function assemblePageText(items: ReadonlyArray<TextItem | TextMarkedContent>): { text: string; boxes: TextBox[] } {
  let text = '';
  const boxes: TextBox[] = [];
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const start = text.length;
    text += item.str;
    if (item.str.length > 0) {
      const [, , , , x, y] = item.transform as number[];
      boxes.push([start, text.length, round(x ?? 0), round(y ?? 0), round(item.width), round(item.height)]);
    }
    if (item.hasEOL) text += '\n';
  }
  return { text, boxes };
}

function classify(error: unknown): PdfTextResult {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return { ok: false, reason: 'encrypted', message };
  if (name === 'InvalidPDFException' || name === 'FormatError') return { ok: false, reason: 'invalid', message };
  return { ok: false, reason: 'unreadable', message };
}

export default async function extractPdfText({ file, progress }: PdfTextTask): Promise<PdfTextResult> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    return classify(error);
  }
  const loading = getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const pdf = await loading.promise;
    const pages: PageText[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const { text, boxes } = assemblePageText(content.items);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pages.push({ page: number, text, source: 'pdf-text', size: [round(x1 - x0), round(y1 - y0)], boxes });
      page.cleanup();
      progress?.postMessage({ page: number, pageCount: pdf.numPages } satisfies PdfPageProgress);
    }
    return { ok: true, pages };
  } catch (error) {
    return classify(error);
  } finally {
    await loading.destroy();
  }
}
