import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../../shared/chronology/events/filter';
import { proposeEvent, sentenceAround } from '../../../shared/chronology/events/propose';
import { spanOf, type FuzzyDate } from '../../../shared/chronology/fuzzy-date';
import { layoutSignalChain } from '../../../shared/chronology/signal-chain/layout';
import { signalChainShapes } from '../../../shared/chronology/signal-chain/shapes';
import { layoutTimeline } from '../../../shared/chronology/timeline';
import { signalChainSvg } from '../../../shared/export/report/svg';
import type { Actor, ActorRole, ChronologyEvent, SignalLink } from '../../../shared/model/chronology';

const AT = '2024-01-01T00:00:00.000Z';

function actor(id: string, role: ActorRole): Actor {
  return { id, name: id, role, kind: 'organisation', aliases: [], note: '', mergedFrom: [], createdAt: AT, createdBy: 'A', updatedAt: AT, updatedBy: 'A' };
}

function event(id: string, date: FuzzyDate, signal?: Partial<SignalLink> & Pick<SignalLink, 'fromActorId' | 'toActorId'>): ChronologyEvent {
  return {
    id,
    date,
    title: `Gebeurtenis ${id}`,
    description: '',
    type: signal ? 'signal' : 'other',
    actorIds: [],
    codeIds: [],
    status: 'draft',
    citations: [],
    ...(signal ? { signal: { content: '', answer: { kind: 'open' as const }, codeIds: [], ...signal } } : {}),
    createdAt: AT,
    createdBy: 'A',
    updatedAt: AT,
    updatedBy: 'A',
  };
}

const actors = [actor('burger001', 'burger'), actor('dienst001', 'uitvoering'), actor('ministerie', 'beleid'), actor('minister01', 'politiek')];

describe('signal chain layout', () => {
  const events = [
    event('response01', { kind: 'day', year: 2020, month: 6, day: 1 }),
    event('signal0002', { kind: 'quarter', year: 2020, quarter: 2 }, { fromActorId: 'dienst001', toActorId: 'ministerie', codeIds: ['SV5'], answer: { kind: 'none', after: '2020-12-31', note: '' } }),
    event('signal0001', { kind: 'day', year: 2020, month: 1, day: 15 }, { fromActorId: 'burger001', toActorId: 'dienst001', answer: { kind: 'response', eventId: 'response01' } }),
  ];

  it('draws lanes for the roles in use in the fixed order, arrows numbered by date, fuzzy dates as bands', () => {
    const layout = layoutSignalChain(events, actors, { width: 1000, alteredCodes: new Set(['SV5']) });
    expect(layout.lanes.map((lane) => lane.role)).toEqual(['burger', 'uitvoering', 'beleid']);
    expect(layout.signals.map((arrow) => [arrow.number, arrow.eventId, arrow.state, arrow.altered])).toEqual([
      [1, 'signal0001', 'answered', false],
      [2, 'signal0002', 'none', true],
    ]);
    const [day, quarter] = layout.signals;
    // A day at this scale is (nearly) a point; the quarter is a band over April–June, the arrow in its middle.
    const pixelsPerSecond = (layout.plot.x1 - layout.plot.x0) / (layout.period.latest - layout.period.earliest);
    expect(day!.band.x1 - day!.band.x0).toBeCloseTo(86_399 * pixelsPerSecond, 3);
    const span = spanOf({ kind: 'quarter', year: 2020, quarter: 2 });
    expect(quarter!.band.x1 - quarter!.band.x0).toBeCloseTo((span.latest! - span.earliest!) * pixelsPerSecond, 3);
    expect(quarter!.x).toBeCloseTo((quarter!.band.x0 + quarter!.band.x1) / 2, 3);
    // Down from burger to uitvoering; the response comes back up at its own date, after a wait.
    expect(day!.fromY).toBeLessThan(day!.toY);
    expect(layout.responses).toMatchObject([{ signalEventId: 'signal0001', responseEventId: 'response01', fromY: day!.toY, toY: day!.fromY, waitFromX: day!.x }]);
    expect(layout.responses[0]!.x).toBeGreaterThan(day!.x);
  });

  it('draws only the filtered signals, still finding their responses, and writes SVG without markers or scripts', () => {
    const only = new Set(filterEvents(events, actors, { role: 'burger' }).map((candidate) => candidate.id));
    const layout = layoutSignalChain(events, actors, { width: 800, only });
    expect(layout.signals.map((arrow) => arrow.eventId)).toEqual(['signal0001']);
    expect(layout.responses).toHaveLength(1);
    const svg = signalChainSvg(layout, 'en');
    expect(svg).toContain('<title>Signal 1: burger001 to dienst001, 15 January 2020: Gebeurtenis signal0001</title>');
    expect(svg).not.toMatch(/marker|<script|stroke-opacity="0"/);
    // The clickable groups carry their hit line separately, for the app only.
    expect(signalChainShapes(layout, 'nl').filter((group) => group.target).every((group) => group.hit)).toBe(true);
  });

  it('filters by period: events whose span overlaps it', () => {
    expect(filterEvents(events, actors, { from: '2020-06-01', to: '2020-06-30' }).map((candidate) => candidate.id)).toEqual(['response01', 'signal0002']);
    expect(filterEvents(events, actors, { to: '2020-01-14' })).toEqual([]);
  });
});

describe('timeline layout', () => {
  it('draws a day as a point and a quarter as a band, and packs rows so nothing overlaps', () => {
    const events = [
      event('day000001', { kind: 'day', year: 2020, month: 5, day: 1 }),
      event('quarter01', { kind: 'quarter', year: 2020, quarter: 2 }),
      event('year00001', { kind: 'year', year: 2020 }),
      event('before001', { kind: 'before', date: { kind: 'day', year: 2020, month: 3, day: 1 }, inclusive: false }),
    ];
    const layout = layoutTimeline(events, 1200);
    const byId = new Map(layout.items.map((item) => [item.eventId, item]));
    expect(byId.get('day000001')!.mark).toBe('point');
    expect(byId.get('quarter01')!.mark).toBe('band');
    expect(byId.get('year00001')!.x1 - byId.get('year00001')!.x0).toBeGreaterThan(byId.get('quarter01')!.x1 - byId.get('quarter01')!.x0);
    expect(byId.get('before001')!.openStart).toBe(true);
    for (const a of layout.items) {
      for (const b of layout.items) {
        if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
      }
    }
    // Zoomed in, the day becomes a band of its own.
    expect(layoutTimeline(events, 1200 * 64).items.find((item) => item.eventId === 'day000001')!.mark).toBe('band');
  });
});

describe('proposals on any text', () => {
  it('never crash and keep the sentence around the range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(), fc.nat(), (text, a, b) => {
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const sentence = sentenceAround(text, start, end);
        expect(sentence.start).toBeLessThanOrEqual(start);
        expect(sentence.end).toBeGreaterThanOrEqual(Math.min(end, text.length) - 0);
        const proposal = proposeEvent(text, start, end, { actors, referenceDate: '2020-05-01' });
        expect(proposal.title.length).toBeLessThanOrEqual(141);
      }),
      { numRuns: 300 },
    );
  });
});
