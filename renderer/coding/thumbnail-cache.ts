import type { Platform } from '../platform';
import { loadPdf } from './pdf-document';

/** Width of a thumbnail in CSS pixels; drawn at 1.5× for a sharp picture on most screens. */
export const THUMB_WIDTH = 84;
const DRAW_SCALE = 1.5;
/** Thumbnails kept (as small JPEGs, a few kB each): enough for scrolling back and forth without holding a 1,000-page document. */
const CACHE_SIZE = 300;

const cache = new Map<string, string>();
/** One page is drawn at a time: the pdf.js worker does them one by one anyway, and the page being read comes first. */
let queue: Promise<unknown> = Promise.resolve();

function remember(key: string, url: string): void {
  cache.delete(key);
  cache.set(key, url);
  while (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
  }
}

export function cachedThumbnail(sha256: string, page: number): string | undefined {
  return cache.get(`${sha256}:${page}`);
}

/**
 * A page drawn small, as a data: URL (a JPEG of our own canvas, so nothing
 * from the document runs). Waits its turn; a page no longer `wanted` by the
 * time its turn comes (scrolled past) is skipped.
 */
export function renderThumbnail(platform: Platform, sha256: string, page: number, wanted: () => boolean): Promise<string | undefined> {
  const key = `${sha256}:${page}`;
  const job = queue.then(async () => {
    const cached = cache.get(key);
    if (cached) return cached;
    if (!wanted()) return undefined;
    const pdf = await loadPdf(platform, sha256);
    const pdfPage = await pdf.getPage(page);
    const viewport = pdfPage.getViewport({ scale: (THUMB_WIDTH * DRAW_SCALE) / pdfPage.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    try {
      await pdfPage.render({ canvas, viewport }).promise;
      const url = canvas.toDataURL('image/jpeg', 0.7);
      remember(key, url);
      return url;
    } finally {
      canvas.width = 0;
      canvas.height = 0;
      pdfPage.cleanup();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
