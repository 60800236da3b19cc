import { ACTOR_ROLES, type Actor, type ActorRole, type ChronologyEvent } from '../../model/chronology';
import { chronologicalOrder } from '../events/order';
import { spanOf, sortKey, type FuzzyDate } from '../fuzzy-date';
import { civilFromDays, daysFromCivil, SECONDS_PER_DAY } from '../fuzzy-date/civil';

/**
 * The signal chain as geometry: one horizontal lane per actor role, time
 * running left to right, a vertical arrow per signal from the sender's lane
 * to the addressee's at the signal's date, and an arrow back for each
 * response at the response's date, with a dotted wait in the addressee's
 * lane from signal to response. Fuzzy dates are drawn as what they are: a
 * band as wide as the span, the arrow in its middle. Pure numbers, drawn by
 * the React view and serialised to SVG for the report (svg.ts).
 */

export type SignalState = 'answered' | 'none' | 'open';

export interface Band {
  x0: number;
  x1: number;
  /** The span runs on beyond the drawing (an open "vóór …" or "na …" date). */
  openStart: boolean;
  openEnd: boolean;
}

export interface SignalArrow {
  /** 1, 2, 3 … in date order: the arrow's label and its row in the legend. */
  number: number;
  eventId: string;
  x: number;
  band: Band;
  fromRole: ActorRole;
  toRole: ActorRole;
  fromY: number;
  toY: number;
  fromName: string;
  toName: string;
  title: string;
  date: FuzzyDate;
  content: string;
  state: SignalState;
  /** Coded as filtered or altered on the way (SV5). */
  altered: boolean;
  codeIds: string[];
  /** For state 'none': searched for a response up to this date (YYYY-MM-DD). */
  noResponseAfter?: string;
}

export interface ResponseArrow {
  signalNumber: number;
  signalEventId: string;
  responseEventId: string;
  x: number;
  band: Band;
  /** The wait: from the signal's arrival to the response, in the addressee's lane. */
  waitFromX: number;
  fromY: number;
  toY: number;
  title: string;
  date: FuzzyDate;
}

export interface Lane {
  role: ActorRole;
  y: number;
  top: number;
  height: number;
}

export interface Tick {
  x: number;
  label: string;
  major: boolean;
}

export interface SignalChainLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  lanes: Lane[];
  ticks: Tick[];
  signals: SignalArrow[];
  responses: ResponseArrow[];
  /** The period drawn, in seconds of civil time (fuzzy-date/civil.ts). */
  period: { earliest: number; latest: number };
}

export interface LayoutOptions {
  width: number;
  laneHeight?: number;
  /** Left margin for the lane labels. */
  labelWidth?: number;
  /** Roles to draw even without signals (otherwise only roles in use, in canonical order). */
  roles?: readonly ActorRole[];
  /** Codes that mark a signal as altered on its way (SV5 and, after merges, what it became). */
  alteredCodes?: ReadonlySet<string>;
  /** Draw this period rather than the one the signals span. */
  period?: { earliest: number; latest: number };
  /** Draw only these signal events (a filter); all events are still there to find the responses in. */
  only?: ReadonlySet<string>;
}

const AXIS_HEIGHT = 28;
const MIN_GAP = 10;

function eventWindow(date: FuzzyDate): { earliest: number | null; latest: number | null; key: { earliest: number; latest: number } } {
  const span = spanOf(date);
  return { earliest: span.earliest, latest: span.latest, key: sortKey(date) };
}

/** Month, quarter or year ticks, as many as fit: about one per 70 pixels. */
export function ticksFor(earliest: number, latest: number, x: (t: number) => number, pixels = x(latest) - x(earliest)): Tick[] {
  const first = civilFromDays(Math.floor(earliest / SECONDS_PER_DAY));
  const last = civilFromDays(Math.floor(latest / SECONDS_PER_DAY));
  const months = (last.year - first.year) * 12 + (last.month - first.month) + 1;
  const wanted = Math.max(1, Math.floor(pixels / 70));
  const step = [1, 3, 6, 12, 24, 60, 120].find((candidate) => months / candidate <= wanted) ?? 120;
  const ticks: Tick[] = [];
  for (let index = 0; index <= months; index += 1) {
    const absolute = first.year * 12 + first.month - 1 + index;
    if (absolute % step !== 0) continue;
    const year = Math.floor(absolute / 12);
    const month = (absolute % 12) + 1;
    const at = daysFromCivil(year, month, 1) * SECONDS_PER_DAY;
    if (at < earliest || at > latest) continue;
    ticks.push({ x: x(at), label: month === 1 ? String(year) : `${String(month).padStart(2, '0')}-${year}`, major: month === 1 });
  }
  return ticks;
}

/**
 * Lays out the signal events among `events` (those with a signal link) and
 * the responses they link to. Events are given in any order; arrows are
 * numbered in chronological order.
 */
export function layoutSignalChain(events: readonly ChronologyEvent[], actors: readonly Actor[], options: LayoutOptions): SignalChainLayout {
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const eventById = new Map(events.map((event) => [event.id, event]));
  const signals = chronologicalOrder(
    events.filter((event) => event.signal && (!options.only || options.only.has(event.id)) && actorById.has(event.signal.fromActorId) && actorById.has(event.signal.toActorId)),
  );
  const used = new Set<ActorRole>(options.roles ?? []);
  for (const event of signals) {
    used.add((actorById.get(event.signal?.fromActorId ?? '') as Actor).role);
    used.add((actorById.get(event.signal?.toActorId ?? '') as Actor).role);
  }
  const roles = ACTOR_ROLES.filter((role) => used.has(role));
  const laneHeight = options.laneHeight ?? 56;
  const labelWidth = options.labelWidth ?? 120;
  const plot = { x0: labelWidth, x1: options.width - 16, y0: 8, y1: 8 + roles.length * laneHeight };
  const lanes: Lane[] = roles.map((role, index) => ({ role, top: plot.y0 + index * laneHeight, height: laneHeight, y: plot.y0 + index * laneHeight + laneHeight / 2 }));
  const laneY = new Map(lanes.map((lane) => [lane.role, lane.y]));

  const drawn = [...signals];
  for (const event of signals) {
    const answer = event.signal?.answer;
    const response = answer?.kind === 'response' ? eventById.get(answer.eventId) : undefined;
    if (response) drawn.push(response);
  }
  let period = options.period;
  if (!period) {
    const bounds = drawn.flatMap((event) => {
      const window = eventWindow(event.date);
      return [window.earliest ?? window.key.earliest, window.latest ?? window.key.latest];
    });
    const earliest = bounds.length ? Math.min(...bounds) : 0;
    const latest = bounds.length ? Math.max(...bounds) : SECONDS_PER_DAY * 365;
    // A little room on both sides, at least a month overall, so a single day is not the whole axis.
    const pad = Math.max((latest - earliest) * 0.04, SECONDS_PER_DAY * 15);
    period = { earliest: earliest - pad, latest: latest + pad };
  }
  const { earliest, latest } = period;
  const scale = (plot.x1 - plot.x0) / Math.max(1, latest - earliest);
  const x = (t: number) => plot.x0 + (Math.min(Math.max(t, earliest), latest) - earliest) * scale;
  const bandOf = (date: FuzzyDate): Band => {
    const window = eventWindow(date);
    return {
      x0: x(window.earliest ?? earliest),
      x1: x(window.latest ?? latest),
      openStart: window.earliest === null || window.earliest < earliest,
      openEnd: window.latest === null || window.latest > latest,
    };
  };
  /** The middle of the band, or for an open-ended date its one bounded edge. */
  const centre = (date: FuzzyDate, band: Band) => {
    if (date.kind === 'before' || date.kind === 'after') return x(sortKey(date).earliest);
    return (band.x0 + band.x1) / 2;
  };

  const arrows: SignalArrow[] = [];
  let lastX = -Infinity;
  for (const event of signals) {
    const signal = event.signal as NonNullable<ChronologyEvent['signal']>;
    const from = actorById.get(signal.fromActorId) as Actor;
    const to = actorById.get(signal.toActorId) as Actor;
    const band = bandOf(event.date);
    // Arrows at (nearly) the same date stand side by side instead of on top of each other.
    let at = centre(event.date, band);
    if (at - lastX < MIN_GAP) at = lastX + MIN_GAP;
    lastX = at;
    arrows.push({
      number: arrows.length + 1,
      eventId: event.id,
      x: at,
      band,
      fromRole: from.role,
      toRole: to.role,
      fromY: laneY.get(from.role) as number,
      toY: laneY.get(to.role) as number,
      fromName: from.name,
      toName: to.name,
      title: event.title,
      date: event.date,
      content: signal.content,
      state: signal.answer.kind === 'response' ? 'answered' : signal.answer.kind,
      altered: signal.codeIds.some((id) => options.alteredCodes?.has(id)),
      codeIds: signal.codeIds,
      ...(signal.answer.kind === 'none' ? { noResponseAfter: signal.answer.after } : {}),
    });
  }

  const responses: ResponseArrow[] = [];
  for (const arrow of arrows) {
    const answer = (eventById.get(arrow.eventId) as ChronologyEvent).signal?.answer;
    const response = answer?.kind === 'response' ? eventById.get(answer.eventId) : undefined;
    if (!response) continue;
    const band = bandOf(response.date);
    const at = centre(response.date, band);
    responses.push({
      signalNumber: arrow.number,
      signalEventId: arrow.eventId,
      responseEventId: response.id,
      // A response on the signal's own date stands just beside it.
      x: Math.abs(at - arrow.x) < MIN_GAP ? arrow.x + MIN_GAP : at,
      band,
      waitFromX: arrow.x,
      fromY: arrow.toY,
      toY: arrow.fromY,
      title: response.title,
      date: response.date,
    });
  }

  return {
    width: options.width,
    height: plot.y1 + AXIS_HEIGHT,
    plot,
    lanes,
    ticks: ticksFor(earliest, latest, x),
    signals: arrows,
    responses,
    period,
  };
}
