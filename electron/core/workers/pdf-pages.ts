/**
 * Worker side of PDF import: extracts a range of pages with pdfjs-dist,
 * keeping each text item's box; pages whose text layer is missing or junk are
 * rendered (pdfjs-dist + @napi-rs/canvas) and read by OCR. Refusal grounds
 * are counted per page here, off the main thread.
 */
import fs, { type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { OPS, PDFDataRangeTransport, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { PageText, TextBox } from '../../../shared/model/document';
import { countGrounds } from '../../../shared/woo/grounds';
import { recognisePage } from './ocr';
import { assessTextLayer } from './text-quality';

export interface PdfPagesTask {
  file: string;
  firstPage: number;
  /** Undefined: up to the end, unless the document is long enough to split (see splitAbove). */
  lastPage?: number;
  /** A document with more pages than this (or a scan of 2 pages or more) is split: this task takes the first half and says so. */
  splitAbove?: number;
  ocr: boolean;
  progress?: MessagePort;
}

export type PdfPagesMessage =
  | { type: 'opened'; pageCount: number; lastPage: number }
  | { type: 'page'; page: number; source: PageText['source'] }
  | { type: 'ocr'; page: number };

export type PdfPagesResult =
  | { ok: true; pageCount: number; pages: PageText[] }
  | { ok: false; reason: 'invalid' | 'encrypted' | 'unreadable'; message: string };

/** OCR resolution: 200 dpi reads typewritten and printed Dutch well at ~2 s a page. */
const OCR_DPI = 200;
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

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

function classify(error: unknown): PdfPagesResult {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return { ok: false, reason: 'encrypted', message };
  if (name === 'InvalidPDFException' || name === 'FormatError') return { ok: false, reason: 'invalid', message };
  return { ok: false, reason: 'unreadable', message };
}

/** pdfjs-dist's own standard fonts, so pages using the 14 standard fonts render without system fonts. */
export const standardFontDataUrl = (() => {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${path.join(path.dirname(pkg), 'standard_fonts')}${path.sep}`;
})();

async function hasImages(page: PDFPageProxy): Promise<boolean> {
  const operators = await page.getOperatorList();
  return operators.fnArray.some((op) => IMAGE_OPS.has(op));
}

/** Renders a page to a PNG on a white background at `dpi` (for OCR; the fixtures make their scans with it too). */
export async function renderPagePng(page: PDFPageProxy, dpi: number): Promise<Uint8Array> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdfjs's types expect DOM canvases; @napi-rs/canvas is the implementation pdfjs itself uses in Node.
  await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
  return canvas.encode('png');
}

async function ocrPage(page: PDFPageProxy, size: [number, number]): Promise<Pick<PageText, 'text' | 'boxes' | 'ocrConfidence'>> {
  const result = await recognisePage(await renderPagePng(page, OCR_DPI), OCR_DPI / 72, size[1]);
  return { text: result.text, boxes: result.boxes, ocrConfidence: round(result.confidence) };
}

async function firstPageNeedsOcr(pdf: PDFDocumentProxy): Promise<boolean> {
  const page = await pdf.getPage(1);
  try {
    return assessTextLayer(assemblePageText((await page.getTextContent()).items).text) !== 'usable';
  } finally {
    page.cleanup();
  }
}

async function readPage(pdf: PDFDocumentProxy, number: number, task: PdfPagesTask): Promise<PageText> {
  const page = await pdf.getPage(number);
  try {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const size: [number, number] = [round(x1 - x0), round(y1 - y0)];
    const { text, boxes } = assemblePageText((await page.getTextContent()).items);
    let result: PageText = { page: number, text, source: 'pdf-text', size, boxes };
    if (assessTextLayer(text) !== 'usable' && (await hasImages(page))) {
      if (task.ocr) {
        task.progress?.postMessage({ type: 'ocr', page: number } satisfies PdfPagesMessage);
        result = { page: number, source: 'ocr', size, ...(await ocrPage(page, size)) };
      } else result = { ...result, ocrSkipped: true };
    }
    const grounds = countGrounds(result.text);
    return Object.keys(grounds).length > 0 ? { ...result, grounds } : result;
  } finally {
    page.cleanup();
  }
}

/**
 * Gives pdfjs the byte ranges it asks for, read from the file, instead of the
 * whole file, and counts them. pdfjs keeps what it was given for as long as
 * the document is open (in a buffer of the file's length, of which only the
 * parts filled cost memory), so the document is opened again whenever the
 * pages read so far have needed more than REOPEN_AFTER_BYTES: what one thread
 * holds stays bounded whatever the size of the file.
 */
class FileRangeTransport extends PDFDataRangeTransport {
  served = 0;
  readError: unknown;

  constructor(
    private readonly file: FileHandle,
    length: number,
    private readonly onError: () => void,
  ) {
    super(length, null);
  }

  override requestDataRange(begin: number, end: number): void {
    const chunk = new Uint8Array(end - begin);
    this.file.read(chunk, 0, chunk.length, begin).then(
      ({ bytesRead }) => {
        this.served += bytesRead;
        this.onDataRange(begin, chunk.subarray(0, bytesRead));
      },
      (error: unknown) => {
        this.readError = error;
        this.onError();
      },
    );
  }
}

/** pdfjs's unit of reading: 64 KiB, its own default. */
const RANGE_CHUNK_BYTES = 65_536;
/** Pages needing more than this since the document was opened: open it afresh, letting go of what was read. */
export const REOPEN_AFTER_BYTES = 128 * 1024 ** 2;
/** Smaller files are read whole: as bounded, and some 20% faster to extract than by ranges. */
export const READ_WHOLE_BELOW_BYTES = 64 * 1024 ** 2;

const OPTIONS = { verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, standardFontDataUrl } as const;

interface OpenPdf {
  loading: PDFDocumentLoadingTask;
  /** For a file read by ranges: what was read since it was opened. */
  range?: FileRangeTransport;
}

async function openPdf(file: FileHandle, length: number): Promise<OpenPdf> {
  if (length < READ_WHOLE_BELOW_BYTES) {
    const data = new Uint8Array(length);
    await file.read(data, 0, length, 0);
    return { loading: getDocument({ data, ...OPTIONS }) };
  }
  const range: FileRangeTransport = new FileRangeTransport(file, length, () => void loading.destroy());
  // Only the ranges the pages ask for: no reading ahead, no streaming the rest in.
  const loading = getDocument({ range, length, rangeChunkSize: RANGE_CHUNK_BYTES, disableAutoFetch: true, disableStream: true, ...OPTIONS });
  return { loading, range };
}

export async function extractPdfPages(task: PdfPagesTask): Promise<PdfPagesResult> {
  let file: FileHandle;
  try {
    file = await fs.open(task.file, 'r');
  } catch (error) {
    return classify(error);
  }
  let open: OpenPdf | undefined;
  try {
    const length = (await file.stat()).size;
    open = await openPdf(file, length);
    let pdf = await open.loading.promise;
    const pageCount = pdf.numPages;
    let lastPage = Math.min(task.lastPage ?? pageCount, pageCount);
    if (task.lastPage === undefined && task.splitAbove !== undefined && pageCount >= 2) {
      // Long documents are split; so are short scans, where every page costs seconds of OCR.
      if (pageCount > task.splitAbove || (task.ocr && (await firstPageNeedsOcr(pdf)))) lastPage = Math.ceil(pageCount / 2);
    }
    task.progress?.postMessage({ type: 'opened', pageCount, lastPage } satisfies PdfPagesMessage);
    const pages: PageText[] = [];
    for (let number = task.firstPage; number <= lastPage; number += 1) {
      if (open.range && open.range.served > REOPEN_AFTER_BYTES) {
        await open.loading.destroy();
        open = await openPdf(file, length);
        pdf = await open.loading.promise;
      }
      const page = await readPage(pdf, number, task);
      pages.push(page);
      task.progress?.postMessage({ type: 'page', page: number, source: page.source } satisfies PdfPagesMessage);
    }
    return { ok: true, pageCount, pages };
  } catch (error) {
    return classify(open?.range?.readError ?? error);
  } finally {
    await open?.loading.destroy();
    await file.close();
  }
}
