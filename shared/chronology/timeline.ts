import type { ChronologyEvent, EventType } from '../model/chronology';
import { chronologicalOrder } from './events/order';
import { sortKey, spanOf } from './fuzzy-date';
import { SECONDS_PER_DAY } from './fuzzy-date/civil';
import { ticksFor, type Tick } from './signal-chain/layout';

/**
 * The timeline as geometry: one mark per event, a point for a date that is
 * a moment or a day at this zoom, a band as wide as the span for anything
 * fuzzier (a quarter is a band across the quarter), running off the edge
 * for open dates ("vóór …", "na …"). Marks are packed into rows so that no
 * two marks or labels overlap.
 */

export interface TimelineItem {
  eventId: string;
  row: number;
  x0: number;
  x1: number;
  /** Where the label starts. */
  labelX: number;
  /** The left and right edge of mark and label together: no two items of a row overlap. */
  left: number;
  right: number;
  mark: 'point' | 'band';
  openStart: boolean;
  openEnd: boolean;
  approximate: boolean;
  type: EventType;
  title: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisHeight: number;
  rowHeight: number;
  items: TimelineItem[];
  ticks: Tick[];
  period: { earliest: number; latest: number };
}

export const TYPE_COLORS: Record<EventType, string> = {
  signal: '#1f4e9c',
  warning: '#d46b00',
  decision: '#6a1b9a',
  response: '#2e7d32',
  publication: '#00838f',
  meeting: '#795548',
  letter: '#546e7a',
  other: '#757575',
};

const AXIS_HEIGHT = 30;
const ROW_HEIGHT = 26;
const MARGIN = 12;
/** Below this width a span is drawn as a point: a day at year scale is a point, at day scale a band. */
const POINT_WIDTH = 5;
const CHAR_WIDTH = 6.4;
const MAX_LABEL = 42;

export function labelOf(title: string): string {
  return title.length > MAX_LABEL ? `${title.slice(0, MAX_LABEL - 1)}…` : title;
}

/** Lays out events for a drawing `width` pixels wide (the view's width times its zoom). */
export function layoutTimeline(events: readonly ChronologyEvent[], width: number): TimelineLayout {
  const ordered = chronologicalOrder(events);
  const bounds = ordered.flatMap((event) => {
    const span = spanOf(event.date);
    const key = sortKey(event.date);
    return [span.earliest ?? key.earliest, span.latest ?? key.latest];
  });
  const first = bounds.length ? Math.min(...bounds) : 0;
  const last = bounds.length ? Math.max(...bounds) : SECONDS_PER_DAY * 365;
  const pad = Math.max((last - first) * 0.03, SECONDS_PER_DAY * 10);
  const period = { earliest: first - pad, latest: last + pad };
  const scale = (width - 2 * MARGIN) / Math.max(1, period.latest - period.earliest);
  const x = (t: number) => MARGIN + (Math.min(Math.max(t, period.earliest), period.latest) - period.earliest) * scale;
  const rowEnds: number[] = [];
  const items: TimelineItem[] = ordered.map((event) => {
    const span = spanOf(event.date);
    const key = sortKey(event.date);
    const x0 = x(span.earliest ?? period.earliest);
    const x1 = x(span.latest ?? period.latest);
    const mark = x1 - x0 < POINT_WIDTH && span.earliest !== null && span.latest !== null ? 'point' : 'band';
    const anchor = mark === 'point' ? (x0 + x1) / 2 : event.date.kind === 'before' || event.date.kind === 'after' ? x(key.earliest) : x0;
    const labelX = mark === 'point' ? anchor + 8 : anchor + 4;
    const end = Math.max(x1, labelX + labelOf(event.title).length * CHAR_WIDTH) + 6;
    const start = mark === 'point' ? anchor - 6 : x0;
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = end;
    return {
      eventId: event.id,
      row,
      x0: mark === 'point' ? anchor : x0,
      x1: mark === 'point' ? anchor : x1,
      labelX,
      left: start,
      right: end,
      mark,
      openStart: span.earliest === null,
      openEnd: span.latest === null,
      approximate: event.date.kind === 'approximate',
      type: event.type,
      title: event.title,
    };
  });
  return {
    width,
    height: AXIS_HEIGHT + Math.max(1, rowEnds.length) * ROW_HEIGHT + MARGIN,
    axisHeight: AXIS_HEIGHT,
    rowHeight: ROW_HEIGHT,
    items,
    ticks: ticksFor(period.earliest, period.latest, x, width),
    period,
  };
}
