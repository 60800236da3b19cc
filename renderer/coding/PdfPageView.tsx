import type { RenderTask } from 'pdfjs-dist';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentRecord, PageText } from '../../shared/model/document';
import { useI18n } from '../app/i18n';
import { usePlatform } from '../app/platform-context';
import { endingTags, markStyle, segment, type Highlight } from '../components/PageText';
import { loadPdf } from './pdf-document';
import { textLayerSelection, type TextSelection } from './selection';
import { canvasRatio, type Zoom } from './zoom';

let measuring: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, fontPx: number): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * fontPx * 0.5;
  measuring.font = `${fontPx}px sans-serif`;
  return measuring.measureText(text).width;
}

interface Props {
  record: DocumentRecord;
  page: PageText;
  highlights: readonly Highlight[];
  zoom: Zoom;
  /** The scale the page is drawn at (for the zoom buttons: fit width is a scale too). */
  onScale: (scale: number) => void;
  onSelect: (selection: TextSelection | undefined) => void;
  onMarkClick: (offset: number) => void;
}

interface Layout {
  scale: number;
  width: number;
  height: number;
  /** PDF user space (x, y up from the bottom) to CSS pixels in the page box. */
  toView: (x: number, y: number) => [number, number];
}

/**
 * The rendered PDF page (pdf.js on a canvas) with a transparent, selectable
 * text layer built from the stored text boxes: every piece of the layer
 * knows its offset in the page text, so a selection on the page becomes the
 * same character range the text view and the stored anchors use.
 */
export function PdfPageView({ record, page, highlights, zoom, onScale, onSelect, onMarkClick }: Props) {
  const { t } = useI18n();
  const platform = usePlatform();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (width === 0) return;
    let cancelled = false;
    let task: RenderTask | undefined;
    setFailure(undefined);
    loadPdf(platform, record.sha256)
      .then(async (pdf) => {
        const pdfPage = await pdf.getPage(page.page);
        if (cancelled) return;
        const base = pdfPage.getViewport({ scale: 1 });
        const scale = zoom === 'fit' ? width / base.width : zoom;
        const viewport = pdfPage.getViewport({ scale });
        const target = canvas.current;
        if (!target) return;
        onScale(scale);
        const ratio = canvasRatio(viewport.width, viewport.height, window.devicePixelRatio);
        target.width = Math.floor(viewport.width * ratio);
        target.height = Math.floor(viewport.height * ratio);
        target.style.width = `${viewport.width}px`;
        target.style.height = `${viewport.height}px`;
        task = pdfPage.render({ canvas: target, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        target.dataset['ratio'] = String(ratio);
        setLayout({ scale, width: viewport.width, height: viewport.height, toView: (x, y) => viewport.convertToViewportPoint(x, y) as [number, number] });
        await task.promise;
      })
      .catch((error: unknown) => {
        const name = (error as { name?: string } | undefined)?.name;
        if (!cancelled && name !== 'RenderingCancelledException') setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [platform, record.sha256, page.page, width, zoom, onScale]);

  // A page left behind gives its canvas memory back at once, not when the collector gets round to it.
  useEffect(() => {
    const target = canvas.current;
    return () => {
      if (target) {
        target.width = 0;
        target.height = 0;
      }
    };
  }, []);

  function capture() {
    const element = layer.current;
    if (!element) return;
    const selection = textLayerSelection(element, page.page, page.text);
    if (selection) {
      onSelect(selection);
      return;
    }
    const current = window.getSelection();
    const piece = current?.isCollapsed ? current.anchorNode?.parentElement?.closest<HTMLElement>('[data-offset]') : undefined;
    if (piece && element.contains(piece)) onMarkClick(Number(piece.dataset['offset']));
  }

  const boxes = page.boxes ?? [];
  // A text item's y is its baseline (descenders go below it); an OCR word's box is the word's whole height, y at its bottom.
  const below = page.source === 'ocr' ? 0 : 0.2;
  return (
    <div className="pdf-page-frame" ref={frame} data-testid="pdf-page" data-page={page.page}>
      {failure ? <p className="anchor-note lost">{t('coding.pdfFailed', { message: failure })}</p> : null}
      {!layout && !failure ? <p className="muted">{t('coding.pdfLoading')}</p> : null}
      {boxes.length === 0 ? <p className="muted">{t('coding.pdfNoBoxes')}</p> : null}
      <div className="pdf-page" style={layout ? { width: layout.width, height: layout.height } : undefined}>
        <canvas ref={canvas} aria-hidden="true" />
        {layout ? (
          <div className="pdf-text-layer" ref={layer} onMouseUp={capture} onKeyUp={capture} data-testid="pdf-text-layer">
            {boxes.map(([start, end, x, y, w, h]) => {
              const [left, top] = layout.toView(x, y + h * (1 - below));
              const [right, bottom] = layout.toView(x + w, y - h * below);
              const fontPx = Math.max(1, (bottom - top) / 1.0);
              const text = page.text.slice(start, end);
              const natural = textWidth(text, fontPx);
              const stretch = natural > 0 ? (right - left) / natural : 1;
              return (
                <span
                  key={start}
                  className="pdf-text-item"
                  style={{ left, top, fontSize: `${fontPx}px`, lineHeight: `${fontPx}px`, transform: `scaleX(${stretch})` }}
                >
                  {segment(end - start, relativeTo(highlights, start, end)).map((piece) => {
                    const marks = piece.marks;
                    return (
                      <span
                        key={piece.start}
                        data-offset={start + piece.start}
                        data-tag={endingTags(marks, piece.end)}
                        className={marks.length > 0 ? marks.map((mark) => `mark-${mark.kind}`).join(' ') : undefined}
                        style={marks.length > 0 ? markStyle(marks, Math.max(1, Math.round(fontPx / 8))) : undefined}
                        title={marks.map((mark) => mark.label).filter(Boolean).join(' · ') || undefined}
                      >
                        {text.slice(piece.start, piece.end)}
                      </span>
                    );
                  })}
                </span>
              );
            })}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** The highlights that touch `[start, end)`, cut to it and made relative to `start`. */
function relativeTo(highlights: readonly Highlight[], start: number, end: number): Highlight[] {
  return highlights
    .filter((h) => h.start < end && h.end > start)
    .map(({ tag, ...h }) => ({ ...h, start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start, ...(tag !== undefined && h.end <= end ? { tag } : {}) }));
}
