/**
 * OCR for one worker thread: a single tesseract.js worker with the Dutch
 * traineddata shipped in @tesseract.js-data/nld (nothing is fetched). It is
 * created on first use and lives as long as the thread that owns it, so the
 * number of OCR engines never exceeds the size of the import pool.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, type Worker } from 'tesseract.js';
import type { TextBox } from '../../../shared/model/document';

let engine: Promise<Worker> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** An OCR engine holds ~150 MB; a thread that has not read a scan for this long lets it go. */
const ENGINE_IDLE_MS = 60_000;

function releaseWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const current = engine;
    engine = undefined;
    void current?.then((worker) => worker.terminate()).catch(() => undefined);
  }, ENGINE_IDLE_MS);
  // The timer must not keep the thread alive on its own.
  idleTimer.unref();
}

export function dutchLangPath(base: string = import.meta.url): string {
  const pkg = createRequire(base).resolve('@tesseract.js-data/nld/package.json');
  return path.join(path.dirname(pkg), '4.0.0_best_int');
}

function getEngine(): Promise<Worker> {
  engine ??= createWorker('nld', 1, { langPath: dutchLangPath(), gzip: true, cacheMethod: 'none' }).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

export interface OcrPage {
  text: string;
  confidence: number;
  boxes: TextBox[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Reads a rendered page. `scale` is pixels per PDF unit and `pageHeight` the
 * page height in PDF units, so word boxes come back in the same coordinates
 * as a text layer's (origin bottom left, y at the baseline).
 */
export async function recognisePage(png: Uint8Array, scale: number, pageHeight: number): Promise<OcrPage> {
  clearTimeout(idleTimer);
  const worker = await getEngine();
  const { data } = await worker.recognize(Buffer.from(png), {}, { text: true, blocks: true }).finally(releaseWhenIdle);
  let text = '';
  const boxes: TextBox[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        line.words.forEach((word, index) => {
          if (index > 0) text += ' ';
          const start = text.length;
          text += word.text;
          const { x0, y0, x1, y1 } = word.bbox;
          boxes.push([start, text.length, round(x0 / scale), round(pageHeight - y1 / scale), round((x1 - x0) / scale), round((y1 - y0) / scale)]);
        });
        text += '\n';
      }
      text += '\n';
    }
  }
  return { text: text.replace(/\n{3,}/g, '\n\n').trimEnd(), confidence: Math.max(0, Math.min(100, data.confidence)), boxes };
}
