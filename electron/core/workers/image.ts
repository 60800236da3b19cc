/**
 * Standalone images (a photographed letter, a scan saved as JPEG, a
 * screenshot): their size is read from the header before anything decodes
 * them, so a small file that would unpack to gigabytes of pixels is refused,
 * then they are decoded (Skia, through @napi-rs/canvas, which also applies a
 * photo's EXIF orientation), scaled down if larger than OCR needs, and read
 * by OCR like a scanned PDF page.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { imageSize } from 'image-size';
import { SpoorError } from '../../../shared/errors';
import type { PageText } from '../../../shared/model/document';
import { countGrounds } from '../../../shared/woo/grounds';
import { recognisePage } from './ocr';

/** Little- and big-endian TIFF: a scan format Skia does not decode, refused by name whatever its header holds. */
const TIFF_MAGIC = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
/** Formats Skia decodes. */
const DECODED = new Set(['png', 'jpg', 'gif', 'bmp', 'webp']);
/** A 300 dpi A0 scan is 140 megapixels; nothing an analyst receives as a single image needs more. */
export const MAX_IMAGE_PIXELS = 150_000_000;
/** The long side OCR reads at: an A4 page at 400 dpi. Larger images are scaled down first. */
const OCR_LONG_SIDE = 4700;

function dimensions(bytes: Uint8Array, name: string): { width: number; height: number; type: string } {
  try {
    const { width, height, type } = imageSize(bytes);
    if (width && height && type) return { width, height, type };
  } catch {
    // Reported below: a header image-size cannot read is a damaged image.
  }
  throw new SpoorError('import.unreadable', `${name}: the image header cannot be read`, { file: name, reason: 'the image header cannot be read' });
}

/** The image as one page of text, read by OCR (an empty page when OCR is off). */
export async function imagePages(bytes: Uint8Array, name: string, ocr: boolean): Promise<PageText[]> {
  const tiff = TIFF_MAGIC.some((magic) => magic.every((byte, index) => bytes[index] === byte));
  const { width, height, type } = tiff ? { width: 0, height: 0, type: 'tiff' } : dimensions(bytes, name);
  if (!DECODED.has(type)) {
    throw new SpoorError('import.unsupportedType', `${name} is a ${type.toUpperCase()} image; PNG, JPEG, GIF, BMP and WebP images are read (save a TIFF scan as PDF)`, { file: name, extension: `.${type}` });
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new SpoorError('import.limitExceeded', `${name} is ${width} × ${height} pixels, more than ${MAX_IMAGE_PIXELS / 1e6} megapixels`, { file: name, limit: `${MAX_IMAGE_PIXELS / 1e6} megapixels` });
  }
  if (!ocr) return [{ page: 1, text: '', source: 'plain', ocrSkipped: true }];
  let image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpoorError('import.unreadable', `${name}: ${reason}`, { file: name, reason });
  }
  const scale = Math.min(1, OCR_LONG_SIDE / Math.max(image.width, image.height));
  const canvas = createCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const context = canvas.getContext('2d');
  // Transparent parts of a PNG or GIF read as white paper, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const result = await recognisePage(await canvas.encode('png'), 1, canvas.height);
  const page: PageText = { page: 1, text: result.text, source: 'ocr', ocrConfidence: Math.round(result.confidence * 100) / 100 };
  const grounds = countGrounds(result.text);
  return [Object.keys(grounds).length > 0 ? { ...page, grounds } : page];
}
