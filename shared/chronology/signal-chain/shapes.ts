import { formatFuzzyDate } from '../fuzzy-date';
import { translate } from '../../i18n';
import type { Language } from '../../model/settings';
import type { Band, SignalArrow, SignalChainLayout } from './layout';

/**
 * The signal chain as a list of SVG shapes, drawn the same way by the React
 * view (as elements, arrows clickable) and by the report (as SVG text).
 * Arrowheads are polygons, not markers, so every SVG renderer draws them.
 * Attribute names are camelCase (React's), turned into SVG's by the writer.
 */

export type ShapeTag = 'rect' | 'line' | 'path' | 'polygon' | 'circle' | 'text';

export interface Shape {
  tag: ShapeTag;
  attrs: Record<string, string | number>;
  text?: string;
}

/** Shapes drawn together; a group with a target is an arrow the reader can click. */
export interface ShapeGroup {
  key: string;
  target?: { kind: 'signal' | 'response'; eventId: string };
  /** What the arrow says, for a screen reader and a tooltip. */
  label?: string;
  shapes: Shape[];
  /** An invisible, wider stroke that makes a thin arrow easy to click; drawn only where it can be clicked. */
  hit?: Shape;
}

export const CHAIN_COLORS = {
  answered: '#1f4e9c',
  none: '#b00020',
  open: '#6b6b6b',
  altered: '#d46b00',
  response: '#2e7d32',
  band: '#1f4e9c',
  lane: '#f3f4f6',
  grid: '#d0d4da',
  text: '#222222',
} as const;

const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

function shape(tag: ShapeTag, attrs: Shape['attrs'], text?: string): Shape {
  return text === undefined ? { tag, attrs } : { tag, attrs, text };
}

function hitLine(x: number, top: number, bottom: number): Shape {
  return shape('line', { x1: round(x), y1: round(top), x2: round(x), y2: round(bottom), stroke: '#000000', strokeOpacity: 0, strokeWidth: 12 });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** An arrowhead at (x, y) pointing down (dir 1) or up (dir -1). */
function head(x: number, y: number, dir: number, color: string): Shape {
  return { tag: 'polygon', attrs: { points: `${round(x - 4.5)},${round(y - 8 * dir)} ${round(x + 4.5)},${round(y - 8 * dir)} ${round(x)},${round(y)}`, fill: color } };
}

function bandShapes(band: Band, top: number, bottom: number, color: string): Shape[] {
  const width = band.x1 - band.x0;
  if (width < 2 && !band.openStart && !band.openEnd) return [];
  const shapes: Shape[] = [{ tag: 'rect', attrs: { x: round(band.x0), y: round(top), width: round(Math.max(width, 2)), height: round(bottom - top), fill: color, fillOpacity: 0.12 } }];
  const mid = (top + bottom) / 2;
  if (band.openStart) shapes.push({ tag: 'polygon', attrs: { points: `${round(band.x0)},${round(mid)} ${round(band.x0 + 7)},${round(mid - 5)} ${round(band.x0 + 7)},${round(mid + 5)}`, fill: color, fillOpacity: 0.5 } });
  if (band.openEnd) shapes.push({ tag: 'polygon', attrs: { points: `${round(band.x1)},${round(mid)} ${round(band.x1 - 7)},${round(mid - 5)} ${round(band.x1 - 7)},${round(mid + 5)}`, fill: color, fillOpacity: 0.5 } });
  return shapes;
}

function signalColor(arrow: SignalArrow): string {
  return arrow.altered ? CHAIN_COLORS.altered : CHAIN_COLORS[arrow.state];
}

function dash(arrow: SignalArrow): string | undefined {
  return arrow.state === 'none' ? '7 4' : arrow.state === 'open' ? '3 3' : undefined;
}

/** A vertical arrow between lanes, or a small loop when sender and addressee share a lane. */
function arrowShapes(x: number, fromY: number, toY: number, color: string, strokeDasharray: string | undefined, width: number): Shape[] {
  const stroke = { stroke: color, strokeWidth: width, fill: 'none', ...(strokeDasharray ? { strokeDasharray } : {}) };
  if (Math.abs(toY - fromY) < 1) {
    return [
      { tag: 'path', attrs: { d: `M ${round(x)} ${round(fromY)} C ${round(x)} ${round(fromY - 22)}, ${round(x + 16)} ${round(fromY - 22)}, ${round(x + 16)} ${round(fromY - 8)}`, ...stroke } },
      head(x + 16, fromY, 1, color),
    ];
  }
  const dir = toY > fromY ? 1 : -1;
  return [{ tag: 'line', attrs: { x1: round(x), y1: round(fromY), x2: round(x), y2: round(toY - 7 * dir), ...stroke } }, head(x, toY, dir, color)];
}

export function signalChainShapes(layout: SignalChainLayout, language: Language): ShapeGroup[] {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const { plot } = layout;
  const groups: ShapeGroup[] = [];
  groups.push({ key: 'background', shapes: [{ tag: 'rect', attrs: { x: 0, y: 0, width: layout.width, height: layout.height, fill: '#ffffff' } }] });
  groups.push({
    key: 'lanes',
    shapes: layout.lanes.flatMap<Shape>((lane, index) => [
      shape('rect', { x: plot.x0, y: lane.top, width: round(plot.x1 - plot.x0), height: lane.height, fill: index % 2 === 0 ? CHAIN_COLORS.lane : '#ffffff' }),
      shape('text', { x: 6, y: round(lane.y + 4), fontFamily: FONT, fontSize: 12, fontWeight: 'bold', fill: CHAIN_COLORS.text }, t(`chronology.role.${lane.role}`)),
    ]),
  });
  groups.push({
    key: 'axis',
    shapes: [
      { tag: 'line', attrs: { x1: plot.x0, y1: plot.y1, x2: plot.x1, y2: plot.y1, stroke: '#888888', strokeWidth: 1 } },
      ...layout.ticks.flatMap<Shape>((tick) => [
        shape('line', { x1: round(tick.x), y1: plot.y0, x2: round(tick.x), y2: plot.y1 + 4, stroke: CHAIN_COLORS.grid, strokeWidth: tick.major ? 1 : 0.5 }),
        shape('text', { x: round(tick.x), y: plot.y1 + 17, fontFamily: FONT, fontSize: 10, textAnchor: 'middle', fill: '#555555' }, tick.label),
      ]),
    ],
  });
  for (const arrow of layout.signals) {
    const color = signalColor(arrow);
    const top = Math.min(arrow.fromY, arrow.toY) - 14;
    const bottom = Math.max(arrow.fromY, arrow.toY) + 14;
    const labelY = arrow.fromY <= arrow.toY ? arrow.fromY - 6 : arrow.fromY + 15;
    groups.push({
      key: `signal-${arrow.eventId}`,
      target: { kind: 'signal', eventId: arrow.eventId },
      hit: hitLine(arrow.x, top, bottom),
      label: t('chronology.chain.arrowLabel', { number: arrow.number, from: arrow.fromName, to: arrow.toName, date: formatFuzzyDate(arrow.date, language), title: arrow.title }),
      shapes: [
        ...bandShapes(arrow.band, top, bottom, CHAIN_COLORS.band),
        { tag: 'circle', attrs: { cx: round(arrow.x), cy: round(arrow.fromY), r: 3.5, fill: color } },
        ...arrowShapes(arrow.x, arrow.fromY, arrow.toY, color, dash(arrow), arrow.state === 'answered' && !arrow.altered ? 2 : 2.5),
        { tag: 'text', attrs: { x: round(arrow.x + 5), y: round(labelY), fontFamily: FONT, fontSize: 10, fontWeight: 'bold', fill: color }, text: String(arrow.number) },
        ...(arrow.state === 'answered' ? [] : [shape('text', { x: round(arrow.x - 5), y: round(arrow.toY + (arrow.toY >= arrow.fromY ? 14 : -6)), fontFamily: FONT, fontSize: 12, fontWeight: 'bold', textAnchor: 'end', fill: CHAIN_COLORS[arrow.state] }, arrow.state === 'none' ? '✕' : '?')]),
      ],
    });
  }
  for (const response of layout.responses) {
    const top = Math.min(response.fromY, response.toY) - 10;
    const bottom = Math.max(response.fromY, response.toY) + 10;
    // The wait is drawn apart from the arrow, so that the arrow alone is what a click hits.
    groups.push({
      key: `wait-${response.signalEventId}-${response.responseEventId}`,
      shapes: [shape('line', { x1: round(response.waitFromX), y1: round(response.fromY), x2: round(response.x), y2: round(response.fromY), stroke: CHAIN_COLORS.response, strokeWidth: 1.5, strokeDasharray: '1 3', fill: 'none' })],
    });
    groups.push({
      key: `response-${response.signalEventId}-${response.responseEventId}`,
      target: { kind: 'response', eventId: response.responseEventId },
      hit: hitLine(response.x, top, bottom),
      label: t('chronology.chain.responseLabel', { number: response.signalNumber, date: formatFuzzyDate(response.date, language), title: response.title }),
      shapes: [
        ...bandShapes(response.band, top, bottom, CHAIN_COLORS.response),
        ...arrowShapes(response.x, response.fromY, response.toY, CHAIN_COLORS.response, undefined, 1.5),
      ],
    });
  }
  return groups;
}
