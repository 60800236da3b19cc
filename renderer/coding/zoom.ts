/** How the rendered page is sized: to the column's width, or at a scale (1 = the PDF's own size, 72 points to the inch as CSS pixels). */
export type Zoom = 'fit' | number;

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 4;
export const ZOOM_STEPS = [MIN_ZOOM, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, MAX_ZOOM] as const;
const EPSILON = 0.01;

/** The next step up from the scale the page has now (fit width lands between steps). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((step) => step > scale + EPSILON) ?? MAX_ZOOM;
}

export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - EPSILON) ?? MIN_ZOOM;
}

/** Most device pixels one rendered page may take (about 64 MB of canvas): zooming far in lowers sharpness rather than growing memory. */
export const MAX_CANVAS_PIXELS = 16_000_000;

/** Device pixels per CSS pixel for a canvas of this CSS size: the screen's ratio, lowered to stay within MAX_CANVAS_PIXELS. */
export function canvasRatio(cssWidth: number, cssHeight: number, devicePixelRatio: number): number {
  const ratio = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight;
  if (area <= 0) return ratio;
  return Math.min(ratio, Math.sqrt(MAX_CANVAS_PIXELS / area));
}
