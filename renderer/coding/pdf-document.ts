import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Platform } from '../platform';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Open PDFs, by SHA-256; only the last two stay open (a large PDF holds a lot of memory in its worker). */
const openDocuments = new Map<string, Promise<PDFDocumentProxy>>();

export function loadPdf(platform: Platform, sha256: string): Promise<PDFDocumentProxy> {
  const cached = openDocuments.get(sha256);
  if (cached) return cached;
  // Fonts, character maps and image decoders come from the app's own files (copied there by the build).
  const assets = (folder: string) => new URL(`./pdfjs/${folder}/`, document.baseURI).href;
  const loading = platform.fetchOriginal(sha256).then(
    (bytes) =>
      pdfjs.getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        enableXfa: false,
        verbosity: 0,
        standardFontDataUrl: assets('standard_fonts'),
        cMapUrl: assets('cmaps'),
        cMapPacked: true,
        wasmUrl: assets('wasm'),
      }).promise,
  );
  loading.catch(() => openDocuments.delete(sha256));
  openDocuments.set(sha256, loading);
  while (openDocuments.size > 2) {
    const [oldest, promise] = openDocuments.entries().next().value as [string, Promise<PDFDocumentProxy>];
    openDocuments.delete(oldest);
    void promise.then((doc) => doc.destroy()).catch(() => undefined);
  }
  return loading;
}

