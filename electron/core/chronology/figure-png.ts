import type * as Canvas from '@napi-rs/canvas';
import type { SignalChainLayout } from '../../../shared/chronology/signal-chain/layout';
import { signalChainSvg } from '../../../shared/export/report/svg';
import type { Language } from '../../../shared/model/settings';

type CanvasModule = typeof Canvas;

/** Pixels per CSS pixel of the figure: 2 gives a PNG sharp enough to print at the column width. */
const SCALE = 2;

export type FigureResult = { png: Uint8Array; width: number; height: number } | { error: string };

/**
 * Renders the signal chain's SVG (the very one the HTML report holds) to a
 * PNG for the .docx, with Skia through @napi-rs/canvas, which draws SVG with
 * the system's fonts. Loaded on demand: where its native binary is missing
 * the report still comes out, with the figure as a table, saying why.
 */
export async function renderFigurePng(layout: SignalChainLayout, language: Language): Promise<FigureResult> {
  let canvasModule: CanvasModule;
  try {
    canvasModule = await import('@napi-rs/canvas');
  } catch (error) {
    return { error: `the SVG renderer (@napi-rs/canvas) is not available here: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { createCanvas, Image } = canvasModule;
  const image = new Image();
  image.src = Buffer.from(signalChainSvg(layout, language));
  if (!image.complete || image.width === 0) return { error: 'the SVG renderer could not read the figure' };
  const width = Math.round(layout.width * SCALE);
  const height = Math.round(layout.height * SCALE);
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(image, 0, 0, width, height);
  return { png: new Uint8Array(await canvas.encode('png')), width, height };
}
