/**
 * The import pool's worker thread. Each task names one of these exports;
 * everything CPU-heavy in import (pdfjs, OCR, mail and office parsing) runs
 * here, never on the main thread.
 */
export { extractPdfPages as pdfPages } from './pdf-pages';
export { convertFile as convert } from './convert';

/** Piscina loads a module without a default export as CommonJS, which a TypeScript worker is not; every task is named. */
export default function unnamedTask(): never {
  throw new Error('extract.worker: run a named task (pdfPages, convert)');
}
