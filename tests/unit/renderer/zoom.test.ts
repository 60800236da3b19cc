import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, canvasRatio, zoomIn, zoomOut } from '../../../renderer/coding/zoom';

describe('zoom steps', () => {
  it('goes from fit width (between steps) to the next step up or down', () => {
    expect(zoomIn(1.37)).toBe(1.5);
    expect(zoomOut(1.37)).toBe(1.25);
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomOut(1)).toBe(0.75);
  });

  it('stops at the smallest and largest scale', () => {
    expect(zoomIn(4)).toBe(4);
    expect(zoomIn(9)).toBe(4);
    expect(zoomOut(0.25)).toBe(0.25);
  });
});

describe('canvasRatio', () => {
  it('draws at the screen’s pixel ratio while the page is of ordinary size', () => {
    expect(canvasRatio(800, 1130, 2)).toBe(2);
    expect(canvasRatio(800, 1130, 0)).toBe(1);
  });

  it('keeps a zoomed-in page within the pixel budget', () => {
    // A4 at 400 % on a 2× screen would be about 30 million device pixels.
    const [width, height] = [595 * 4, 842 * 4];
    const ratio = canvasRatio(width, height, 2);
    expect(ratio).toBeLessThan(2);
    expect(width * ratio * height * ratio).toBeLessThanOrEqual(MAX_CANVAS_PIXELS + 1);
  });
});
